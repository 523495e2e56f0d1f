package com.kaeru.backend.credit.domain;

import java.time.Instant;

/** A gift code as stored: only its last four characters, never the code itself. */
public record GiftCode(long id, String last4, long amountMinor, String currency, String rmaNumber, Instant issuedAt,
                       String orderReference, Instant redeemedAt, String redeemedBy, String idempotencyKey) {
    public boolean redeemed() {
        return redeemedAt != null;
    }

    /** Whether a redemption for {@code order} with {@code key} is this code's own redemption, repeated. */
    public boolean redeemedBy(String order, String key) {
        return redeemed() && orderReference.equals(order) && (key == null || key.equals(idempotencyKey));
    }
}
