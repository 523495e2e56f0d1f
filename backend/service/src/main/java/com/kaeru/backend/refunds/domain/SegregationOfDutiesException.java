package com.kaeru.backend.refunds.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** The person who triggered a refund tried to approve it themselves (403). */
public class SegregationOfDutiesException extends KaeruException {
    public SegregationOfDutiesException(long refundId) {
        super(Refusal.FORBIDDEN, "problem.refund.own-approval", refundId);
    }
}
