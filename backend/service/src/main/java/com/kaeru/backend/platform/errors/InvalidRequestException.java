package com.kaeru.backend.platform.errors;

import com.kaeru.api.problem.ProblemTypes;

/** A request that cannot mean anything, e.g. a malformed identifier in the path (400). */
public class InvalidRequestException extends KaeruException {
    public InvalidRequestException(String messageKey, Object... arguments) {
        super(400, ProblemTypes.BAD_REQUEST, messageKey, arguments);
    }
}
