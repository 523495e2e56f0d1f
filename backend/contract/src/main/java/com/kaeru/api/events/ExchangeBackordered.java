package com.kaeru.api.events;

/**
 * No stock to reserve for an exchange line: it waits for stock.
 * <p>
 * Event type {@code ExchangeBackordered}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param lineId the exchange line
 * @param variantId the replacement variant
 * @param quantity units
 */
public record ExchangeBackordered(
        String rma,
        long lineId,
        long variantId,
        int quantity) implements EventPayload {
}
