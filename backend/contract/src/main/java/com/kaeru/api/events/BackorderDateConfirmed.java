package com.kaeru.api.events;

import java.time.LocalDate;

/**
 * The supplier confirmed when a waiting exchange's supply arrives: the customer's second notice
 * (template {@code BACKORDER_DATE_CONFIRMED}) with the arrival, ship and delivery dates.
 * <p>
 * Event type {@code BackorderDateConfirmed}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who is told
 * @param lineId the exchange line
 * @param variantId the replacement variant
 * @param arrivalDate when the supply is expected in the warehouse
 * @param shipDate when the replacement is expected to ship (the day after arrival)
 * @param deliveryDate when it is expected at the customer's (two days after shipping)
 */
public record BackorderDateConfirmed(
        String rma,
        Customer customer,
        long lineId,
        long variantId,
        LocalDate arrivalDate,
        LocalDate shipDate,
        LocalDate deliveryDate) implements EventPayload {
}
