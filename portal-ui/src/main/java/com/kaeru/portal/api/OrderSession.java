package com.kaeru.portal.api;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.kaeru.api.portal.OrderAccessDto;
import com.vaadin.flow.server.VaadinSession;

/**
 * The order a visitor opened, per shop, for this browser session: the backend's short-lived
 * order token stays on the server and never reaches the browser.
 */
public final class OrderSession {
    private static final String ATTRIBUTE = OrderSession.class.getName();

    private OrderSession() {
    }

    public static void open(String shopSlug, OrderAccessDto access) {
        tokens().put(shopSlug, access);
    }

    /** The token for this shop's opened order, unless none was opened or it has expired. */
    public static Optional<String> token(String shopSlug) {
        OrderAccessDto access = tokens().get(shopSlug);
        if (access == null || (access.expiresAt() != null && access.expiresAt().isBefore(Instant.now()))) {
            return Optional.empty();
        }
        return Optional.of(access.token());
    }

    public static void forget(String shopSlug) {
        tokens().remove(shopSlug);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, OrderAccessDto> tokens() {
        VaadinSession session = VaadinSession.getCurrent();
        Map<String, OrderAccessDto> tokens = (Map<String, OrderAccessDto>) session.getAttribute(ATTRIBUTE);
        if (tokens == null) {
            tokens = new HashMap<>();
            session.setAttribute(ATTRIBUTE, tokens);
        }
        return tokens;
    }
}
