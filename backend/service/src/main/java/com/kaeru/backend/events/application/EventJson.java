package com.kaeru.backend.events.application;

import com.kaeru.api.events.EventEnvelope;
import com.kaeru.api.events.EventPayload;
import com.kaeru.api.events.EventType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;

/**
 * The one JSON form of events, for the outbox and every consumer: JSON-B (Yasson, as in Payara),
 * fields in lexicographical order, absent values written as {@code null} so every field of a
 * schema version is always there. The golden files in the tests pin it.
 */
public final class EventJson {
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true)
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    private EventJson() {
    }

    public static String json(EventPayload payload) {
        return JSON.toJson(payload);
    }

    public static EventPayload payload(EventType type, String json) {
        return JSON.fromJson(json, type.payloadType());
    }

    public static String json(EventEnvelope<? extends EventPayload> envelope) {
        return JSON.toJson(envelope);
    }
}
