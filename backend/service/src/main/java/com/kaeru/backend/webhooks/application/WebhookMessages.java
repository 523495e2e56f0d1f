package com.kaeru.backend.webhooks.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import com.kaeru.backend.events.application.EventJson;
import com.kaeru.backend.events.application.StoredEvent;
import com.kaeru.backend.webhooks.domain.WebhookEventTypes;
import jakarta.json.Json;

/**
 * What a receiver gets: {@code {"type", "timestamp", "data"}} as Standard Webhooks suggests, with
 * the event's envelope (docs/events.md) as {@code data}, so {@code data.schemaVersion} versions the
 * payload and {@code data.eventId} deduplicates.
 */
public final class WebhookMessages {
    private WebhookMessages() {
    }

    /** The {@code webhook-id} of an event at an endpoint: derived, so retries and replays share it. */
    public static String messageId(UUID eventId, long endpointId) {
        return "msg_" + UUID.nameUUIDFromBytes((eventId + "/" + endpointId).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
    }

    public static String body(String dottedType, StoredEvent event) {
        return "{\"type\":" + quoted(dottedType) + ",\"timestamp\":" + quoted(event.occurredAt().toString())
                + ",\"data\":" + EventJson.json(event.envelope()) + "}";
    }

    public static String testBody(String shopSlug, Instant now) {
        return "{\"type\":" + quoted(WebhookEventTypes.TEST) + ",\"timestamp\":" + quoted(now.toString())
                + ",\"data\":{\"shop\":" + quoted(shopSlug) + ",\"message\":\"Test message from Kaeru\",\"mappingVersion\":"
                + WebhookEventTypes.MAPPING_VERSION + "}}";
    }

    private static String quoted(String value) {
        return Json.createValue(value).toString();
    }
}
