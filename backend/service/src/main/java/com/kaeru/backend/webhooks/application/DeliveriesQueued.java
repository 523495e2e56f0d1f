package com.kaeru.backend.webhooks.application;

/**
 * Fired (CDI) when a transaction queued webhook deliveries for a shop; observed after the commit by
 * {@link WebhookPump}, so they leave at once instead of on the next tick.
 */
public record DeliveriesQueued(long shopId) {
}
