package com.kaeru.backend.inventory.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When more units of a variant are due: the restock date a backorder may be promised on. The
 * backorder rule (returns) asks it; purchase orders (warehouse) and the catalog's restock date
 * (shop systems) answer it. A variant without a known arrival in the future cannot be backordered.
 */
public interface IncomingSupply {
    /** The earliest expected arrival of the variant on or after {@code today}, if any is known. */
    Optional<Arrival> nextArrival(long shopId, long variantId, LocalDate today);

    /**
     * A known arrival.
     *
     * @param expectedDate the day the units are expected in the warehouse
     * @param confirmed the supplier confirmed the date (a purchase order marked confirmed); an
     *                  unconfirmed date is the shop's estimate ("the date is being confirmed")
     * @param reference what promises it: a purchase order number, or {@code catalog} for the
     *                  restock date a shop system sent with the variant
     */
    record Arrival(LocalDate expectedDate, boolean confirmed, String reference) {
    }
}
