package com.kaeru.backend.refunds.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What the refund worker asks of returns, which refunds know nothing else of: the facts of the
 * return a refund pays back, and "one of your refunds was settled" (the return completes when all
 * are). Implemented by the returns capability.
 */
public interface RefundedReturns {
    /** The return of a refund, its row locked until the transaction ends (as grading and approval lock it). */
    Optional<RefundedReturn> lockForRefund(long shopId, long returnId);

    /** A refund of the return reached its end (paid or failed): completes the return if nothing else waits. */
    void refundSettled(long shopId, long returnId, String actor, Instant now);

    /**
     * The price difference of the return's upgrades was collected: its held replacements may ship.
     *
     * @return false when the return was cancelled or rejected meanwhile: nothing ships, the difference goes back
     */
    boolean upgradePaid(long shopId, long returnId, String actor, Instant now);
}
