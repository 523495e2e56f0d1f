package com.kaeru.backend.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The customer's address for rate limiting. The portal UI calls the API server-side from the same
 * host, so behind it (a loopback caller) the first {@code X-Forwarded-For} entry is trusted; from
 * anywhere else the header is ignored, so it cannot be forged to dodge limits.
 */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        boolean trustedHop = remote != null && (remote.startsWith("127.") || remote.equals("0:0:0:0:0:0:0:1")
                || remote.equals("::1"));
        if (trustedHop && forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return remote == null ? "unknown" : remote;
    }
}
