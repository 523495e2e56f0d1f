package com.kaeru.admin.returns;

/**
 * What staff can do to one return from its detail; {@link ReturnMoves#allowed} says which of them the
 * return's state and the person's role allow, and the panels offer exactly those.
 */
enum ReturnMove {
    APPROVE("admin.return.approved"),
    /** Needs a message for the customer. */
    REJECT("admin.return.rejected"),
    RECEIVE("admin.return.received"),
    /** A question e-mailed to the customer and shown on the portal; the status stays. */
    ASK_CUSTOMER("admin.return.asked"),
    CANCEL("admin.return.cancelled"),
    /** Grade the received units A/B/C or mark one missing. */
    GRADE("admin.return.graded"),
    /** Write an internal note (never shown to the customer). */
    ADD_NOTE(null);

    private final String doneKey;

    ReturnMove(String doneKey) {
        this.doneKey = doneKey;
    }

    /** The notification after the move went through ({@code {0}} the RMA), {@code null} for none. */
    String doneKey() {
        return doneKey;
    }
}
