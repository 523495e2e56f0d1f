package com.kaeru.backend.team.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/**
 * Keycloak could not send the invitation e-mail of a new person (503). The account created for it
 * was deleted again: a password handed to the inviter would let them sign in as somebody whose
 * address nobody verified.
 */
public class InvitationNotSentException extends KaeruException {
    public InvitationNotSentException(String email) {
        super(503, "https://kaeru.app/problems/invitation-not-sent", "problem.team.invitation-not-sent", email);
    }
}
