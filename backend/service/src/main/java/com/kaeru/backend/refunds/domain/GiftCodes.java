package com.kaeru.backend.refunds.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Gift codes are bearer instruments: whoever reads one can spend it. Kaeru keeps a SHA-256 (to
 * look a code up when it is redeemed) and shows {@code ****-****-****-WXYZ} everywhere but the
 * customer's e-mail. The codes are 16 random characters from a 32-letter alphabet (80 bits), so
 * an unsalted hash cannot be reversed by trying codes.
 */
public final class GiftCodes {
    private GiftCodes() {
    }

    public static String sha256(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String last4(String code) {
        return code.substring(Math.max(0, code.length() - 4));
    }

    /**
     * The stored form of a code as a customer typed it: full-width letters, lower case, spaces and
     * hyphens do not matter; empty when it cannot be a code (16 letters of the codes' alphabet).
     */
    public static java.util.Optional<String> canonical(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String letters = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC)
                .toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s\\-]", "");
        if (!letters.matches("[ABCDEFGHJKLMNPQRSTUVWXYZ2-9]{16}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.join("-", letters.substring(0, 4), letters.substring(4, 8),
                letters.substring(8, 12), letters.substring(12)));
    }

    /** The form staff, the API and the audit trail see. */
    public static String mask(String code) {
        return "****-****-****-" + last4(code);
    }
}
