package com.kaeru.backend.returns.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows down guessing on the order lookup with fixed windows: every attempt counts against the
 * client address, failed attempts count against the order number (so a customer who opens their
 * order often is never locked out, but guessing the e-mail of a known order number stops after a
 * few tries). In memory per instance: enough to make enumeration pointless without a shared store.
 */
@ApplicationScoped
public class LookupThrottle {
    static final int PER_CLIENT = 20;
    static final int FAILURES_PER_ORDER = 8;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {
        boolean expired(Instant now) {
            return start.plus(WINDOW).isBefore(now);
        }
    }

    /**
     * Counts an attempt from the client and checks the order's failures.
     *
     * @return seconds to wait, or 0 when the attempt may go ahead
     */
    public long attempt(String clientKey, String orderKey, Instant now) {
        Window client = windows.compute("client:" + clientKey, (k, w) -> w == null || w.expired(now)
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        Window order = windows.get("order:" + orderKey);
        long wait = 0;
        if (client.count() > PER_CLIENT) {
            wait = secondsLeft(client, now);
        }
        if (order != null && !order.expired(now) && order.count() >= FAILURES_PER_ORDER) {
            wait = Math.max(wait, secondsLeft(order, now));
        }
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue().expired(now));
        }
        return wait;
    }

    /** A lookup for this order number failed (wrong e-mail or phone, or no such order). */
    public void failed(String orderKey, Instant now) {
        windows.compute("order:" + orderKey, (k, w) -> w == null || w.expired(now)
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
    }

    private static long secondsLeft(Window window, Instant now) {
        return Math.max(1, Duration.between(now, window.start().plus(WINDOW)).toSeconds());
    }
}
