package com.kaeru.api.events;

/**
 * The refund was paid out through its method's provider.
 * <p>
 * Event type {@code RefundIssued}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who is refunded
 * @param refundId the refund
 * @param method the refund method
 * @param amountMinor amount in minor units
 * @param currency ISO 4217 code
 * @param reference the provider's reference (for GIFT_CODE: the gift code)
 */
public record RefundIssued(
        String rma,
        Customer customer,
        long refundId,
        String method,
        long amountMinor,
        String currency,
        String reference) implements EventPayload {
}
