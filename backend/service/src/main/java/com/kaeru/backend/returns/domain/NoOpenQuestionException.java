package com.kaeru.backend.returns.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** An answer came for a return whose questions are all answered, or that was never asked one (409). */
public class NoOpenQuestionException extends KaeruException {
    public NoOpenQuestionException(String rmaNumber) {
        super(Refusal.CONFLICT, "problem.return.no-open-question", rmaNumber);
    }
}
