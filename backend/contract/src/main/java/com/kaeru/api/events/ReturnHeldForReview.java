package com.kaeru.api.events;

/**
 * The policy did not approve every line: staff decide (status NEEDS_REVIEW).
 * <p>
 * Event type {@code ReturnHeldForReview}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who returns
 * @param previousStatus status before
 * @param status status now
 * @param reason the message or reason given with the change; empty when none
 */
public record ReturnHeldForReview(
        String rma,
        Customer customer,
        String previousStatus,
        String status,
        String reason) implements EventPayload {
}
