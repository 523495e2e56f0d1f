package com.kaeru.backend.credit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A shop's store-credit ledger (all methods within a transaction bound to that shop). */
public interface StoreCreditLedger {
    /** The balance, locked until the transaction ends so that redemptions of one customer queue; 0 without an account. */
    long lockBalance(long shopId, String customerEmail);

    long balance(long shopId, String customerEmail);

    Optional<String> accountCurrency(long shopId, String customerEmail);

    Optional<CreditEntry> byIdempotencyKey(long shopId, String idempotencyKey);

    /** Newest first, at most {@code limit}. */
    List<CreditEntry> entries(long shopId, String customerEmail, int limit);

    /** Appends a redemption of {@code amountMinor} (> 0; stored negative); the database applies it to the balance. */
    CreditEntry redeem(long shopId, String customerEmail, long amountMinor, String currency, String orderReference,
                       String actor, String idempotencyKey, Instant at);
}
