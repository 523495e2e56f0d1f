package com.kaeru.backend.returns.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The throttle's rules, with time passed in (no sleeps); the SQL side is in PortalLookupThrottleIT. */
class LookupThrottleTest {
    private static final Instant T0 = Instant.parse("2026-11-21T00:00:00Z");

    private static LookupThrottle.OrderState fresh(Instant now) {
        return new LookupThrottle.OrderState("o:1:SA-1", now, 0, 0, null);
    }

    private static LookupThrottle.OrderState fail(LookupThrottle.OrderState state, int times, Instant now) {
        for (int i = 0; i < times; i++) {
            assertThat(state.waitSeconds(now)).isZero();
            state = state.afterFailure(now);
        }
        return state;
    }

    @Test
    void eightFailuresLockTheNumberOnlyForAMinute() {
        LookupThrottle.OrderState state = fail(fresh(T0), LookupThrottle.FAILURES_PER_ORDER, T0);
        assertThat(state.waitSeconds(T0)).isEqualTo(60);
        assertThat(state.waitSeconds(T0.plusSeconds(59))).isEqualTo(1);
        // After the lockout the real customer's lookup is let through again.
        assertThat(state.waitSeconds(T0.plusSeconds(60))).isZero();
    }

    @Test
    void lockoutsDoubleWhileTheGuessingGoesOnUpToAnHour() {
        LookupThrottle.OrderState state = fresh(T0);
        Instant now = T0;
        long[] expected = {60, 120, 240, 480, 960, 1920, 3600, 3600};
        for (long lockout : expected) {
            state = fail(state, LookupThrottle.FAILURES_PER_ORDER, now);
            assertThat(state.waitSeconds(now)).isEqualTo(lockout);
            now = now.plusSeconds(lockout);
            assertThat(state.waitSeconds(now)).as("the lockout ends").isZero();
        }
    }

    @Test
    void failuresOfAnEarlierWindowDoNotCount() {
        LookupThrottle.OrderState state = fail(fresh(T0), LookupThrottle.FAILURES_PER_ORDER - 1, T0);
        Instant later = T0.plus(LookupThrottle.ORDER_WINDOW);
        state = fail(state, LookupThrottle.FAILURES_PER_ORDER - 1, later);
        assertThat(state.waitSeconds(later)).isZero();
    }

    @Test
    void aQuietDayForgetsTheBackoff() {
        LookupThrottle.OrderState state = fresh(T0);
        Instant now = T0;
        for (int i = 0; i < 3; i++) {
            state = fail(state, LookupThrottle.FAILURES_PER_ORDER, now);
            now = now.plusSeconds(state.waitSeconds(now));
        }
        assertThat(state.lockouts()).isEqualTo(3);
        Instant nextDay = now.plus(LookupThrottle.FORGET_AFTER);
        state = fail(state, LookupThrottle.FAILURES_PER_ORDER, nextDay);
        assertThat(state.waitSeconds(nextDay)).isEqualTo(60);
        assertThat(state.expiresAt()).isEqualTo(nextDay.plus(LookupThrottle.FORGET_AFTER));
    }

    @Test
    void ipv6ClientsAreKeyedByTheirSlash64() {
        String key = LookupThrottle.clientKey("2001:db8:1:2::1");
        assertThat(LookupThrottle.clientKey("2001:db8:1:2:ffff:ffff:ffff:ffff")).isEqualTo(key);
        assertThat(LookupThrottle.clientKey("[2001:0db8:0001:0002:0:0:0:9]")).isEqualTo(key);
        assertThat(LookupThrottle.clientKey("2001:db8:1:3::1")).isNotEqualTo(key);
        assertThat(key).isEqualTo("20010db800010002/64");
    }

    @Test
    void ipv4ClientsAreKeyedByAddressAndOtherTextByABoundedHash() {
        assertThat(LookupThrottle.clientKey("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(LookupThrottle.clientKey("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(LookupThrottle.clientKey("x".repeat(5000))).hasSize(33);
        assertThat(LookupThrottle.clientKey("unknown")).startsWith("x");
    }
}
