package com.kaeru.backend.insights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

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
}
