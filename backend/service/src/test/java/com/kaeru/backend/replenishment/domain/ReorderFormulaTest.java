package com.kaeru.backend.replenishment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ReorderFormulaTest {

    @Test
    void tenADayForFiveDaysPlusTwentySafetyIsSeventy() {
        // DOMAIN.md: 10/day × 5 days + 20 safety = reorder at 70. 280 units over the default 28-day window is 10/day.
        assertThat(ReorderFormula.averageDailySales(280, 28)).isEqualByComparingTo("10");
        assertThat(ReorderFormula.reorderPoint(280, 28, 5, 20, 0)).isEqualTo(70);
        assertThat(ReorderFormula.alerts(70, 70)).isTrue();
        assertThat(ReorderFormula.alerts(71, 70)).isFalse();
        assertThat(ReorderFormula.alerts(0, 70)).isTrue();
    }

    @Test
    void leadTimeDemandIsRoundedUpOnceWithoutARoundedAverageInBetween() {
        // 100 units in 30 days = 3.333…/day; × 7 days = 23.33 → 24. 10 units over 3 days × 3 days is exactly 10:
        // computed as units × lead ÷ window, never as a rounded (or binary floating) average times the lead time.
        assertThat(ReorderFormula.reorderPoint(100, 30, 7, 0, 0)).isEqualTo(24);
        assertThat(ReorderFormula.reorderPoint(10, 3, 3, 0, 0)).isEqualTo(10);
        assertThat(ReorderFormula.reorderPoint(1, 28, 1, 0, 0)).isEqualTo(1);
        assertThat(ReorderFormula.averageDailySales(100, 30)).isEqualTo(new BigDecimal("3.333"));
    }

    @Test
    void unitsOwedToBackordersAreAddedToThePoint() {
        assertThat(ReorderFormula.reorderPoint(280, 28, 5, 20, 6)).isEqualTo(76);
        assertThat(ReorderFormula.alerts(75, 76)).isTrue();
    }

    @Test
    void nothingToProtectNeverAlertsEvenWhenSoldOut() {
        assertThat(ReorderFormula.reorderPoint(0, 28, 7, 0, 0)).isZero();
        assertThat(ReorderFormula.alerts(0, 0)).isFalse();
        assertThat(ReorderFormula.alerts(0, ReorderFormula.reorderPoint(0, 28, 7, 1, 0))).isTrue();
    }

    @Test
    void aZeroDayWindowOrNegativeInputsAreRefused() {
        assertThatThrownBy(() -> ReorderFormula.reorderPoint(10, 0, 5, 20, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReorderFormula.reorderPoint(10, 28, -1, 20, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReorderSettings(5, 20, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
