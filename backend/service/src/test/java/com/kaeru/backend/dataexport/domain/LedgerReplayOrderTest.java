package com.kaeru.backend.dataexport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LedgerReplayOrderTest {
    private static LedgerReplayOrder.Movement m(int index, String variant, String at, long id, int sellable, int reserved) {
        return new LedgerReplayOrder.Movement(index, "L1", variant, at, id, sellable, 0, reserved, 0);
    }

    @Test
    void oldestFirstWhenTheHistoryIsValidInTimeOrder() {
        List<LedgerReplayOrder.Movement> archive = List.of(
                m(0, "V1", "2026-01-03", 3, -1, -1), m(1, "V1", "2026-01-01", 51, 5, 0), m(2, "V1", "2026-01-02", 2, 0, 1));
        assertThat(LedgerReplayOrder.of(archive)).containsExactly(1, 2, 0);
    }

    @Test
    void aReservationWaitsForTheReceiptThatCommittedFirstButStampedLater() {
        // Same instant in two overlapping transactions; the reservation's id is lower (another instance's block).
        List<LedgerReplayOrder.Movement> archive = List.of(
                m(0, "V1", "2026-01-01T10:00", 1, 0, 2), m(1, "V1", "2026-01-01T10:00", 100, 3, 0),
                m(2, "V1", "2026-01-01T11:00", 101, -1, -1));
        assertThat(LedgerReplayOrder.of(archive)).containsExactly(1, 0, 2);
    }

    @Test
    void levelsAreIndependentAndNothingIsDroppedWhenNoValidOrderExists() {
        List<LedgerReplayOrder.Movement> archive = List.of(
                m(0, "V2", "2026-01-01", 1, -4, 0), m(1, "V1", "2026-01-01", 2, 1, 0), m(2, "V2", "2026-01-02", 3, 1, 0));
        // V2 can never be valid (ends at -3): its movements follow in time order and the database refuses them.
        assertThat(LedgerReplayOrder.of(archive)).containsExactly(2, 0, 1);
    }
}
