package com.kaeru.api.events;

/**
 * The return was approved, by the policy or by staff (status APPROVED).
 * <p>
 * Event type {@code ReturnApproved}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who returns
 * @param previousStatus status before
 * @param status status now
 * @param reason the message or reason given with the change; empty when none
 */
public record ReturnApproved(
        String rma,
        Customer customer,
        String previousStatus,
        String status,
        String reason) implements EventPayload {
}
