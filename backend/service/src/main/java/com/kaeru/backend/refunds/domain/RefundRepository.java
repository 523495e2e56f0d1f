package com.kaeru.backend.refunds.domain;

import java.util.List;
import java.util.Optional;


/** Refunds of one shop. */
public interface RefundRepository {
    /**
     * Stores a new refund (made by {@link Refund#request}) unless one with its idempotency key
     * exists: returns the stored refund, or empty when one already existed (also when a concurrent
     * transaction created it: the insert waits for it and then yields).
     */
    Optional<Refund> claim(Refund fresh);

    /**
     * What the other returns of the order pay or may still pay (every status but failed and
     * declined): the approval limit applies to the order, so splitting it into RMAs escapes nothing.
     * The caller holds the order's row lock, so two returns of one order never both miss the other.
     */
    long committedOnOrderExcept(long shopId, long orderId, long returnId);

    Optional<Refund> findByKey(long shopId, String idempotencyKey);

    Optional<Refund> findById(long shopId, long refundId);

    List<Refund> findByReturn(long shopId, long returnId);

    /** The refund, its row locked until the transaction ends (the worker records what it paid). */
    Optional<Refund> findByIdForUpdate(long shopId, long refundId);

    /**
     * Claims up to {@code batch} requested or provider-pending refunds due by {@code now} whose lease is free or expired,
     * skipping rows another transaction holds, and leases them until {@code leaseUntil}.
     *
     * @return the claimed refunds' ids
     */
    List<Long> claimDue(long shopId, java.time.Instant now, java.time.Instant leaseUntil, int batch);

    /** Every shop with a refund or an upgrade payment the worker may claim by {@code now}: what the worker's tick visits. */
    List<Long> shopsWithDueRefunds(java.time.Instant now);
}
