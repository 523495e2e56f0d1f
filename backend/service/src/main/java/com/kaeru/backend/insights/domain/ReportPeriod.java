package com.kaeru.backend.insights.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import com.kaeru.backend.platform.errors.InvalidValueException;

/**
 * The period a report covers: the last <em>complete</em> ISO week (Monday–Sunday), calendar month
 * or calendar quarter before a given day (the day is "today" in the shop's time zone, so the
 * period never includes it).
 */
public record ReportPeriod(Kind kind, LocalDate from, LocalDate to) {

    /** How long a report's period is. */
    public enum Kind {
        WEEKLY, MONTHLY, QUARTERLY;

        /** The kind named by {@code value} (case-insensitive); 422 for anything else. */
        public static Kind parse(String value) {
            if (value != null) {
                for (Kind kind : values()) {
                    if (kind.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                        return kind;
                    }
                }
            }
            throw new InvalidValueException("problem.insights.report-kind", String.valueOf(value));
        }
    }

    public ReportPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A report period ends before it starts: " + from + " – " + to);
        }
    }

    /** The last complete period of {@code kind} that ended before {@code today}. */
    public static ReportPeriod previous(Kind kind, LocalDate today) {
        return switch (kind) {
            case WEEKLY -> {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new ReportPeriod(kind, monday, monday.plusDays(6));
            }
            case MONTHLY -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new ReportPeriod(kind, first, first.with(TemporalAdjusters.lastDayOfMonth()));
            }
            case QUARTERLY -> {
                LocalDate quarter = today.with(IsoFields.DAY_OF_QUARTER, 1).minusMonths(3);
                yield new ReportPeriod(kind, quarter, quarter.plusMonths(3).minusDays(1));
            }
        };
    }

    /** The period of {@code kind} that contains {@code day}. */
    public static ReportPeriod containing(Kind kind, LocalDate day) {
        LocalDate start = switch (kind) {
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
            case QUARTERLY -> day.with(IsoFields.DAY_OF_QUARTER, 1);
        };
        LocalDate end = switch (kind) {
            case WEEKLY -> start.plusDays(6);
            case MONTHLY -> start.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTERLY -> start.plusMonths(3).minusDays(1);
        };
        return new ReportPeriod(kind, start, end);
    }

    /**
     * The month the scheduled report of {@code now} covers: the calendar month before the day
     * {@code now} falls on in the shop's time zone {@code zone} (at 2026-12-01T00:30+09:00 in Tokyo,
     * November, though it is still 30 November in UTC).
     */
    public static ReportPeriod monthBefore(Instant now, ZoneId zone) {
        return previous(Kind.MONTHLY, LocalDate.ofInstant(now, zone));
    }

    /** Whether the period is over on {@code today} (its last day lies before it). */
    public boolean isOverOn(LocalDate today) {
        return to.isBefore(today);
    }

    /** The period of the same kind right before this one (the report's comparison). */
    public ReportPeriod before() {
        return previous(kind, from);
    }
}
