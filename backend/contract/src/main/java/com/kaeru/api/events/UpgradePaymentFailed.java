package com.kaeru.api.events;

/**
 * The price difference of the return's upgrade exchanges could not be collected: the card provider refused the
 * charge (declined, authentication required, no saved card), or passing faults used up every attempt. Nothing
 * was charged; the replacements stay held (not shipped) until a manager retries the collection and it is paid
 * (docs/payments.md). Raised once per failure, in the transaction that records it: the managers' e-mail, the
 * customer's e-mail and the webhook {@code exchange.payment_failed} follow from it.
 * <p>
 * Event type {@code UpgradePaymentFailed}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who was to be charged
 * @param paymentId the upgrade payment
 * @param amountMinor the difference in minor units
 * @param currency ISO 4217 code
 * @param code the provider's word for the failure (e.g. {@code card_declined}, {@code authentication_required},
 *             {@code rate_limit} after the last attempt)
 * @param error the provider's account of it, as kept on the payment (at most 500 characters)
 * @param attempts how many times the provider was asked since the payment was requested or last retried
 */
public record UpgradePaymentFailed(
        String rma,
        Customer customer,
        long paymentId,
        long amountMinor,
        String currency,
        String code,
        String error,
        int attempts) implements EventPayload {
}
