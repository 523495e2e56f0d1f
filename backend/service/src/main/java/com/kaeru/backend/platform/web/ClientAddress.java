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
        boolean trustedHop = isLoopback(remote);
        if (trustedHop && forwarded != null && !forwarded.isBlank()) {
            return forwarded.split(",")[0].strip();
        }
        return remote == null ? "unknown" : remote;
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            // A literal address or "localhost": no DNS lookup happens for either.
            return java.net.InetAddress.getByName(address.replaceFirst("%.*$", "")).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
