package com.kaeru.admin.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The console's start-up rules. Outside development mode ({@code kaeru.mode}, production unless
 * set) it refuses the OIDC client secret shipped in the dev realm, and its session cookie is
 * {@code Secure} (production sits behind TLS; plain-http localhost development keeps a cookie the
 * browser will store). {@code kaeru.web.secure-cookie} overrides the cookie choice either way.
 */
public final class ConsoleSafety {
    public static final String MODE = "kaeru.mode";
    public static final String CLIENT_SECRET = "kaeru.oidc.client-secret";
    public static final String SECURE_COOKIE = "kaeru.web.secure-cookie";
    static final String SHIPPED_CLIENT_SECRET = "kaeru-admin-dev-secret";

    private ConsoleSafety() {
    }

    /** @throws IllegalArgumentException for a mode that is neither development nor production */
    public static boolean isDevelopment(Function<String, Optional<String>> config) {
        String mode = config.apply(MODE).map(s -> s.strip().toLowerCase(Locale.ROOT)).orElse("production");
        if (!mode.equals("development") && !mode.equals("production")) {
            throw new IllegalArgumentException(MODE + " (KAERU_MODE) must be 'development' or 'production', not '"
                    + mode + "'");
        }
        return mode.equals("development");
    }

    /** Why the console must not start; empty when it may. */
    public static List<String> refusals(Function<String, Optional<String>> config) {
        List<String> reasons = new ArrayList<>();
        try {
            if (isDevelopment(config)) {
                return reasons;
            }
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        Optional<String> secret = config.apply(CLIENT_SECRET).map(String::strip).filter(s -> !s.isEmpty());
        if (secret.isEmpty()) {
            reasons.add(CLIENT_SECRET + " (KAERU_OIDC_CLIENT_SECRET) is not set");
        } else if (secret.get().equals(SHIPPED_CLIENT_SECRET)) {
            reasons.add(CLIENT_SECRET + " (KAERU_OIDC_CLIENT_SECRET) still has the development value shipped with Kaeru");
        }
        return reasons;
    }

    public static String message(List<String> refusals) {
        return "The Kaeru console refuses to start in production mode: " + String.join("; ", refusals)
                + ". Set the secret Keycloak generated for client kaeru-admin, or kaeru.mode=development (KAERU_MODE) "
                + "for a development run.";
    }

    /** Whether the session cookie carries {@code Secure}: always in production unless switched off explicitly. */
    public static boolean secureCookie(Function<String, Optional<String>> config) {
        return config.apply(SECURE_COOKIE).map(String::strip).filter(s -> !s.isEmpty())
                .map(Boolean::parseBoolean)
                .orElseGet(() -> !isDevelopment(config));
    }
}
