package com.kaeru.api.vocabulary;

/**
 * Where an exchange line's replacement stands: BACKORDERED (waits for supply), RESERVED (units held,
 * waits for the returned item's inspection), HELD (returned units graded C or missing: a manager
 * releases or cancels it), SHIPMENT_REQUESTED (a shipping instruction for the warehouse), SHIPPED,
 * DELIVERED, CANCELLED.
 */
public enum FulfilmentState {
    BACKORDERED, RESERVED, HELD, SHIPMENT_REQUESTED, SHIPPED, DELIVERED, CANCELLED
}
