package com.kaeru.backend.webhooks.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} header of Standard Webhooks: {@code v1,} + base64 of HMAC-SHA256
 * over {@code id.timestamp.body} with the key inside the {@code whsec_} secret; one signature per
 * valid secret, separated by spaces, so a receiver still holding the old secret during a rotation
 * verifies too.
 */
public final class WebhookSignature {
    private WebhookSignature() {
    }

    /** @param secrets {@code whsec_} secrets, the current one first */
    public static String header(List<String> secrets, String messageId, long timestamp, String body) {
        return secrets.stream().map(s -> sign(s, messageId, timestamp, body)).collect(Collectors.joining(" "));
    }

    public static String sign(String secret, String messageId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WebhookSecret.key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
