package com.kaeru.backend.insights.application;

import com.kaeru.backend.events.application.EventConsumer;
import com.kaeru.backend.events.application.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps the reporting projection up to date with the return lifecycle: a consumer of the typed return events
 * (requested, rejected, cancelled, received, inspected, completed, a line graded) that marks the days the
 * return counts on for the next refresh ({@link InsightsProjection#refreshMarked}). The refresh reads the
 * return as it is then, so a redelivered, late or out-of-order event changes nothing that the latest state
 * does not say (docs/insights.md).
 */
@ApplicationScoped
public class InsightsProjectionConsumer implements EventConsumer {
    public static final String NAME = "insights-projection";

    @Inject
    InsightsProjection projection;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(long shopId, String eventType) {
        return eventType.startsWith("Return") || "LineGraded".equals(eventType);
    }

    @Override
    public void deliver(StoredEvent event) {
        if (event.typed() && "return".equalsIgnoreCase(event.aggregateType()) && event.aggregateRef() != null) {
            projection.markReturn(event.shopId(), event.aggregateRef());
        }
    }
}
