/** SQL implementation of the ledger ports over {@code stock_level}, {@code stock_movement} and {@code stocktake}. */
package com.kaeru.backend.inventory.infrastructure;
