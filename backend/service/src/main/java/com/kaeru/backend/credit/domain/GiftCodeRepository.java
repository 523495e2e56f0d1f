package com.kaeru.backend.credit.domain;

import java.time.Instant;
import java.util.Optional;

/** A shop's gift codes, found by the SHA-256 of the code the customer typed. */
public interface GiftCodeRepository {
    Optional<GiftCode> find(long shopId, String codeSha256);

    /** The code's row locked until the transaction ends, so that of two redemptions at once one wins. */
    Optional<GiftCode> lock(long shopId, String codeSha256);

    /** The codes a customer's refunds were paid in (by the return's e-mail address), newest first. */
    java.util.List<GiftCode> ofCustomer(long shopId, String customerEmail);

    void markRedeemed(long shopId, long id, String orderReference, String actor, String idempotencyKey, Instant at);
}
