package com.kaeru.api.events;

/**
 * The reserved replacement left the warehouse.
 * <p>
 * Event type {@code ExchangeShipped}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who receives it
 * @param lineId the exchange line
 * @param variantId the replacement variant
 * @param quantity units
 */
public record ExchangeShipped(
        String rma,
        Customer customer,
        long lineId,
        long variantId,
        int quantity) implements EventPayload {
}
