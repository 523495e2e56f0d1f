package com.kaeru.api.events;

import java.time.LocalDate;

/**
 * A waiting exchange's supply date moved: the customer's reminder (template
 * {@code BACKORDER_DATE_MOVED}) with the new dates.
 * <p>
 * Event type {@code BackorderDateMoved}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who is told
 * @param lineId the exchange line
 * @param variantId the replacement variant
 * @param previousDate the date promised before
 * @param arrivalDate the new expected arrival
 * @param dateConfirmed the new date is confirmed by the supplier
 * @param shipDate expected shipping (the day after arrival)
 * @param deliveryDate expected delivery (two days after shipping)
 */
public record BackorderDateMoved(
        String rma,
        Customer customer,
        long lineId,
        long variantId,
        LocalDate previousDate,
        LocalDate arrivalDate,
        boolean dateConfirmed,
        LocalDate shipDate,
        LocalDate deliveryDate) implements EventPayload {
}
