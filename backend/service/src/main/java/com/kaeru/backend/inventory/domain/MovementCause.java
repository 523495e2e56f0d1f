package com.kaeru.backend.inventory.domain;

/** Why stock moved. Every movement names one (the database CHECK lists the same values). */
public enum MovementCause {
    /** The level a variant had when the ledger started (migration V95). */
    OPENING_BALANCE,
    /** The shop system's absolute count (integration API), applied by {@link SyncRule}. */
    SYNC,
    /** A returned unit graded A: back to sellable stock. */
    GRADE_A,
    /** A returned unit graded B: outlet stock. */
    GRADE_B,
    /** Units written off (damaged, grade C kept for disposal). */
    DISPOSAL,
    /** Units reserved for an exchange. */
    RESERVATION,
    /** A reservation given back (the return was cancelled). */
    RELEASE,
    /** Reserved units shipped as an exchange. */
    EXCHANGE_SHIPMENT,
    /** Supply ordered from a supplier: incoming units. */
    SUPPLY_ORDERED,
    /** Supply received: incoming units become sellable. */
    RECEIPT,
    /** A stocktake's discrepancy posted by a manager with a reason. */
    STOCKTAKE_ADJUSTMENT
}
