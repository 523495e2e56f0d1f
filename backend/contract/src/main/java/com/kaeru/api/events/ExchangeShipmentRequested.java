package com.kaeru.api.events;

/**
 * A shipping instruction for the warehouse: the replacement's units are reserved and the returned
 * item passed inspection (or a manager released a held one). The warehouse answers with the
 * tracking number ({@link ExchangeShipped}).
 * <p>
 * Event type {@code ExchangeShipmentRequested}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param lineId the exchange line
 * @param variantId the replacement variant
 * @param sku its SKU
 * @param quantity units to ship
 */
public record ExchangeShipmentRequested(
        String rma,
        long lineId,
        long variantId,
        String sku,
        int quantity) implements EventPayload {
}
