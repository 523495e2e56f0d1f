package com.kaeru.backend.returns.domain;

import java.time.LocalDate;

/**
 * What the customer is told a restock date means for them: the replacement ships the day after the
 * supply arrives (allocation is automatic, the warehouse packs it next day) and arrives two days
 * later (domestic delivery in Japan is 1–2 days; the notice promises the later one).
 */
public record BackorderPromise(LocalDate arrivalDate, LocalDate shipDate, LocalDate deliveryDate) {
    public static final int DAYS_TO_SHIP = 1;
    public static final int DAYS_TO_DELIVER = 2;

    public static BackorderPromise from(LocalDate arrival) {
        LocalDate ship = arrival.plusDays(DAYS_TO_SHIP);
        return new BackorderPromise(arrival, ship, ship.plusDays(DAYS_TO_DELIVER));
    }
}
