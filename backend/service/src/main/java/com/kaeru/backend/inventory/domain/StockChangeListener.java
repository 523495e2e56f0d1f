package com.kaeru.backend.inventory.domain;

/**
 * Told of every movement that changed a level, in the movement's transaction. The warehouse
 * capability raises the {@code StockChanged} event from it; the ledger itself knows no outbox, so
 * that the returns workflow can depend on it without a capability cycle.
 */
public interface StockChangeListener {
    void changed(Movement movement);
}
