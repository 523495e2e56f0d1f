package com.kaeru.api.events;

/**
 * The customer or staff cancelled the return before it was received (status CANCELLED, final).
 * <p>
 * Event type {@code ReturnCancelled}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who returns
 * @param previousStatus status before
 * @param status status now
 * @param reason the message or reason given with the change; empty when none
 */
public record ReturnCancelled(
        String rma,
        Customer customer,
        String previousStatus,
        String status,
        String reason) implements EventPayload {
}
