package com.kaeru.backend.insights.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kaeru.backend.events.application.EventConsumer;
import com.kaeru.backend.events.application.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /** Where the projection is switched off, consumer and refresh together (maintenance, and the measurement of its cost). */
    public static final String ENABLED = "kaeru.insights.projection.enabled";

    @Inject
    InsightsProjection projection;
    @Inject
    @ConfigProperty(name = ENABLED, defaultValue = "true")
    boolean enabled;

    @Override
    public String name() {
        return NAME;
    }

    /** Off: the deliveries wait (none are lost) and are marked once it is back on. */
    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public boolean accepts(long shopId, String eventType) {
        // A rating changes no projected figure: the ratings are read from their own table (return_rating).
        return eventType.startsWith("Return") && !"ReturnRated".equals(eventType) || "LineGraded".equals(eventType)
                || InsightsProjection.ORDERS_WRITTEN.equals(eventType);
    }

    /** A batch's returns are marked in one statement (was a read and an insert per day, event by event). */
    @Override
    public boolean takesBatches() {
        return true;
    }

    @Override
    public void deliverAll(List<StoredEvent> events) {
        Set<String> returns = new LinkedHashSet<>();
        for (StoredEvent event : events) {
            if (concernsReturn(event)) {
                returns.add(event.aggregateRef());
            } else {
                deliver(event);
            }
        }
        if (!returns.isEmpty()) {
            projection.markReturns(events.get(0).shopId(), returns);
        }
    }

    @Override
    public void deliver(StoredEvent event) {
        if (concernsReturn(event)) {
            projection.markReturns(event.shopId(), List.of(event.aggregateRef()));
        } else if (event.schemaVersion() == 0 && InsightsProjection.ORDERS_WRITTEN.equals(event.type())) {
            Map<?, ?> payload = JSON.fromJson(event.payload(), Map.class);
            List<LocalDate> days = ((Collection<?>) payload.get(InsightsProjection.DAYS)).stream()
                    .map(day -> LocalDate.parse(day.toString())).toList();
            Collection<?> customers = (Collection<?>) payload.get(InsightsProjection.CUSTOMERS);
            projection.refreshOrders(event.shopId(), days, customers == null ? null
                    : customers.stream().map(Object::toString).toList());
        }
    }

    private static boolean concernsReturn(StoredEvent event) {
        return event.typed() && "return".equalsIgnoreCase(event.aggregateType()) && event.aggregateRef() != null;
    }
}
