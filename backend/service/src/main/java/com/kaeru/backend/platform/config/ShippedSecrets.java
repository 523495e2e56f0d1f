package com.kaeru.backend.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the API must not run with in production: a secret equal to the development value shipped in
 * this repository (the realm file, the default configuration, the README), or a portal token
 * secret that is missing or shorter than 32 characters. Pure logic over a configuration lookup, so
 * it is tested without a server.
 */
public final class ShippedSecrets {
    /** The setting that selects the mode; anything but {@code development} is production. */
    public static final String MODE = "kaeru.mode";
    public static final String DEVELOPMENT = "development";
    public static final String PRODUCTION = "production";
    public static final String TOKEN_SECRET = "kaeru.portal.token-secret";
    public static final int MIN_TOKEN_SECRET_LENGTH = 32;

    /** Secret settings with the development values published in this repository. */
    private static final List<String[]> SHIPPED = List.of(
            new String[] {"kaeru.keycloak.admin.client-secret", "kaeru-backend-dev-secret"},
            new String[] {"kaeru.db.password", "kaeru_app"},
            new String[] {"kaeru.db.migration.password", "kaeru_owner"});

    private ShippedSecrets() {
    }

    /**
     * @throws IllegalArgumentException for a mode that is neither development nor production (a typo
     *                                  must not silently mean either)
     */
    public static boolean isDevelopment(Function<String, Optional<String>> config) {
        String mode = config.apply(MODE).map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse(PRODUCTION);
        if (!mode.equals(DEVELOPMENT) && !mode.equals(PRODUCTION)) {
            throw new IllegalArgumentException(MODE + " must be '" + DEVELOPMENT + "' or '" + PRODUCTION
                    + "', not '" + mode + "'");
        }
        return mode.equals(DEVELOPMENT);
    }

    /**
     * Why the API must not start in this configuration; empty when it may (always in development).
     * Each reason names the setting and its environment variable.
     */
    public static List<String> refusals(Function<String, Optional<String>> config) {
        List<String> reasons = new ArrayList<>();
        boolean development;
        try {
            development = isDevelopment(config);
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage() + " (" + env(MODE) + ")");
        }
        if (development) {
            return reasons;
        }
        boolean migrates = config.apply("kaeru.db.migrate").map(v -> !"false".equalsIgnoreCase(v.strip())).orElse(true);
        for (String[] secret : SHIPPED) {
            String key = secret[0];
            if (key.equals("kaeru.db.migration.password") && !migrates) {
                continue;
            }
            Optional<String> value = config.apply(key).map(String::strip);
            if (value.isEmpty() || value.get().isEmpty()) {
                reasons.add(key + " (" + env(key) + ") is not set");
            } else if (value.get().equals(secret[1])) {
                reasons.add(key + " (" + env(key) + ") still has the development value shipped with Kaeru");
            }
        }
        Optional<String> tokenSecret = config.apply(TOKEN_SECRET).map(String::strip).filter(s -> !s.isEmpty());
        if (tokenSecret.isEmpty()) {
            reasons.add(TOKEN_SECRET + " (" + env(TOKEN_SECRET) + ") is not set: portal tokens need a secret shared "
                    + "by every instance, at least " + MIN_TOKEN_SECRET_LENGTH + " characters");
        } else if (tokenSecret.get().length() < MIN_TOKEN_SECRET_LENGTH) {
            reasons.add(TOKEN_SECRET + " (" + env(TOKEN_SECRET) + ") has " + tokenSecret.get().length()
                    + " characters; it needs at least " + MIN_TOKEN_SECRET_LENGTH);
        }
        return reasons;
    }

    /** The one message logged and thrown when the API refuses to start. */
    public static String message(List<String> refusals) {
        return "Kaeru refuses to start in production mode: " + String.join("; ", refusals)
                + ". Set your own values (see docs/security.md, 'Production and development'), or set "
                + MODE + "=" + DEVELOPMENT + " (" + env(MODE) + ") for a development run.";
    }

    /** MicroProfile Config's environment variable for a key: KAERU_DB_PASSWORD for kaeru.db.password. */
    static String env(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
