package com.kaeru.backend.webhooks.domain;

import java.security.SecureRandom;
import java.util.Base64;

/** An endpoint's signing secret: {@code whsec_} + base64 of 32 random bytes (the spec asks for 24 to 64). */
public final class WebhookSecret {
    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {
    }

    public static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes of a {@code whsec_} secret (the prefix is optional, as receivers' libraries accept). */
    public static byte[] key(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
