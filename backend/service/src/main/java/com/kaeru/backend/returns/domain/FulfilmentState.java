package com.kaeru.backend.returns.domain;

/**
 * Where an exchange line's replacement stands ({@link ExchangeFulfilment}). The return's own
 * status is separate: a return completes when its money is settled, the exchange goes on here.
 */
public enum FulfilmentState {
    /** No stock at approval: waits for supply, with a promised date. */
    BACKORDERED,
    /** Units held at the default location; waits for the returned item's inspection. */
    RESERVED,
    /** The returned units were graded C or missing: a manager releases the replacement or cancels it. */
    HELD,
    /** A shipping instruction for the warehouse. */
    SHIPMENT_REQUESTED,
    /** Handed to a carrier with a tracking number; stock left the warehouse. */
    SHIPPED,
    /** The carrier delivered it (final). */
    DELIVERED,
    /** The return was cancelled or a manager cancelled the held replacement (final). */
    CANCELLED;

    /** Still waiting for stock (the backorder queue). */
    public boolean waitingForStock() {
        return this == BACKORDERED;
    }

    public boolean isFinal() {
        return this == DELIVERED || this == CANCELLED;
    }
}
