package com.kaeru.backend.returns.domain;

/** Inspection grade of one returned unit; the grade decides the next action at once. */
public enum Grade {
    /** Good: back to sellable stock. */
    A,
    /** Minor flaw: outlet stock. */
    B,
    /** Unsellable: disposal. Refunded at once only when the reason is the shop's fault; else a manager decides. */
    C,
    /** Not in the parcel (an empty or short parcel): nothing to stock, nothing refunded. */
    MISSING
}
