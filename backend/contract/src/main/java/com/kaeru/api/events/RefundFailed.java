package com.kaeru.api.events;

/**
 * A refund ended FAILED: the provider refused it (a closed card, a payment refunded outside Kaeru, a
 * pending refund the bank failed or cancelled), or passing faults used up every attempt. Nothing was
 * paid; the return stays open and its refund deadline keeps running until staff retry it and it is
 * paid (docs/refunds.md). Raised once per failure, in the transaction that records it.
 * <p>
 * Event type {@code RefundFailed}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param refundId the refund
 * @param method the refund method
 * @param amountMinor amount in minor units
 * @param currency ISO 4217 code
 * @param code the provider's word for the failure (e.g. {@code card_declined}, {@code expired_or_canceled_card},
 *             {@code rate_limit} after the last attempt)
 * @param error the provider's account of it, as kept on the refund (at most 500 characters)
 * @param attempts how many times the provider was asked since the refund was requested or last retried
 */
public record RefundFailed(
        String rma,
        long refundId,
        String method,
        long amountMinor,
        String currency,
        String code,
        String error,
        int attempts) implements EventPayload {
}
