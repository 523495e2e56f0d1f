package com.kaeru.backend.refunds.domain;

import com.kaeru.backend.returns.domain.RefundMethod;

/**
 * Sends money back by one method. Called inside the refund's transaction with its idempotency
 * key, which a real payment service receives as its own idempotency key.
 */
public interface RefundProvider {
    RefundMethod method();

    /** @return the provider's reference (transaction id, ledger entry, gift code) */
    String pay(Refund refund, String customerEmail);
}
