package com.kaeru.backend.integration.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Shopify's {@code X-Shopify-Hmac-Sha256}: base64 of HMAC-SHA256 over the raw request body with the
 * shop's webhook secret. Verified over the bytes as received (never a re-serialised document) and
 * compared in constant time.
 */
public final class ShopifySignature {
    private ShopifySignature() {
    }

    public static String sign(String secret, byte[] rawBody) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(rawBody));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** @return whether the header carries the body's signature under the secret; false for a missing header or secret */
    public static boolean verify(String secret, byte[] rawBody, String header) {
        if (secret == null || secret.isEmpty() || header == null || header.isBlank() || rawBody == null) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(header.strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(sign(secret, rawBody));
        return MessageDigest.isEqual(expected, presented);
    }
}
