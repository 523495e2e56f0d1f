package com.kaeru.backend.refunds.domain;

import java.util.List;
import java.util.Optional;

import com.kaeru.backend.returns.domain.RefundMethod;

/** Refunds of one shop. */
public interface RefundRepository {
    /**
     * Creates the refund for {@code idempotencyKey}, or returns empty when one already exists
     * (also when a concurrent transaction created it: the insert waits for it and then yields).
     */
    Optional<Refund> claim(long shopId, long returnId, String idempotencyKey, RefundMethod method, long amountMinor,
                           String currency, RefundStatus status, HoldReason holdReason, String requestedBy);

    /**
     * What the other returns of the order pay or may still pay (every status but failed and
     * declined): the approval limit applies to the order, so splitting it into RMAs escapes nothing.
     */
    long committedOnOrderExcept(long shopId, long orderId, long returnId);

    Optional<Refund> findByKey(long shopId, String idempotencyKey);

    Optional<Refund> findById(long shopId, long refundId);

    List<Refund> findByReturn(long shopId, long returnId);
}
