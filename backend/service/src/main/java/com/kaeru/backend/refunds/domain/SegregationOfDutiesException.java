package com.kaeru.backend.refunds.domain;

import com.kaeru.api.problem.ProblemTypes;
import com.kaeru.backend.platform.errors.KaeruException;

/** The person who triggered a refund tried to approve it themselves (403). */
public class SegregationOfDutiesException extends KaeruException {
    public SegregationOfDutiesException(long refundId) {
        super(403, ProblemTypes.FORBIDDEN, "problem.refund.own-approval", refundId);
    }
}
