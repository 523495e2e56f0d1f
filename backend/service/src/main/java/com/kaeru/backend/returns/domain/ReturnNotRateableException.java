package com.kaeru.backend.returns.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** A rating came for a return that is not completed yet: there is nothing done to rate (409). */
public class ReturnNotRateableException extends KaeruException {
    public ReturnNotRateableException(String rmaNumber) {
        super(Refusal.CONFLICT, "problem.return.not-rateable", rmaNumber);
    }
}
