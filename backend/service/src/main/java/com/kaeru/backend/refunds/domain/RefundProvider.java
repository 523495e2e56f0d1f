package com.kaeru.backend.refunds.domain;


/**
 * Sends money back by one method. Called inside the refund's transaction with its idempotency
 * key, which a real payment service receives as its own idempotency key.
 */
public interface RefundProvider {
    RefundMethod method();

    /** @return the provider's reference (transaction id, ledger entry, gift code) */
    String pay(Refund refund, String customerEmail);

    /**
     * What staff, the API and the audit trail may see of a reference; a provider whose reference
     * is itself the value (a gift code) masks it. The full reference goes only to the customer.
     */
    default String displayReference(String reference) {
        return reference;
    }
}
