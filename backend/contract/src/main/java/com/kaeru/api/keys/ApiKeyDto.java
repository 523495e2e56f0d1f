package com.kaeru.api.keys;

import java.time.Instant;

/** An API key as listed: never the secret. */
public record ApiKeyDto(String prefix, String name, String createdBy, Instant createdAt, Instant lastUsedAt,
                        Instant revokedAt) {
}
