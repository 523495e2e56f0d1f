package com.kaeru.api.events;

/**
 * Right after approval: the prepaid label is ready and the parcel is awaited (status AWAITING_SHIPMENT).
 * <p>
 * Event type {@code ReturnLabelIssued}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who returns
 * @param previousStatus status before
 * @param status status now
 * @param reason the message or reason given with the change; empty when none
 */
public record ReturnLabelIssued(
        String rma,
        Customer customer,
        String previousStatus,
        String status,
        String reason) implements EventPayload {
}
