package com.kaeru.api.events;

/**
 * The parcel arrived at the warehouse (status RECEIVED); refundDueAt is when the refund must be out.
 * <p>
 * Event type {@code ReturnReceived}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who returns
 * @param previousStatus status before
 * @param status always RECEIVED
 * @param reason empty
 * @param refundDueAt deadline for the refund
 */
public record ReturnReceived(
        String rma,
        Customer customer,
        String previousStatus,
        String status,
        String reason,
        java.time.Instant refundDueAt) implements EventPayload {
}
