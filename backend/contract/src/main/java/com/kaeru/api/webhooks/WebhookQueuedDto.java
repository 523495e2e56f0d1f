package com.kaeru.api.webhooks;

/** A message queued for sending now (a test or a replay); its attempt appears in the log within seconds. */
public record WebhookQueuedDto(long deliveryId, String messageId, String eventType) {
}
