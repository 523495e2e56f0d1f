package com.kaeru.backend.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private static final RandomGenerator LOW = fixed(0.0);
    private static final RandomGenerator HIGH = fixed(0.999999);

    @Test
    void growsFromSecondsToHoursAndSpansAboutADay() {
        Duration total = Duration.ZERO;
        Duration previous = Duration.ZERO;
        for (int failed = 1; failed < RetrySchedule.MAX_ATTEMPTS; failed++) {
            Duration d = RetrySchedule.next(failed, Optional.empty(), fixed(0.5)).orElseThrow();
            assertThat(d).isGreaterThanOrEqualTo(previous);
            previous = d;
            total = total.plus(d);
        }
        assertThat(RetrySchedule.next(1, Optional.empty(), fixed(0.5))).contains(Duration.ofSeconds(5));
        assertThat(total).isBetween(Duration.ofHours(20), Duration.ofHours(36));
    }

    @Test
    void jitterStaysWithinTwentyPercentAndSpreadsRetries() {
        assertThat(RetrySchedule.next(3, Optional.empty(), LOW)).contains(Duration.ofMinutes(24));
        assertThat(RetrySchedule.next(3, Optional.empty(), HIGH).orElseThrow())
                .isBetween(Duration.ofMinutes(35), Duration.ofMinutes(36));
        Random random = new Random(7);
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> RetrySchedule.next(2, Optional.empty(), random).orElseThrow()).distinct().count();
        assertThat(distinct).isGreaterThan(40);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(RetrySchedule.next(RetrySchedule.MAX_ATTEMPTS - 1, Optional.empty(), LOW)).isPresent();
        assertThat(RetrySchedule.next(RetrySchedule.MAX_ATTEMPTS, Optional.empty(), LOW)).isEmpty();
        assertThat(RetrySchedule.next(RetrySchedule.MAX_ATTEMPTS, Optional.of(Duration.ofSeconds(3)), LOW)).isEmpty();
    }

    @Test
    void retryAfterReplacesTheDelayWithinBounds() {
        Instant now = Instant.parse("2026-12-05T00:00:00Z");
        assertThat(RetrySchedule.parseRetryAfter("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetrySchedule.parseRetryAfter("Sat, 05 Dec 2026 00:10:00 GMT", now)).contains(Duration.ofMinutes(10));
        assertThat(RetrySchedule.parseRetryAfter("soon", now)).isEmpty();
        assertThat(RetrySchedule.parseRetryAfter(null, now)).isEmpty();
        assertThat(RetrySchedule.next(4, RetrySchedule.parseRetryAfter("120", now), HIGH)).contains(Duration.ofSeconds(120));
        assertThat(RetrySchedule.next(1, Optional.of(Duration.ZERO), LOW)).contains(Duration.ofSeconds(1));
        assertThat(RetrySchedule.next(1, RetrySchedule.parseRetryAfter("99999999999999999999", now), LOW))
                .contains(Duration.ofHours(24));
    }

    private static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
