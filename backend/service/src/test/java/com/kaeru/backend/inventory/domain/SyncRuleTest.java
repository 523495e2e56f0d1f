package com.kaeru.backend.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The sync rule: level = count + non-sync movements after asOf; stale and future counts refused. */
class SyncRuleTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant COUNTED = NOW.minusSeconds(600);

    @Test
    void aUnitGradedAfterTheShopCountedIsKept() {
        Level afterGrade = new Level(6, 0, 0, 0);
        var outcome = SyncRule.apply(afterGrade, 5, null, COUNTED, null, Deltas.sellable(1), NOW);
        assertThat(outcome).isEqualTo(new SyncRule.Apply(Deltas.NONE, afterGrade));
    }

    @Test
    void withoutAsOfTheCountIsTheLevelNowAndIsNeverStale() {
        var outcome = SyncRule.apply(new Level(6, 2, 1, 0), 5, null, null, NOW.plusSeconds(60), Deltas.sellable(9), NOW);
        assertThat(outcome).isEqualTo(new SyncRule.Apply(new Deltas(-1, 0, 0, 0), new Level(5, 2, 1, 0)));
    }

    @Test
    void outletIsSetOnlyWhenCountedAndShipmentsAfterTheCountAreSubtracted() {
        var outcome = SyncRule.apply(new Level(3, 4, 0, 2), 4, 1, COUNTED, null, new Deltas(-1, 1, 0, 0), NOW);
        assertThat(outcome).isEqualTo(new SyncRule.Apply(new Deltas(0, -2, 0, 0), new Level(3, 2, 0, 2)));
    }

    @Test
    void anOlderCountThanOneAppliedIsStaleAndAFutureOneIsRefused() {
        assertThat(SyncRule.apply(Level.EMPTY, 1, null, COUNTED, COUNTED.plusSeconds(1), Deltas.NONE, NOW))
                .isEqualTo(new SyncRule.Stale(COUNTED.plusSeconds(1)));
        assertThat(SyncRule.apply(Level.EMPTY, 1, null, COUNTED, COUNTED, Deltas.NONE, NOW))
                .isInstanceOf(SyncRule.Apply.class);
        assertThat(SyncRule.apply(Level.EMPTY, 1, null, NOW.plus(SyncRule.CLOCK_SKEW).plusSeconds(1), null, Deltas.NONE,
                NOW)).isInstanceOf(SyncRule.FromTheFuture.class);
    }

    @Test
    void aCountBelowTheReservedUnitsIsRefusedAndNeverGoesNegative() {
        assertThat(SyncRule.apply(new Level(3, 0, 2, 0), 1, null, null, null, Deltas.NONE, NOW))
                .isEqualTo(new SyncRule.BelowReserved(2, 1));
        assertThat(SyncRule.apply(new Level(1, 0, 0, 0), 0, null, COUNTED, null, Deltas.sellable(-2), NOW))
                .isEqualTo(new SyncRule.Apply(Deltas.sellable(-1), Level.EMPTY));
    }
}
