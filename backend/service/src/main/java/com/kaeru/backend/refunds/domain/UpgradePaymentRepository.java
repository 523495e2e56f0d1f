package com.kaeru.backend.refunds.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores upgrade payments, once per (shop, idempotency key). */
public interface UpgradePaymentRepository {
    /** Stores a new payment unless one with its key exists: empty when it does (a repeated request). */
    Optional<UpgradePayment> claim(UpgradePayment fresh);

    Optional<UpgradePayment> findById(long shopId, long id);

    Optional<UpgradePayment> findByIdForUpdate(long shopId, long id);

    List<UpgradePayment> findByReturn(long shopId, long returnId);

    /** Leases up to {@code batch} due REQUESTED payments ({@code FOR UPDATE SKIP LOCKED}) until {@code leaseUntil}. */
    List<Long> claimDue(long shopId, Instant now, Instant leaseUntil, int batch);
}
