package com.kaeru.api.inventory;

import java.time.Instant;

/**
 * One ledger entry: why (cause), who (actor), what for (reference: an RMA, a purchase order, a
 * stocktake, an import) and the change of each bucket. {@code asOf} is the shop system's counting
 * instant of a SYNC.
 */
public record MovementDto(long id, long variantId, String sku, String location, String cause, String actor,
                          String reference, String reason, int sellableDelta, int outletDelta, int reservedDelta,
                          int incomingDelta, Instant asOf, Instant occurredAt) {
}
