package com.kaeru.api.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint; its secret is only ever shown in {@link WebhookSecretDto}, once.
 *
 * @param disabledReason  GONE (the receiver answered 410), FAILING (a delivery used up its retries),
 *                        MANUAL, or null when enabled
 * @param rotationEndsAt  during a rotation, until when the previous secret also signs; else null
 */
public record WebhookEndpointDto(long id, String url, String description, List<String> eventTypes, boolean enabled,
                                 String disabledReason, Instant disabledAt, Instant rotationEndsAt, String createdBy,
                                 Instant createdAt, Instant updatedAt) {
}
