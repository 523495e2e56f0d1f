package com.kaeru.admin.returns;

import com.kaeru.api.vocabulary.ReturnAction;

/**
 * What staff can do to one return from its detail; {@link ReturnMoves#allowed} says which of them the
 * return's state and the person's role allow, and the panels offer exactly those.
 */
enum ReturnMove {
    APPROVE(ReturnAction.APPROVE, "admin.return.approved"),
    /** Needs a message for the customer. */
    REJECT(ReturnAction.REJECT, "admin.return.rejected"),
    RECEIVE(ReturnAction.RECEIVE, "admin.return.received"),
    /** A question e-mailed to the customer and shown on the portal; the status stays. */
    ASK_CUSTOMER(ReturnAction.ASK_QUESTION, "admin.return.asked"),
    CANCEL(ReturnAction.CANCEL, "admin.return.cancelled"),
    /** Grade the received units A/B/C or mark one missing. */
    GRADE(ReturnAction.GRADE, "admin.return.graded"),
    /** Write an internal note (never shown to the customer). */
    ADD_NOTE(ReturnAction.ADD_NOTE, null);

    private final ReturnAction action;
    private final String doneKey;

    ReturnMove(ReturnAction action, String doneKey) {
        this.action = action;
        this.doneKey = doneKey;
    }

    /** The server's name for the move in {@code ReturnDto.allowedActions}. */
    ReturnAction action() {
        return action;
    }

    /** The notification after the move went through ({@code {0}} the RMA), {@code null} for none. */
    String doneKey() {
        return doneKey;
    }
}
