package com.kaeru.backend.refunds.domain;

/** Where a refund stands: requested → (above the limit: pending approval →) issued. */
public enum RefundStatus {
    REQUESTED, PENDING_APPROVAL, ISSUED, FAILED
}
