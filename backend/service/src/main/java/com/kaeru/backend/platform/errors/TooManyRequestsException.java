package com.kaeru.backend.platform.errors;

/** Too many attempts; the caller should wait {@link #retryAfterSeconds()} (429). */
public class TooManyRequestsException extends KaeruException {
    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super(429, "https://kaeru.app/problems/too-many-requests", "problem.too-many-requests", retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
