package com.kaeru.backend.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.kaeru.backend.insights.domain.ReportPeriod.Kind;
import com.kaeru.backend.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void weeklyIsThePreviousIsoWeekMondayToSunday() {
        // 2026-12-05 is a Saturday: the running week (Mon 30 Nov) is not complete yet
        assertThat(ReportPeriod.previous(Kind.WEEKLY, LocalDate.of(2026, 12, 5)))
                .isEqualTo(new ReportPeriod(Kind.WEEKLY, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        // on a Monday the week that ended yesterday is the one reported
        assertThat(ReportPeriod.previous(Kind.WEEKLY, LocalDate.of(2026, 11, 30)))
                .isEqualTo(new ReportPeriod(Kind.WEEKLY, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        // across a year boundary (ISO week 53 of 2026 runs 28 Dec – 3 Jan)
        assertThat(ReportPeriod.previous(Kind.WEEKLY, LocalDate.of(2027, 1, 4)))
                .isEqualTo(new ReportPeriod(Kind.WEEKLY, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3)));
    }

    @Test
    void monthlyIsThePreviousCalendarMonth() {
        assertThat(ReportPeriod.previous(Kind.MONTHLY, LocalDate.of(2026, 12, 1)))
                .isEqualTo(new ReportPeriod(Kind.MONTHLY, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(ReportPeriod.previous(Kind.MONTHLY, LocalDate.of(2026, 12, 31)))
                .isEqualTo(new ReportPeriod(Kind.MONTHLY, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(ReportPeriod.previous(Kind.MONTHLY, LocalDate.of(2024, 3, 1)))
                .isEqualTo(new ReportPeriod(Kind.MONTHLY, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(ReportPeriod.previous(Kind.MONTHLY, LocalDate.of(2027, 1, 1)))
                .isEqualTo(new ReportPeriod(Kind.MONTHLY, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void quarterlyIsThePreviousCalendarQuarter() {
        assertThat(ReportPeriod.previous(Kind.QUARTERLY, LocalDate.of(2026, 12, 5)))
                .isEqualTo(new ReportPeriod(Kind.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(ReportPeriod.previous(Kind.QUARTERLY, LocalDate.of(2026, 10, 1)))
                .isEqualTo(new ReportPeriod(Kind.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(ReportPeriod.previous(Kind.QUARTERLY, LocalDate.of(2027, 2, 14)))
                .isEqualTo(new ReportPeriod(Kind.QUARTERLY, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void theComparisonIsThePeriodRightBefore() {
        assertThat(ReportPeriod.previous(Kind.MONTHLY, LocalDate.of(2026, 3, 1)).before())
                .isEqualTo(new ReportPeriod(Kind.MONTHLY, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertThat(ReportPeriod.previous(Kind.WEEKLY, LocalDate.of(2026, 12, 5)).before())
                .isEqualTo(new ReportPeriod(Kind.WEEKLY, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
        assertThat(ReportPeriod.previous(Kind.QUARTERLY, LocalDate.of(2026, 4, 2)).before())
                .isEqualTo(new ReportPeriod(Kind.QUARTERLY, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void kindsAreReadCaseInsensitivelyAndUnknownOnesRefused() {
        assertThat(Kind.parse(" monthly ")).isEqualTo(Kind.MONTHLY);
        assertThatThrownBy(() -> Kind.parse("DAILY")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Kind.parse(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theScheduledMonthIsTheOneBeforeTheShopsOwnToday() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        // 00:30 on 1 December in Tokyo is still 30 November in UTC: Tokyo's report covers November
        Instant justAfterMidnight = OffsetDateTime.parse("2026-12-01T00:30+09:00").toInstant();
        assertThat(ReportPeriod.monthBefore(justAfterMidnight, tokyo))
                .isEqualTo(new ReportPeriod(Kind.MONTHLY, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(ReportPeriod.monthBefore(justAfterMidnight, ZoneOffset.UTC))
                .isEqualTo(new ReportPeriod(Kind.MONTHLY, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        // a minute before midnight in Tokyo the month is not over yet
        assertThat(ReportPeriod.monthBefore(OffsetDateTime.parse("2026-11-30T23:59+09:00").toInstant(), tokyo))
                .isEqualTo(new ReportPeriod(Kind.MONTHLY, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        // New Year in Tokyo: December of the year before
        assertThat(ReportPeriod.monthBefore(OffsetDateTime.parse("2027-01-01T00:00+09:00").toInstant(), tokyo))
                .isEqualTo(new ReportPeriod(Kind.MONTHLY, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void theRequestedPeriodIsTheOneContainingTheDay() {
        assertThat(ReportPeriod.containing(Kind.WEEKLY, LocalDate.of(2026, 12, 5)))
                .isEqualTo(new ReportPeriod(Kind.WEEKLY, LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)));
        assertThat(ReportPeriod.containing(Kind.MONTHLY, LocalDate.of(2024, 2, 10)))
                .isEqualTo(new ReportPeriod(Kind.MONTHLY, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(ReportPeriod.containing(Kind.QUARTERLY, LocalDate.of(2026, 11, 15)))
                .isEqualTo(new ReportPeriod(Kind.QUARTERLY, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(ReportPeriod.containing(Kind.MONTHLY, LocalDate.of(2026, 11, 15)).isOverOn(LocalDate.of(2026, 11, 30)))
                .isFalse();
        assertThat(ReportPeriod.containing(Kind.MONTHLY, LocalDate.of(2026, 11, 15)).isOverOn(LocalDate.of(2026, 12, 1)))
                .isTrue();
    }
}
