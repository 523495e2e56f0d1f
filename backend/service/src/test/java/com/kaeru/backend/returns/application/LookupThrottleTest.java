package com.kaeru.backend.returns.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LookupThrottleTest {
    private static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");

    @Test
    void clientIsSlowedAfterTwentyAttemptsUntilTheWindowEnds() {
        LookupThrottle throttle = new LookupThrottle();
        for (int i = 0; i < LookupThrottle.PER_CLIENT; i++) {
            assertThat(throttle.attempt("1.2.3.4", "order-" + i, T0)).isZero();
        }
        assertThat(throttle.attempt("1.2.3.4", "order-x", T0.plusSeconds(60))).isEqualTo(540);
        assertThat(throttle.attempt("5.6.7.8", "order-x", T0.plusSeconds(60))).isZero();
        assertThat(throttle.attempt("1.2.3.4", "order-x", T0.plus(LookupThrottle.WINDOW).plusSeconds(1))).isZero();
    }

    @Test
    void orderNumberIsProtectedAfterRepeatedFailuresFromAnyAddress() {
        LookupThrottle throttle = new LookupThrottle();
        for (int i = 0; i < LookupThrottle.FAILURES_PER_ORDER; i++) {
            assertThat(throttle.attempt("10.0.0." + i, "SA-1", T0)).isZero();
            throttle.failed("SA-1", T0);
        }
        assertThat(throttle.attempt("10.0.1.1", "SA-1", T0)).isPositive();
        assertThat(throttle.attempt("10.0.1.1", "SA-2", T0)).isZero();
    }

    @Test
    void successfulLookupsNeverLockTheCustomerOut() {
        LookupThrottle throttle = new LookupThrottle();
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.attempt("client-" + i, "SA-1", T0)).isZero();
        }
    }
}
