package com.kaeru.backend.policy.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Days since the anchor event, counted in calendar days of the shop's time zone: delivered at
 * 23:50 on the 1st is "1 day" at 00:10 on the 2nd, as the customer reads a "30 days" promise.
 */
public final class ReturnWindow {
    private ReturnWindow() {
    }

    /** {@code null} when the anchor event has not happened (e.g. not delivered yet). */
    public static Integer daysSince(Instant anchor, Instant now, ZoneId shopZone) {
        if (anchor == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(anchor.atZone(shopZone).toLocalDate(), now.atZone(shopZone).toLocalDate());
        return (int) Math.max(0, days);
    }
}
