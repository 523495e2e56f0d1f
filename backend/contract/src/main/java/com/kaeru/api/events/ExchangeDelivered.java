package com.kaeru.api.events;

import java.time.Instant;

/**
 * The carrier delivered the replacement (final for the exchange line).
 * <p>
 * Event type {@code ExchangeDelivered}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who received it
 * @param lineId the exchange line
 * @param trackingNumber the parcel's tracking number
 * @param deliveredAt when it was marked delivered
 */
public record ExchangeDelivered(
        String rma,
        Customer customer,
        long lineId,
        String trackingNumber,
        Instant deliveredAt) implements EventPayload {
}
