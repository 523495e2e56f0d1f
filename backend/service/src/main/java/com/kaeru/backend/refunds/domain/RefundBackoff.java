package com.kaeru.backend.refunds.domain;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When the refund worker tries a refund again after a passing provider fault (429, 5xx, timeout):
 * exponential, {@code min(1 h, 30 s · 2^(n-1))}, with "equal jitter" (a random half of the step
 * added to the other half) so that refunds refused together by a rate limit do not return together.
 * Gives up (the refund becomes FAILED) after {@code maxAttempts} faults. See docs/refunds.md.
 */
public final class RefundBackoff {
    static final long BASE_SECONDS = 30;
    static final long CAP_SECONDS = 3600;

    private final int maxAttempts;
    private final DoubleSupplier random;

    /** @param random uniform in [0, 1) — {@code ThreadLocalRandom.current()::nextDouble} in production */
    public RefundBackoff(int maxAttempts, DoubleSupplier random) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    /** The step without jitter after {@code attempts} failed attempts (at least 1). */
    public static Duration step(int attempts) {
        int n = Math.min(Math.max(attempts, 1) - 1, 7);
        return Duration.ofSeconds(Math.min(CAP_SECONDS, BASE_SECONDS << n));
    }

    /** The wait before the next try: between half the step and the whole step. */
    public Duration after(int attempts) {
        long millis = step(attempts).toMillis();
        long half = millis / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (millis - half)));
    }

    /** Whether a refund that has now failed {@code attempts} times passing faults should stop retrying. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
