package com.kaeru.backend.refunds.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** Approving or declining a refund that does not wait for a decision (already paid or declined): 409. */
public class RefundNotPendingException extends KaeruException {
    public RefundNotPendingException(long refundId, RefundStatus status) {
        super(Refusal.CONFLICT, "problem.refund.not-pending", refundId, status.name());
    }
}
