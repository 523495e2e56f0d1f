package com.kaeru.backend.webhooks.domain;

import java.time.Instant;

/**
 * One HTTP request of a delivery, as logged.
 *
 * @param responseStatus null when no answer came (no connection, timeout, refused address)
 */
public record Attempt(long id, long deliveryId, long endpointId, String messageId, String eventType, String kind,
                      String deliveryStatus, Instant attemptedAt, String requestHeaders, String requestBody,
                      Integer responseStatus, String responseExcerpt, int latencyMs, String error) {
}
