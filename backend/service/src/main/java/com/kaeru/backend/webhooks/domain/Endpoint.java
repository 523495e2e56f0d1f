package com.kaeru.backend.webhooks.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A shop's webhook endpoint.
 *
 * @param disabledReason GONE (410), FAILING (a delivery used up its schedule), MANUAL, or null
 * @param previousSecret the secret before the last rotation, still signing until {@code previousSecretUntil}
 */
public record Endpoint(long id, long shopId, String url, String description, List<String> eventTypes, boolean enabled,
                       String disabledReason, Instant disabledAt, String secret, String previousSecret,
                       Instant previousSecretUntil, String createdBy, Instant createdAt, Instant updatedAt) {

    /** The secrets that sign now: the current one, and the previous one during its rotation window. */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && previousSecretUntil.isAfter(now)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    public boolean subscribes(String dottedType) {
        return eventTypes.contains(dottedType);
    }
}
