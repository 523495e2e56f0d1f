package com.kaeru.admin.receiving;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.api.returns.ReturnLineDto;
import org.junit.jupiter.api.Test;

class GradingSessionTest {
    private static ReturnLineDto line(long id, int quantity, int alreadyGraded) {
        return new ReturnLineDto(id, id, "SKU-" + id, "商品" + id, quantity, null, null, null, null, null, null, null,
                null, 0, 0, 0, 0, false, false, alreadyGraded, 0, 0, 0);
    }

    @Test
    void oneSlotPerUngradedUnitAndTheGradesGoToTheAPIGroupedByLine() {
        GradingSession session = new GradingSession();
        session.start(new FakeReturns("sakura-operator").add("R-000201", "RECEIVED",
                List.of(line(1, 2, 0), line(2, 3, 2)), List.of()));
        assertThat(session.total()).as("2 units of line 1, the 1 ungraded unit of line 2").isEqualTo(3);
        assertThat(session.grade("X")).as("not a grade").isFalse();
        assertThat(session.graded()).isZero();
        assertThat(session.grade("A")).isFalse();
        assertThat(session.slot(0)).isEqualTo("A");
        assertThat(session.slot(1)).isEqualTo("?");
        assertThat(session.slot(2)).isEqualTo("·");
        assertThat(session.grade("C")).isFalse();
        assertThat(session.undo()).isTrue();
        assertThat(session.grade("B")).isFalse();
        assertThat(session.grade("C")).as("the last unit completes the parcel").isTrue();
        assertThat(session.grade("A")).as("no unit left").isFalse();
        assertThat(session.byLine()).isEqualTo(Map.of(1L, List.of("A", "B"), 2L, List.of("C")));

        session.clear();
        assertThat(session.active()).isFalse();
        assertThat(session.undo()).isFalse();
    }
}
