package com.kaeru.api.portal;

import java.time.Instant;

/**
 * A short-lived token that opens one order (and its returns) on the portal. Send it as the
 * {@code X-Kaeru-Order-Token} header.
 */
public record OrderAccessDto(String token, Instant expiresAt) {
    public static final String HEADER = "X-Kaeru-Order-Token";
}
