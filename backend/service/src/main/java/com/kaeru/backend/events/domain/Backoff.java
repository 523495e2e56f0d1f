package com.kaeru.backend.events.domain;

import java.time.Duration;

/** When a consumer that failed an event tries it again: 30 s, 1 min, 2 min, 4 min, ... at most an hour. */
public final class Backoff {
    private Backoff() {
    }

    /** @param attempts failed attempts so far, at least 1 */
    public static Duration after(int attempts) {
        return Duration.ofSeconds(Math.min(3600, 30L << Math.min(Math.max(attempts, 1) - 1, 7)));
    }
}
