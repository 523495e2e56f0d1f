package com.kaeru.backend.webhooks.application;

import java.time.Instant;
import java.util.Optional;

import com.kaeru.backend.events.application.InTransactionConsumer;
import com.kaeru.backend.events.application.StoredEvent;
import com.kaeru.backend.platform.persistence.ShopConfigCache;
import com.kaeru.backend.webhooks.domain.WebhookEventTypes;
import com.kaeru.backend.webhooks.domain.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Turns a typed event into one queued delivery per enabled endpoint of the shop that subscribes to its type, in
 * the transaction that raises the event (issue 12): the rows commit with the change and the event, and the commit
 * wakes the sender ({@link DeliveriesQueued}), so a webhook no longer waits for an event-consumer lane first.
 * One {@code INSERT … SELECT} over the shop's endpoints; a shop where no enabled endpoint subscribes to the type
 * pays no statement at all (the subscribed types are cached per shop, {@link ShopConfigCache}, evicted by V192's
 * trigger). Only rows are written here; the HTTP calls happen after the commit, outside any transaction
 * ({@link WebhookSender}), so a slow or failing receiver never holds up or spoils the use case.
 */
@ApplicationScoped
public class WebhookFanOut implements InTransactionConsumer {
    @Inject
    WebhookRepository repository;
    @Inject
    ShopConfigCache configCache;
    @Inject
    Event<DeliveriesQueued> queued;

    /** Only events some enabled endpoint of the shop subscribes to; the database is asked once per shop and change. */
    @Override
    public boolean accepts(long shopId, String eventType) {
        // One read per shop, cached (issue 14): a submission raises three events; V192's trigger evicts.
        return WebhookEventTypes.of(eventType).map(type -> configCache.get("webhook-types", shopId,
                () -> repository.subscribedTypes(shopId)).contains(type)).orElse(false);
    }

    @Override
    public void stored(StoredEvent event) {
        queue(event);
    }

    /**
     * Queues the event at the shop's subscribed endpoints (each at most once: the same event again changes
     * nothing) and wakes the sender after the commit.
     *
     * @return how many deliveries were queued
     */
    public int queue(StoredEvent event) {
        Optional<String> type = event.typed() ? WebhookEventTypes.of(event.type()) : Optional.empty();
        if (type.isEmpty()) {
            return 0;
        }
        int queuedNow = repository.insertEventDeliveries(event.shopId(), event.eventId(), type.get(),
                WebhookMessages.body(type.get(), event), Instant.now());
        if (queuedNow > 0) {
            queued.fire(new DeliveriesQueued(event.shopId())); // sent right after the commit
        }
        return queuedNow;
    }
}
