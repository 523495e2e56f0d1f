package com.kaeru.backend.platform.errors;

import com.kaeru.api.problem.ProblemTypes;

/** A parameter the server understood but cannot accept (422), e.g. an export charset it does not offer. */
public class InvalidValueException extends KaeruException {
    public InvalidValueException(String messageKey, Object... arguments) {
        super(422, ProblemTypes.VALIDATION, messageKey, arguments);
    }
}
