package com.kaeru.backend.refunds.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

class RefundBackoffTest {
    @Test
    void stepsDoubleFromThirtySecondsUpToAnHour() {
        assertEquals(Duration.ofSeconds(30), RefundBackoff.step(1));
        assertEquals(Duration.ofSeconds(60), RefundBackoff.step(2));
        assertEquals(Duration.ofSeconds(240), RefundBackoff.step(4));
        assertEquals(Duration.ofSeconds(1920), RefundBackoff.step(7));
        assertEquals(Duration.ofHours(1), RefundBackoff.step(8));
        assertEquals(Duration.ofHours(1), RefundBackoff.step(50));
        assertEquals(Duration.ofSeconds(30), RefundBackoff.step(0), "a first failure counts as one");
    }

    @Test
    void jitterStaysBetweenHalfTheStepAndTheWholeStep() {
        assertEquals(Duration.ofSeconds(15), new RefundBackoff(5, () -> 0.0).after(1));
        assertEquals(Duration.ofSeconds(30), new RefundBackoff(5, () -> 1.0).after(1));
        RefundBackoff real = new RefundBackoff(5, ThreadLocalRandom.current()::nextDouble);
        for (int attempts = 1; attempts <= 10; attempts++) {
            Duration step = RefundBackoff.step(attempts);
            for (int i = 0; i < 200; i++) {
                Duration wait = real.after(attempts);
                assertTrue(wait.compareTo(step.dividedBy(2)) >= 0 && wait.compareTo(step) <= 0,
                        wait + " outside [" + step.dividedBy(2) + ", " + step + "]");
            }
        }
    }

    @Test
    void givesUpAfterMaxAttempts() {
        RefundBackoff backoff = new RefundBackoff(3, () -> 0.5);
        assertFalse(backoff.exhausted(2));
        assertTrue(backoff.exhausted(3));
        assertThrows(IllegalArgumentException.class, () -> new RefundBackoff(0, () -> 0.5));
    }
}
