/**
 * The ledger's vocabulary (causes, deltas, levels, movements, locations, stocktakes), the sync rule,
 * and the ports: {@link com.kaeru.backend.inventory.domain.StockRepository} for the returns workflow,
 * {@link com.kaeru.backend.inventory.domain.StockLedger} for the warehouse use cases.
 */
package com.kaeru.backend.inventory.domain;
