package com.kaeru.api.events;

import java.time.LocalDate;

/**
 * No stock to reserve for an exchange line: it waits for supply due on {@code promisedDate}. The
 * customer's first backorder notice (template {@code EXCHANGE_BACKORDERED}).
 * <p>
 * Event type {@code ExchangeBackordered}, schema version 1. {@code customer}, {@code promisedDate}
 * and {@code dateConfirmed} were added (optional: {@code null} in events stored before them).
 *
 * @param rma the return's RMA number
 * @param lineId the exchange line
 * @param variantId the replacement variant
 * @param quantity units
 * @param customer who is told
 * @param promisedDate when the supply is expected
 * @param dateConfirmed the supplier confirmed that date (else the shop's estimate, being confirmed)
 */
public record ExchangeBackordered(
        String rma,
        long lineId,
        long variantId,
        int quantity,
        Customer customer,
        LocalDate promisedDate,
        Boolean dateConfirmed) implements EventPayload {
}
