package com.kaeru.api.events;

import java.time.Instant;

/**
 * The warehouse handed the replacement to a carrier: stock left (an {@code EXCHANGE_SHIPMENT}
 * movement) and the customer gets the shipped notice with the tracking number.
 * <p>
 * Event type {@code ExchangeShipped}, schema version 2. Version 1 was raised at inspection, when
 * the reserved units were merely written off, and had no carrier; version 2 means a real parcel and
 * always carries {@code carrier}, {@code trackingNumber} and {@code shippedAt}.
 *
 * @param rma the return's RMA number
 * @param customer who receives it
 * @param lineId the exchange line
 * @param variantId the replacement variant
 * @param quantity units
 * @param carrier the carrier's name as the warehouse gave it (e.g. ヤマト運輸)
 * @param trackingNumber the carrier's tracking number
 * @param shippedAt when the warehouse marked it shipped
 */
public record ExchangeShipped(
        String rma,
        Customer customer,
        long lineId,
        long variantId,
        int quantity,
        String carrier,
        String trackingNumber,
        Instant shippedAt) implements EventPayload {
}
