package com.kaeru.backend.returns.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** A move the lifecycle does not allow from the current state (409). */
public class IllegalTransitionException extends KaeruException {
    public IllegalTransitionException(String rma, ReturnStatus from, ReturnStatus to) {
        super(Refusal.CONFLICT, "problem.return.illegal-transition", rma, from.name(), to.name());
    }
}
