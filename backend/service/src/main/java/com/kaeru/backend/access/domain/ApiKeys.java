package com.kaeru.backend.access.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * API keys of the form {@code kaeru_<prefix>_<secret>}: the prefix finds the key, the secret (32
 * random bytes) is checked against its SHA-256 hash in constant time. High-entropy secrets need
 * no slow hash; the database never holds the secret itself.
 */
public final class ApiKeys {
    /** What an API key may do: read the shop and send data. Never settings, team or approvals. */
    public static final Set<Permission> PERMISSIONS = EnumSet.of(Permission.VIEW_SHOP, Permission.IMPORT_DATA);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyz23456789";

    private ApiKeys() {
    }

    /** A new key: the full text (shown once) and what is stored. */
    public record NewKey(String fullKey, String prefix, String secretHash) {
    }

    public static NewKey generate() {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            prefix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new NewKey("kaeru_" + prefix + "_" + encoded, prefix.toString(), hash(encoded));
    }

    /** The prefix and secret of a presented key, if it has the right shape. */
    public static Optional<String[]> parse(String presented) {
        if (presented == null || presented.length() > 200 || !presented.startsWith("kaeru_")) {
            return Optional.empty();
        }
        String[] parts = presented.strip().split("_", 3);
        if (parts.length != 3 || parts[1].length() != 8 || parts[2].length() < 40) {
            return Optional.empty();
        }
        return Optional.of(new String[] {parts[1], parts[2]});
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
