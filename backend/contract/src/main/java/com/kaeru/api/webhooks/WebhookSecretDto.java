package com.kaeru.api.webhooks;

/**
 * The endpoint with its signing secret ({@code whsec_...}), returned only when it is created or
 * rotated: store it in the receiver, Kaeru never shows it again.
 */
public record WebhookSecretDto(WebhookEndpointDto endpoint, String secret) {
}
