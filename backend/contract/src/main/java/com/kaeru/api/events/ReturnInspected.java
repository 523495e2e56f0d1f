package com.kaeru.api.events;

/**
 * Every unit is graded (status INSPECTED); refunds and exchange shipments follow at once.
 * <p>
 * Event type {@code ReturnInspected}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who returns
 * @param previousStatus status before
 * @param status status now
 * @param reason the message or reason given with the change; empty when none
 */
public record ReturnInspected(
        String rma,
        Customer customer,
        String previousStatus,
        String status,
        String reason) implements EventPayload {
}
