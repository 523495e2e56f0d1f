package com.kaeru.backend.events.application;

import java.time.Instant;
import java.util.UUID;

import com.kaeru.api.events.EventEnvelope;
import com.kaeru.api.events.EventPayload;
import com.kaeru.api.events.EventType;

/**
 * One event as the outbox stored it.
 *
 * @param id            the outbox row (orders events of a shop)
 * @param eventId       the event's public id, stable across redeliveries
 * @param type          the wire name ({@code ReturnApproved}); for schema version 0 the legacy
 *                      e-mail event name ({@code RETURN_AWAITING_SHIPMENT}, {@code TEMPLATE_TEST})
 * @param schemaVersion the payload's schema version; 0 marks an e-mail notification in the old map
 *                      shape (queued before typed events, or a template test send)
 * @param dedupeKey     unique per shop; the e-mail Message-ID is made of it
 * @param payload       the payload as JSON
 * @param secret        what only the consumer at hand may read (a gift code for the e-mail), or null
 */
public record StoredEvent(long id, UUID eventId, String type, int schemaVersion, long shopId, Instant occurredAt,
                          String aggregateType, String aggregateRef, String actor, String dedupeKey, String payload,
                          String secret) {

    /** Whether this is one of the typed events of {@link EventType} (else an e-mail notification, version 0). */
    public boolean typed() {
        return schemaVersion > 0 && EventType.byWireName(type).isPresent();
    }

    /** The typed payload; only for {@link #typed()} events. */
    public EventPayload data() {
        return EventJson.payload(EventType.byWireName(type).orElseThrow(), payload);
    }

    /** The event as integrators receive it. */
    public EventEnvelope<EventPayload> envelope() {
        return new EventEnvelope<>(eventId, type, schemaVersion, shopId, occurredAt, aggregateType, aggregateRef,
                actor, data());
    }
}
