package com.kaeru.api.events;

/**
 * A manager approved a refund above the limit; it is paid right after.
 * <p>
 * Event type {@code RefundApproved}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param refundId the refund
 * @param amountMinor amount in minor units
 * @param currency ISO 4217 code
 */
public record RefundApproved(
        String rma,
        long refundId,
        long amountMinor,
        String currency) implements EventPayload {
}
