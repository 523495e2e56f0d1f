package com.kaeru.api.events;

/**
 * Restocked units were reserved for a waiting exchange, first come first served. It moves on by
 * itself: {@code state} is {@code RESERVED} (waits for the returned item's inspection) or
 * {@code SHIPMENT_REQUESTED} (inspected already: a shipping instruction follows).
 * <p>
 * Event type {@code ExchangeAllocated}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param lineId the exchange line
 * @param variantId the replacement variant
 * @param quantity units reserved
 * @param state the fulfilment state after allocation
 */
public record ExchangeAllocated(
        String rma,
        long lineId,
        long variantId,
        int quantity,
        String state) implements EventPayload {
}
