package com.kaeru.backend.webhooks.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: the first attempt at once, then after 5 s, 5 min, 30 min,
 * 2 h, 5 h, 10 h and 10 h (about 28 hours in all, the schedule Standard Webhooks senders commonly
 * use), each delay jittered by ±20 % so that the retries of an outage do not all land in the same
 * second. A receiver's {@code Retry-After} (seconds or an HTTP date) replaces the delay, within
 * 1 s and 24 h. After the last attempt fails the delivery has failed.
 */
public final class RetrySchedule {
    public static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
    /** The first attempt and one per delay. */
    public static final int MAX_ATTEMPTS = DELAYS.size() + 1;
    private static final Duration MIN_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private RetrySchedule() {
    }

    /**
     * The delay before the next attempt, or empty when {@code failedAttempts} used up the schedule.
     *
     * @param failedAttempts attempts made so far, all failed (at least 1)
     */
    public static Optional<Duration> next(int failedAttempts, Optional<Duration> retryAfter, RandomGenerator random) {
        if (failedAttempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            Duration d = retryAfter.get();
            return Optional.of(d.compareTo(MIN_RETRY_AFTER) < 0 ? MIN_RETRY_AFTER
                    : d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
        }
        Duration base = DELAYS.get(Math.max(failedAttempts, 1) - 1);
        double factor = 0.8 + 0.4 * random.nextDouble();
        return Optional.of(Duration.ofMillis(Math.round(base.toMillis() * factor)));
    }

    /** A {@code Retry-After} value: delay seconds or an HTTP date (RFC 9110); empty when absent or unreadable. */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.of(MAX_RETRY_AFTER);
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
