package com.kaeru.api.webhooks;

import java.time.Instant;

/**
 * One HTTP request Kaeru made to an endpoint.
 *
 * @param messageId       the {@code webhook-id} (the same across retries and replays of one event)
 * @param kind            EVENT, TEST or REPLAY
 * @param deliveryStatus  the message's state now: PENDING (retry due), SUCCEEDED or FAILED
 * @param requestHeaders  the headers sent, one {@code name: value} per line
 * @param responseStatus  null when no answer came (timeout, connection refused, address refused)
 * @param responseExcerpt the first 2,000 characters of the answer
 */
public record WebhookAttemptDto(long id, long deliveryId, String messageId, String eventType, String kind,
                                String deliveryStatus, Instant attemptedAt, String requestHeaders, String requestBody,
                                Integer responseStatus, String responseExcerpt, int latencyMs, String error) {
}
