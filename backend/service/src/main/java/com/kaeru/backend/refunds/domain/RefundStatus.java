package com.kaeru.backend.refunds.domain;

/**
 * Where a refund stands: requested → issued, or (held: above the limit or a grade-C unit)
 * pending approval → issued when a manager approves, declined when a manager refuses. A card refund the
 * provider accepted but still settles is PROVIDER_PENDING until the worker learns it succeeded (issued) or
 * failed; FAILED waits for staff to retry it.
 */
public enum RefundStatus {
    REQUESTED, PROVIDER_PENDING, PENDING_APPROVAL, ISSUED, FAILED, DECLINED
}
