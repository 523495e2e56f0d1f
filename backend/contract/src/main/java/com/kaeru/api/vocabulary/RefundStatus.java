package com.kaeru.api.vocabulary;

/** Where a refund stands: {@code PENDING_APPROVAL} waits for a manager, {@code DECLINED} a manager refused it. */
public enum RefundStatus {
    REQUESTED, PENDING_APPROVAL, ISSUED, FAILED, DECLINED
}
