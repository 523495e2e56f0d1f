package com.kaeru.backend.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import com.kaeru.backend.platform.errors.InvalidFieldsException;
import org.junit.jupiter.api.Test;

/** A purchase order's moves: place, reschedule, receive (partially, never more than ordered), cancel. */
class PurchaseOrderTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Location MAIN = new Location(1, 7, "MAIN", "Main warehouse", true);

    private static PurchaseOrder.Line line(long variant, String sku, int ordered) {
        return new PurchaseOrder.Line(variant, sku, "シャツ", "Shirt", ordered, 0);
    }

    private static PurchaseOrder placed() {
        return PurchaseOrder.place("PO-000001", "東京繊維", MAIN, TODAY.plusDays(5), false, null,
                List.of(line(11, "TEE-S", 10), line(12, "TEE-M", 4)), "sakura-manager", NOW, TODAY);
    }

    private static LinkedHashMap<Long, Integer> units(long variant, int n, Object... more) {
        LinkedHashMap<Long, Integer> units = new LinkedHashMap<>();
        units.put(variant, n);
        for (int i = 0; i < more.length; i += 2) {
            units.put(((Number) more[i]).longValue(), (Integer) more[i + 1]);
        }
        return units;
    }

    private static List<String> fields(Throwable e) {
        return ((InvalidFieldsException) e).issues().stream().map(InvalidFieldsException.Issue::field).toList();
    }

    @Test
    void placingMakesEveryOrderedUnitIncomingAndStartsOpen() {
        PurchaseOrder po = placed();
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.OPEN);
        assertThat(po.ordered()).containsExactly(new PurchaseOrder.Units(11, "TEE-S", 10), new PurchaseOrder.Units(12, "TEE-M", 4));
        assertThat(po.orderedUnits()).isEqualTo(14);
        assertThat(po.receivedUnits()).isZero();
        assertThat(po.location()).isEqualTo("MAIN");
    }

    @Test
    void placingRefusesAPastDateNoLinesZeroUnitsAndASkuTwiceAllAtOnce() {
        assertThatThrownBy(() -> PurchaseOrder.place("PO-1", "x", MAIN, TODAY.minusDays(1), true, null,
                List.of(line(11, "TEE-S", 0), line(11, "TEE-S", 2)), "m", NOW, TODAY))
                .isInstanceOf(InvalidFieldsException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("expectedDate", "lines[0].quantity", "lines[1].sku"));
        assertThatThrownBy(() -> PurchaseOrder.place("PO-1", "x", MAIN, TODAY, true, null, List.of(), "m", NOW, TODAY))
                .satisfies(e -> assertThat(fields(e)).containsExactly("lines"));
        // Today itself is fine: the goods may arrive this afternoon.
        assertThat(PurchaseOrder.place("PO-1", "x", MAIN, TODAY, true, null, List.of(line(11, "TEE-S", 1)), "m", NOW, TODAY)
                .expectedDate()).isEqualTo(TODAY);
    }

    @Test
    void receivingPartlyThenTheRestClosesTheOrder() {
        PurchaseOrder po = placed();
        assertThat(po.receive(units(11, 6))).containsExactly(new PurchaseOrder.Units(11, "TEE-S", 6));
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
        assertThat(po.lines().get(0).remaining()).isEqualTo(4);

        po.receive(units(12, 4, 11, 4));
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(po.receivedUnits()).isEqualTo(14);
        assertThatThrownBy(() -> po.receive(units(11, 1))).isInstanceOf(PurchaseOrderException.class)
                .hasMessageContaining("problem.supply.received");
    }

    @Test
    void receivingMoreThanDueOrASkuNotOnTheOrderChangesNothing() {
        PurchaseOrder po = placed();
        po.receive(units(11, 8));
        assertThatThrownBy(() -> po.receive(units(12, 1, 11, 3)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("lines[1].quantity"));
        assertThatThrownBy(() -> po.receive(units(99, 1)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("lines[0].sku"));
        assertThatThrownBy(() -> po.receive(units(12, 0)))
                .satisfies(e -> assertThat(fields(e)).containsExactly("lines[0].quantity"));
        // The refused receipts left the order as it was: the valid line of the first one was not applied.
        assertThat(po.lines()).extracting(PurchaseOrder.Line::received).containsExactly(8, 0);
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
    }

    @Test
    void cancellingReturnsWhatIsStillDueAndClosesTheOrder() {
        PurchaseOrder po = placed();
        po.receive(units(12, 4));
        assertThat(po.cancel("sakura-manager", NOW)).containsExactly(new PurchaseOrder.Units(11, "TEE-S", 10));
        assertThat(po.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
        assertThat(po.cancelledBy()).isEqualTo("sakura-manager");
        assertThat(po.receivedUnits()).as("received units stay").isEqualTo(4);
        assertThatThrownBy(() -> po.receive(units(11, 1))).isInstanceOf(PurchaseOrderException.class)
                .hasMessageContaining("problem.supply.cancelled");
        assertThatThrownBy(() -> po.cancel("m", NOW)).isInstanceOf(PurchaseOrderException.class);
        assertThatThrownBy(() -> po.reschedule(TODAY.plusDays(9), true, TODAY)).isInstanceOf(PurchaseOrderException.class);
    }

    @Test
    void reschedulingReportsAChangeOnlyWhenTheDateOrConfirmationMoves() {
        PurchaseOrder po = placed();
        assertThat(po.reschedule(TODAY.plusDays(5), false, TODAY).changed()).isFalse();
        assertThat(po.reschedule(TODAY.plusDays(5), true, TODAY))
                .isEqualTo(new PurchaseOrder.Schedule(TODAY.plusDays(5), true, true));
        assertThat(po.reschedule(TODAY.plusDays(7), true, TODAY).changed()).isTrue();
        assertThat(po.confirmed()).isTrue();
        assertThatThrownBy(() -> po.reschedule(TODAY.minusDays(1), true, TODAY))
                .satisfies(e -> assertThat(fields(e)).containsExactly("expectedDate"));
        assertThat(po.expectedDate()).isEqualTo(TODAY.plusDays(7));
    }

    @Test
    void anOpenOrderPastItsDateIsOverdueAClosedOneNever() {
        PurchaseOrder po = placed();
        assertThat(po.isOverdue(TODAY.plusDays(5))).isFalse();
        assertThat(po.isOverdue(TODAY.plusDays(6))).isTrue();
        po.cancel("m", NOW);
        assertThat(po.isOverdue(TODAY.plusDays(6))).isFalse();
        assertThat(PurchaseOrder.number(42)).isEqualTo("PO-000042");
    }
}
