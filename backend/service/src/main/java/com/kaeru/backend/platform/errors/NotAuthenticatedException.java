package com.kaeru.backend.platform.errors;

import com.kaeru.api.problem.ProblemTypes;

/** The call needs a valid bearer token and has none. */
public class NotAuthenticatedException extends KaeruException {
    public NotAuthenticatedException() {
        super(401, ProblemTypes.UNAUTHORIZED, "problem.unauthorized.detail");
    }
}
