package com.kaeru.backend.platform.errors;

import com.kaeru.api.problem.ProblemTypes;

/** The caller is known but may not do this (no role in the shop, or the role lacks the permission). */
public class AccessDeniedException extends KaeruException {
    public AccessDeniedException(String messageKey, Object... arguments) {
        super(403, ProblemTypes.FORBIDDEN, messageKey, arguments);
    }
}
