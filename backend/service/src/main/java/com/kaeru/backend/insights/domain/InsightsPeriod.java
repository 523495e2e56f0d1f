package com.kaeru.backend.insights.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.kaeru.api.insights.InsightsApi;
import com.kaeru.backend.platform.errors.InvalidValueException;

/**
 * A requested period and its comparison, resolved against "today" in the shop's time zone.
 * Refuses (422) unreadable dates, one end without the other, a backwards range, a span over
 * {@link InsightsApi#MAX_SPAN_DAYS} days, an end after today and an unknown comparison.
 */
public record InsightsPeriod(LocalDate from, LocalDate to, String compare, LocalDate compareFrom, LocalDate compareTo) {

    public static final int DEFAULT_DAYS = 30;

    public static InsightsPeriod resolve(String from, String to, String compare, LocalDate today) {
        boolean hasFrom = from != null && !from.isBlank();
        boolean hasTo = to != null && !to.isBlank();
        if (hasFrom != hasTo) {
            throw new InvalidValueException("problem.insights.period-incomplete");
        }
        LocalDate start = hasFrom ? date(from) : today.minusDays(DEFAULT_DAYS - 1);
        LocalDate end = hasTo ? date(to) : today;
        if (start.isAfter(end)) {
            throw new InvalidValueException("problem.insights.period-backwards", start, end);
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > InsightsApi.MAX_SPAN_DAYS) {
            throw new InvalidValueException("problem.insights.period-too-long", InsightsApi.MAX_SPAN_DAYS);
        }
        if (end.isAfter(today)) {
            throw new InvalidValueException("problem.insights.period-future", end);
        }
        String mode = compare == null || compare.isBlank() ? "previous" : compare.strip().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "previous" -> new InsightsPeriod(start, end, "PREVIOUS", start.minusDays(days), start.minusDays(1));
            case "last-year" -> new InsightsPeriod(start, end, "LAST_YEAR", start.minusYears(1), end.minusYears(1));
            case "none" -> new InsightsPeriod(start, end, "NONE", null, null);
            default -> throw new InvalidValueException("problem.insights.compare", compare);
        };
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("problem.insights.date", value);
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean compared() {
        return compareFrom != null;
    }

    /** DAY up to 62 days, WEEK up to 190, MONTH beyond. */
    public String granularity() {
        long days = days();
        return days <= 62 ? "DAY" : days <= 190 ? "WEEK" : "MONTH";
    }

    public static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    public static Instant endExclusive(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
