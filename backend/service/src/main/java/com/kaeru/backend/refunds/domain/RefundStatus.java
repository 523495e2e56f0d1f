package com.kaeru.backend.refunds.domain;

/**
 * Where a refund stands: requested → issued, or (held: above the limit or a grade-C unit)
 * pending approval → issued when a manager approves, declined when a manager refuses.
 */
public enum RefundStatus {
    REQUESTED, PENDING_APPROVAL, ISSUED, FAILED, DECLINED
}
