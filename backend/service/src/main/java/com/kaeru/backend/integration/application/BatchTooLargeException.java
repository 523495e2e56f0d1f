package com.kaeru.backend.integration.application;

import com.kaeru.api.problem.ProblemTypes;
import com.kaeru.backend.platform.errors.KaeruException;

/** More records than one call may carry. */
public class BatchTooLargeException extends KaeruException {
    public BatchTooLargeException(int size, int max) {
        super(400, ProblemTypes.BAD_REQUEST, "problem.batch.too-large", size, max);
    }
}
