/**
 * Warehouse: what staff and integrators do with stock on top of the {@code inventory} ledger —
 * locations, the read API (levels, movements), stocktakes (棚卸) with their discrepancy report, and
 * the {@code StockChanged} event raised for every level change. Kept apart from {@code inventory}
 * because it goes through {@code access} and the outbox, which the returns workflow (a user of the
 * ledger) is reachable from; see docs/inventory.md.
 */
package com.kaeru.backend.warehouse;
