package com.kaeru.backend.inventory.domain;

import java.time.Instant;

/**
 * One ledger entry as recorded, with the SKU and location code it concerns and the level after it
 * (for {@link StockChangeListener}s and the read API).
 */
public record Movement(long id, long shopId, long locationId, String location, long variantId, String sku,
                       MovementCause cause, String actor, String reference, String reason, Deltas deltas,
                       Instant asOf, Instant occurredAt, Level after) {
}
