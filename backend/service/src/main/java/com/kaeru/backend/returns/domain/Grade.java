package com.kaeru.backend.returns.domain;

/** Inspection grade of one returned unit; the grade decides the next action at once. */
public enum Grade {
    /** Good: back to sellable stock. */
    A,
    /** Minor flaw: outlet stock. */
    B,
    /** Unsellable: disposal. */
    C
}
