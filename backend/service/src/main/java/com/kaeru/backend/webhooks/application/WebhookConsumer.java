package com.kaeru.backend.webhooks.application;

import com.kaeru.backend.events.application.EventConsumer;
import com.kaeru.backend.events.application.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The event consumer {@value #NAME}, kept only to drain: until issue 12 a typed event got a delivery row for this
 * consumer, whose lane later wrote the webhook deliveries; now {@link WebhookFanOut} writes them in the event's own
 * transaction, so this consumer accepts nothing new and only turns the {@code outbox_delivery} rows stored before
 * that change (pending or retried ones of a running system) into webhook deliveries, the same way. Remove it once
 * no {@code outbox_delivery} row of consumer {@code webhooks} is pending anywhere (renaming or removing it
 * orphans those rows).
 */
@ApplicationScoped
public class WebhookConsumer implements EventConsumer {
    public static final String NAME = "webhooks";

    @Inject
    WebhookFanOut fanOut;

    @Override
    public String name() {
        return NAME;
    }

    /** Nothing new: the fan-out happens in the event's transaction. */
    @Override
    public boolean accepts(long shopId, String eventType) {
        return false;
    }

    @Override
    public void deliver(StoredEvent event) {
        fanOut.queue(event);
    }
}
