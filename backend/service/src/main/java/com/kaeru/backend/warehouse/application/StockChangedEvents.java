package com.kaeru.backend.warehouse.application;

import com.kaeru.api.events.StockChanged;
import com.kaeru.backend.inventory.domain.Movement;
import com.kaeru.backend.inventory.domain.StockChangeListener;
import com.kaeru.backend.notifications.application.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Raises {@code StockChanged} in the movement's transaction for every movement that changed a
 * level: it exists exactly when the change committed. One event per movement (deduplicated on the
 * movement id), carrying the level after it.
 */
@ApplicationScoped
public class StockChangedEvents implements StockChangeListener {
    @Inject
    Outbox outbox;

    @Override
    public void changed(Movement m) {
        var after = m.after();
        outbox.raise(m.shopId(), m.actor(), new StockChanged(m.sku(), m.variantId(), m.location(), m.id(),
                m.cause().name(), m.reference(), m.deltas().sellable(), m.deltas().outlet(), m.deltas().reserved(),
                m.deltas().incoming(), after.sellable(), after.outlet(), after.reserved(), after.incoming(),
                after.available(), m.occurredAt()), "stock-movement-" + m.id(), m.occurredAt());
    }
}
