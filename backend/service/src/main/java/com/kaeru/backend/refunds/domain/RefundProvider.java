package com.kaeru.backend.refunds.domain;


/**
 * Sends money back by one method, under the refund's idempotency key, which a real payment service
 * receives as its own idempotency key in the form of {@link Refund#providerKey()} (with the staff-retry
 * generation after a refusal). A card provider is called by the refund worker with no
 * transaction open (it may take long, and may be called again with the same key after a crash); store
 * credit and gift codes inside the requesting transaction (docs/refunds.md). Several providers may
 * serve one method (the simulated and the Stripe card provider); configuration picks one by
 * {@link #name()}. A card provider also collects the price difference of an upgrade exchange ({@link #collect}),
 * through the same account and under the same idempotency rules (docs/payments.md).
 */
public interface RefundProvider {
    RefundMethod method();

    /** Which provider of its method this is, as configuration names it. */
    default String name() {
        return method().name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @return the provider's reference (transaction id, ledger entry, gift code)
     * @throws RefundNotPaidException when the provider refused or could not be reached
     */
    String pay(Refund refund, String customerEmail);

    /**
     * What the provider answered when it took a refund: paid under {@code reference}, or accepted under it
     * and still settling ({@code pending}: a card network or bank has yet to confirm; the worker asks again).
     */
    record Answer(String reference, boolean pending) {
        public static Answer paid(String reference) {
            return new Answer(reference, false);
        }

        public static Answer pending(String reference) {
            return new Answer(reference, true);
        }
    }

    /**
     * As {@link #pay}, for the refund worker, which also understands "accepted, still settling". A provider
     * that never answers pending need not override it.
     */
    default Answer send(Refund refund, String customerEmail) {
        return Answer.paid(pay(refund, customerEmail));
    }

    /**
     * Asks again about a refund it answered {@link Answer#pending} ({@code refund.providerReference()}).
     *
     * @throws RefundNotPaidException when it failed or was cancelled (a refusal) or the provider could not
     *         be reached (retryable)
     */
    default Answer check(Refund refund) {
        throw new IllegalStateException(name() + " never answers pending, so has nothing to check");
    }

    /**
     * Collects an upgrade exchange's price difference from the customer's card (the order's payment method) under
     * {@code charge.providerKey()}, the provider's idempotency key: called by the payment worker with no
     * transaction open, and again with the same key after a crash, which the provider answers with the charge it
     * made. Only card providers collect.
     *
     * @return paid, or pending under the provider's reference (asked about with {@link #checkCollection})
     * @throws RefundNotPaidException a refusal (declined, authentication required) or a passing fault (retryable)
     */
    default Answer collect(UpgradeCharge charge) {
        throw new UnsupportedOperationException(name() + " does not collect payments");
    }

    /** Asks again about a charge it answered pending ({@code charge.providerReference()}). */
    default Answer checkCollection(UpgradeCharge charge) {
        throw new IllegalStateException(name() + " never answers a charge pending, so has nothing to check");
    }

    /**
     * What staff, the API and the audit trail may see of a reference; a provider whose reference
     * is itself the value (a gift code) masks it. The full reference goes only to the customer.
     */
    default String displayReference(String reference) {
        return reference;
    }
}
