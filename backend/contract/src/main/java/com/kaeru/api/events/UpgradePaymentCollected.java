package com.kaeru.api.events;

/**
 * The price difference of the return's upgrade exchanges was charged to the customer's card: the held
 * replacements may ship (docs/payments.md). Raised once, in the transaction that records the charge; the
 * webhook {@code exchange.payment_collected} follows from it.
 * <p>
 * Event type {@code UpgradePaymentCollected}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who was charged
 * @param paymentId the upgrade payment
 * @param amountMinor the difference in minor units
 * @param currency ISO 4217 code
 * @param reference the provider's reference of the charge (Stripe: the PaymentIntent)
 */
public record UpgradePaymentCollected(
        String rma,
        Customer customer,
        long paymentId,
        long amountMinor,
        String currency,
        String reference) implements EventPayload {
}
