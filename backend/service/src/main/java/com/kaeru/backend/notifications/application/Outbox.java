package com.kaeru.backend.notifications.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.kaeru.api.events.EventPayload;
import com.kaeru.api.events.EventType;
import com.kaeru.backend.events.application.EventConsumers;
import com.kaeru.backend.events.application.EventJson;
import com.kaeru.backend.events.application.EventsQueued;
import com.kaeru.backend.events.application.InTransactionConsumer;
import com.kaeru.backend.events.application.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Writes events to the outbox in the caller's transaction: they leave only if the change commits.
 * Each event is stored once, with one delivery row per consumer that wants it (see
 * {@link com.kaeru.backend.events.application.EventConsumer}), in one statement; then, still in the caller's
 * transaction, the {@link InTransactionConsumer}s that want the event write their rows (webhook deliveries:
 * one more statement, only in a shop with an endpoint subscribed to the event's type). After the commit the
 * consumers' lanes and the webhook sender are woken.
 */
@ApplicationScoped
public class Outbox {
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    EventConsumers consumers;
    @Inject
    Event<EventsQueued> queued;

    /**
     * Raises a typed domain event of its aggregate (the return {@code payload.rma()}, or for
     * {@code StockChanged} the SKU's stock).
     *
     * @param actor     who caused it: a staff user name, {@code customer}, {@code policy} or {@code system}
     * @param dedupeKey unique per event in the shop; the same key twice is stored once
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(long shopId, String actor, EventPayload payload, String dedupeKey, Instant occurredAt) {
        EventType type = EventType.of(payload);
        store(shopId, type.wireName(), type.version(), payload.aggregateType(), payload.aggregateId(), actor, dedupeKey,
                EventJson.json(payload), occurredAt, consumers.accepting(shopId, type.wireName()),
                consumers.inTransaction(shopId, type.wireName()));
    }

    /**
     * As {@link #raise}, with a secret only {@code consumer} may read (a gift code for the
     * customer's e-mail): kept on that consumer's delivery row, never in the event, and cleared once
     * delivered (see {@link com.kaeru.backend.events.application.StoredEvent#secret()}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(long shopId, String actor, EventPayload payload, String dedupeKey, Instant occurredAt,
                      String consumer, String secret) {
        raise(shopId, actor, payload, dedupeKey, occurredAt);
        em.createNativeQuery("update outbox_delivery d set secret = ?4 from outbox_event e "
                        + "where e.shop_id = ?1 and e.dedupe_key = ?2 and d.event_id = e.id and d.consumer = ?3 "
                        + "and d.delivered_at is null")
                .setParameter(1, shopId).setParameter(2, dedupeKey).setParameter(3, consumer).setParameter(4, secret)
                .executeUpdate();
    }

    /**
     * An e-mail that is not a domain event (a template test send): stored as schema version 0 in
     * the map shape {@link EmailComposer} reads, for the e-mail consumer only.
     *
     * @param dedupeKey unique per e-mail; the same key twice is stored once
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(long shopId, String type, String aggregateRef, String dedupeKey, Map<String, ?> payload,
                        Instant now) {
        store(shopId, type, 0, "notification", aggregateRef, null, dedupeKey, JSON.toJson(payload), now,
                List.of(EmailConsumer.NAME), List.of());
    }

    /**
     * Work for one consumer that is not a domain event (no webhook, e-mail or integrator sees it): stored as schema
     * version 0 with a JSON payload, delivered to {@code consumer} alone after the commit, with the retries of every
     * delivery — e.g. the reporting projection's refresh after orders were written, off the writing transaction.
     *
     * @param dedupeKey unique per message; the same key twice is stored once
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(long shopId, String consumer, String type, String aggregateType, String aggregateRef,
                      String dedupeKey, Map<String, ?> payload, Instant now) {
        store(shopId, type, 0, aggregateType, aggregateRef, null, dedupeKey, JSON.toJson(payload), now, List.of(consumer),
                List.of());
    }

    private void store(long shopId, String type, int version, String aggregateType, String aggregateRef, String actor,
                       String dedupeKey, String payload, Instant occurredAt, List<String> consumerNames,
                       List<InTransactionConsumer> inTransaction) {
        UUID eventId = UUID.randomUUID();
        // What the column keeps: microseconds, rounded half up as the JDBC driver did with the raw value, so the
        // stored time is unchanged and what the in-transaction consumers get (a webhook body's timestamp) equals
        // what a consumer later reads back.
        Instant at = occurredAt.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        // on conflict: a key published twice (a retried use case) is stored once, without failing the
        // transaction, and gets no second set of deliveries (no id comes back).
        List<?> stored = em.createNativeQuery("with e as (insert into outbox_event (event_id, shop_id, event_type, "
                        + "schema_version, aggregate_type, aggregate_ref, actor, dedupe_key, payload, created_at) "
                        + "values (cast(?1 as uuid), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                        + "on conflict (shop_id, dedupe_key) do nothing returning id, shop_id, created_at), "
                        + "d as (insert into outbox_delivery (event_id, shop_id, consumer, available_at) "
                        + "select e.id, e.shop_id, c, e.created_at from e cross join unnest(string_to_array(?11, ',')) c) "
                        + "select id from e")
                .setParameter(1, eventId.toString()).setParameter(2, shopId).setParameter(3, type)
                .setParameter(4, version).setParameter(5, aggregateType).setParameter(6, aggregateRef)
                .setParameter(7, actor).setParameter(8, dedupeKey).setParameter(9, payload)
                .setParameter(10, at.atOffset(ZoneOffset.UTC))
                .setParameter(11, String.join(",", consumerNames)).getResultList();
        if (!stored.isEmpty() && !inTransaction.isEmpty()) {
            StoredEvent event = new StoredEvent(((Number) stored.get(0)).longValue(), eventId, type, version, shopId, at,
                    aggregateType, aggregateRef, actor, dedupeKey, payload, null);
            for (InTransactionConsumer consumer : inTransaction) {
                consumer.stored(event);
            }
        }
        if (!consumerNames.isEmpty()) {
            queued.fire(new EventsQueued(shopId, consumerNames)); // delivered right after the commit
        }
    }
}
