package com.kaeru.backend.returns.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows down guessing on the order lookup: per client address and per order number, a fixed
 * window of attempts. In memory per instance (several instances each apply it; good enough to
 * make enumeration pointless, and no shared store is needed).
 */
@ApplicationScoped
public class LookupThrottle {
    static final int PER_CLIENT = 20;
    static final int PER_ORDER = 8;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {
    }

    /**
     * Counts an attempt.
     *
     * @return seconds to wait, or 0 when the attempt may go ahead
     */
    public long attempt(String clientKey, String orderKey, Instant now) {
        long client = count("client:" + clientKey, PER_CLIENT, now);
        long order = count("order:" + orderKey, PER_ORDER, now);
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().start().plus(WINDOW).isBefore(now));
        }
        return Math.max(client, order);
    }

    private long count(String key, int limit, Instant now) {
        Window window = windows.compute(key, (k, w) -> w == null || w.start().plus(WINDOW).isBefore(now)
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        return window.count() > limit ? Math.max(1, Duration.between(now, window.start().plus(WINDOW)).toSeconds()) : 0;
    }
}
