package com.kaeru.backend.webhooks.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One message for one endpoint, tried until it succeeds or its schedule is used up.
 *
 * @param messageId the {@code webhook-id}: the same for every attempt and every replay
 * @param eventId   the typed event it carries; null for a test send
 * @param kind      EVENT (the fan-out, retried on schedule), TEST or REPLAY (sent once, on request)
 * @param status    PENDING, SUCCEEDED or FAILED
 */
public record Delivery(long id, long endpointId, String messageId, UUID eventId, String eventType, String payload,
                       String kind, String status, int attempts, Instant nextAttemptAt, Instant createdAt) {
    public static final String EVENT = "EVENT";
    public static final String TEST = "TEST";
    public static final String REPLAY = "REPLAY";

    /** Manual sends are tried once: their result is what the person who asked wants to see. */
    public boolean retried() {
        return EVENT.equals(kind);
    }
}
