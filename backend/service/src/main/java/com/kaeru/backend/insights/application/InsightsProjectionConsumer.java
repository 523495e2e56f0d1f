package com.kaeru.backend.insights.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.kaeru.backend.events.application.EventConsumer;
import com.kaeru.backend.events.application.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Keeps the reporting projection up to date with the return lifecycle and the orders: a consumer of the typed return
 * events (requested, rejected, cancelled, received, inspected, completed, a line graded) that marks the days the
 * return counts on for the next refresh ({@link InsightsProjection#refreshMarked}), and of the projection's own
 * {@code OrdersWritten} messages (queued with the orders by {@link InsightsProjection#ordersWritten}) that mark the
 * orders' days and recompute their customers. Refreshes read the rows as they are then, so a redelivered, late or
 * out-of-order event changes nothing that the latest state does not say (docs/insights.md).
 */
@ApplicationScoped
public class InsightsProjectionConsumer implements EventConsumer {
    public static final String NAME = "insights-projection";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    InsightsProjection projection;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(long shopId, String eventType) {
        // A rating changes no projected figure: the ratings are read from their own table (return_rating).
        return eventType.startsWith("Return") && !"ReturnRated".equals(eventType) || "LineGraded".equals(eventType)
                || InsightsProjection.ORDERS_WRITTEN.equals(eventType);
    }

    @Override
    public void deliver(StoredEvent event) {
        if (event.typed() && "return".equalsIgnoreCase(event.aggregateType()) && event.aggregateRef() != null) {
            projection.markReturn(event.shopId(), event.aggregateRef());
        } else if (event.schemaVersion() == 0 && InsightsProjection.ORDERS_WRITTEN.equals(event.type())) {
            Map<?, ?> payload = JSON.fromJson(event.payload(), Map.class);
            List<LocalDate> days = ((Collection<?>) payload.get(InsightsProjection.DAYS)).stream()
                    .map(day -> LocalDate.parse(day.toString())).toList();
            Collection<?> customers = (Collection<?>) payload.get(InsightsProjection.CUSTOMERS);
            projection.refreshOrders(event.shopId(), days, customers == null ? null
                    : customers.stream().map(Object::toString).toList());
        }
    }
}
