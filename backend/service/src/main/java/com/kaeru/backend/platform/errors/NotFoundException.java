package com.kaeru.backend.platform.errors;

import com.kaeru.api.problem.ProblemTypes;

/** What the caller asked for does not exist (or is not theirs to know about). */
public class NotFoundException extends KaeruException {
    public NotFoundException(String messageKey, Object... arguments) {
        super(404, ProblemTypes.NOT_FOUND, messageKey, arguments);
    }
}
