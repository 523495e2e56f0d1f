package com.kaeru.backend.refunds.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** Staff asked to retry a refund that did not fail (it waits for a manager, or was declined): 409. */
public class RefundNotFailedException extends KaeruException {
    public RefundNotFailedException(long refundId, RefundStatus status) {
        super(Refusal.CONFLICT, "problem.refund.not-failed", refundId, status.name());
    }
}
