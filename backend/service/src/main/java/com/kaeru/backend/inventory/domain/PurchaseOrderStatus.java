package com.kaeru.backend.inventory.domain;

/** Where a purchase order stands; the database CHECK lists the same values. */
public enum PurchaseOrderStatus {
    /** Ordered, nothing received yet. */
    OPEN,
    /** Some units received, some still due. */
    PARTIALLY_RECEIVED,
    /** Every ordered unit received: closed. */
    RECEIVED,
    /** Closed by a manager; what was still due will not come (units already received stay). */
    CANCELLED;

    /** Still expecting units: counts as incoming supply and may be rescheduled, received or cancelled. */
    public boolean isOpen() {
        return this == OPEN || this == PARTIALLY_RECEIVED;
    }
}
