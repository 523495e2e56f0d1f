package com.kaeru.api.events;

/**
 * Staff rejected the request; reason is the message the customer reads (status REJECTED).
 * <p>
 * Event type {@code ReturnRejected}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who returns
 * @param previousStatus status before
 * @param status status now
 * @param reason the message or reason given with the change; empty when none
 */
public record ReturnRejected(
        String rma,
        Customer customer,
        String previousStatus,
        String status,
        String reason) implements EventPayload {
}
