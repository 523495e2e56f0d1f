package com.kaeru.backend.team.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** The change contradicts the team as it is (409): already a member, or the last manager leaving. */
public class TeamConflictException extends KaeruException {
    public TeamConflictException(String messageKey, Object... arguments) {
        super(Refusal.CONFLICT, messageKey, arguments);
    }
}
