package com.kaeru.backend.credit.domain;

import java.time.Instant;

/** One ledger entry: positive = credit from a refund ({@code rmaNumber}), negative = a redemption. */
public record CreditEntry(long id, String customerEmail, long amountMinor, String currency, String description,
                          String rmaNumber, String orderReference, String actor, String idempotencyKey,
                          Instant createdAt) {
    public boolean isRedemption() {
        return amountMinor < 0;
    }
}
