package com.kaeru.api.events;

import java.time.Instant;

/**
 * The units of one variant at one location changed: a sync, a grade, a reservation, a shipment, a
 * receipt, a stocktake adjustment. Storefronts keep their availability from it. It names the ledger
 * movement that caused it and carries the level after it, so a consumer that missed one event still
 * ends with the right level.
 * <p>
 * Event type {@code StockChanged}, schema version 1. Its aggregate is the stock of a SKU
 * ({@code aggregateType} {@code stock}, {@code aggregateId} the SKU), not a return, so
 * {@link #rma()} is the reference only when the movement came from a return.
 *
 * @param sku the variant's SKU
 * @param variantId the variant
 * @param location the location's code (e.g. {@code MAIN})
 * @param movementId the ledger movement
 * @param cause why: SYNC, GRADE_A, GRADE_B, DISPOSAL, RESERVATION, RELEASE, EXCHANGE_SHIPMENT, SUPPLY_ORDERED,
 *              RECEIPT, STOCKTAKE_ADJUSTMENT
 * @param reference what it belongs to (an RMA, a purchase order, a stocktake, an import), or null
 * @param sellableDelta change of sellable units (reserved ones included)
 * @param outletDelta change of outlet units
 * @param reservedDelta change of units reserved for exchanges
 * @param incomingDelta change of units expected from supply
 * @param sellable sellable units after the change
 * @param outlet outlet units after
 * @param reserved reserved units after
 * @param incoming incoming units after
 * @param available sellable minus reserved after: what a storefront may sell
 * @param occurredAt when the ledger recorded it
 */
public record StockChanged(
        String sku,
        long variantId,
        String location,
        long movementId,
        String cause,
        String reference,
        int sellableDelta,
        int outletDelta,
        int reservedDelta,
        int incomingDelta,
        int sellable,
        int outlet,
        int reserved,
        int incoming,
        int available,
        Instant occurredAt) implements EventPayload {

    /** The RMA when a return moved the stock (references starting with {@code R-}), else null. */
    @Override
    public String rma() {
        return reference != null && reference.startsWith("R-") ? reference : null;
    }

    @Override
    public String aggregateType() {
        return "stock";
    }

    @Override
    public String aggregateId() {
        return sku;
    }
}
