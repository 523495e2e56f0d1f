package com.kaeru.api.events;

/**
 * Stock of the replacement variant was reserved for an exchange line.
 * <p>
 * Event type {@code ExchangeReserved}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param lineId the exchange line
 * @param variantId the replacement variant
 * @param quantity units
 */
public record ExchangeReserved(
        String rma,
        long lineId,
        long variantId,
        int quantity) implements EventPayload {
}
