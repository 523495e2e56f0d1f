package com.kaeru.backend.refunds.domain;


/**
 * Sends money back by one method. Called inside the refund's transaction with its idempotency
 * key, which a real payment service receives as its own idempotency key. Several providers may
 * serve one method (the simulated and the Stripe card provider); configuration picks one by
 * {@link #name()}.
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
     * What staff, the API and the audit trail may see of a reference; a provider whose reference
     * is itself the value (a gift code) masks it. The full reference goes only to the customer.
     */
    default String displayReference(String reference) {
        return reference;
    }
}
