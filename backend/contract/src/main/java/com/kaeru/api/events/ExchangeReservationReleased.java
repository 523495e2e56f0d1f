package com.kaeru.api.events;

/**
 * A cancelled return gave its reserved replacement stock back.
 * <p>
 * Event type {@code ExchangeReservationReleased}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param lineId the exchange line
 * @param variantId the replacement variant
 * @param quantity units
 */
public record ExchangeReservationReleased(
        String rma,
        long lineId,
        long variantId,
        int quantity) implements EventPayload {
}
