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

    /** The form staff, the API and the audit trail see. */
    public static String mask(String code) {
        return "****-****-****-" + last4(code);
    }
}
