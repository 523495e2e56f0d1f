package com.kaeru.backend.webhooks.application;

import java.util.Optional;

import com.kaeru.backend.events.application.EventConsumer;
import com.kaeru.backend.events.application.StoredEvent;
import com.kaeru.backend.webhooks.domain.Delivery;
import com.kaeru.backend.webhooks.domain.Endpoint;
import com.kaeru.backend.webhooks.domain.WebhookEventTypes;
import com.kaeru.backend.webhooks.domain.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * The event consumer {@value #NAME}: turns a typed event into one queued delivery per enabled
 * endpoint that subscribes to its type. It only writes rows, in the batch's transaction; the HTTP
 * calls happen later, outside any transaction ({@link WebhookSender}), so a slow or failing
 * receiver never holds or spoils the event batch.
 */
@ApplicationScoped
public class WebhookConsumer implements EventConsumer {
    public static final String NAME = "webhooks";

    @Inject
    WebhookRepository repository;
    @Inject
    com.kaeru.backend.platform.persistence.ShopConfigCache configCache;
    @Inject
    Event<DeliveriesQueued> queued;

    @Override
    public String name() {
        return NAME;
    }

    /** Only events some enabled endpoint of the shop subscribes to get a delivery row. */
    @Override
    public boolean accepts(long shopId, String eventType) {
        // One read per shop, cached (issue 14): a submission raises three events; V192's trigger evicts.
        return WebhookEventTypes.of(eventType).map(type -> configCache.get("webhook-types", shopId,
                () -> repository.subscribedTypes(shopId)).contains(type)).orElse(false);
    }

    @Override
    public void deliver(StoredEvent event) {
        Optional<String> type = event.typed() ? WebhookEventTypes.of(event.type()) : Optional.empty();
        if (type.isEmpty()) {
            return;
        }
        String body = WebhookMessages.body(type.get(), event);
        boolean any = false;
        for (Endpoint endpoint : repository.endpoints(event.shopId())) {
            if (endpoint.enabled() && endpoint.subscribes(type.get())) {
                any |= repository.insertDelivery(event.shopId(), endpoint.id(),
                        WebhookMessages.messageId(event.eventId(), endpoint.id()), event.eventId(), type.get(), body,
                        Delivery.EVENT, java.time.Instant.now()).isPresent();
            }
        }
        if (any) {
            queued.fire(new DeliveriesQueued(event.shopId())); // sent right after the batch commits
        }
    }
}
