package com.kaeru.api.events;

/**
 * Every refund is issued and every exchange shipped (status COMPLETED, final).
 * <p>
 * Event type {@code ReturnCompleted}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who returns
 * @param previousStatus status before
 * @param status status now
 * @param reason the message or reason given with the change; empty when none
 */
public record ReturnCompleted(
        String rma,
        Customer customer,
        String previousStatus,
        String status,
        String reason) implements EventPayload {
}
