package com.kaeru.backend.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kaeru.backend.policy.domain.PolicyOutcome;
import org.junit.jupiter.api.Test;

/** The exchange line's own state machine, without a server: every named move and its refusals. */
class ExchangeFulfilmentTest {
    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final LocalDate PROMISED = LocalDate.parse("2026-12-15");
    private static final ReturnRequest.ExchangeUnits TWO_UNITS = new ReturnRequest.ExchangeUnits(1, 99, 2);

    private static ReturnRequest request() {
        ReturnRequest r = ReturnLifecycleTest.withLineIds(new ReturnRequest(1, "R-000042", 7, "a@example.jp", "en",
                null, List.of(ReturnLine.Spec.exchange(new ReturnLine.ReturnedUnits(11, 2, "SIZE", null), 99,
                        new PolicySnapshot(PolicyOutcome.AUTO_APPROVE, "ok", null, null),
                        new LineSettlement(0, 0, 0, 0))), "customer", NOW));
        try {
            java.lang.reflect.Field id = ReturnRequest.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(r, 500L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return r;
    }

    private static ExchangeFulfilment reserved() {
        return ExchangeFulfilment.reserved(request(), TWO_UNITS, NOW);
    }

    private static ExchangeFulfilment backordered() {
        return ExchangeFulfilment.backordered(request(), TWO_UNITS, PROMISED, false, "catalog", NOW);
    }

    @Test
    void anUpgradeWhoseDifferenceIsDueShipsOnlyOnceItIsCollected() {
        ExchangeFulfilment f = reserved();
        f.awaitPayment();
        assertThat(f.returnInspected(0, NOW)).as("inspected, but the difference is not paid")
                .isEqualTo(FulfilmentState.RESERVED);
        assertThatThrownBy(() -> f.ship("ヤマト運輸", "4901", NOW)).isInstanceOf(FulfilmentConflictException.class);
        assertThat(f.paymentCollected(NOW.plusSeconds(5))).isTrue();
        assertThat(f.state()).isEqualTo(FulfilmentState.SHIPMENT_REQUESTED);
        assertThat(f.paymentCollected(NOW.plusSeconds(6))).as("collected twice changes nothing").isFalse();

        ExchangeFulfilment early = reserved();
        early.awaitPayment();
        assertThat(early.paymentCollected(NOW)).as("paid before inspection: waits for the parcel").isFalse();
        assertThat(early.returnInspected(0, NOW)).isEqualTo(FulfilmentState.SHIPMENT_REQUESTED);

        ExchangeFulfilment waiting = backordered();
        waiting.awaitPayment();
        waiting.returnInspected(0, NOW);
        waiting.allocate(NOW);
        assertThat(waiting.state()).as("allocated while unpaid").isEqualTo(FulfilmentState.RESERVED);
        assertThat(waiting.paymentCollected(NOW)).isTrue();
        assertThat(waiting.state()).isEqualTo(FulfilmentState.SHIPMENT_REQUESTED);
    }

    @Test
    void aReservedReplacementIsRequestedForShipmentWhenTheReturnPassesInspectionThenShippedThenDelivered() {
        ExchangeFulfilment f = reserved();
        assertThat(f.state()).isEqualTo(FulfilmentState.RESERVED);
        assertThat(f.unitsReserved()).isTrue();
        assertThat(f.customerEmail()).isEqualTo("a@example.jp");
        assertThat(f.returnInspected(0, NOW)).isEqualTo(FulfilmentState.SHIPMENT_REQUESTED);
        assertThat(f.shipmentRequestedAt()).isEqualTo(NOW);
        assertThat(f.ship("ヤマト運輸", " 4901-2345-6789 ", NOW.plusSeconds(60))).isTrue();
        assertThat(f.state()).isEqualTo(FulfilmentState.SHIPPED);
        assertThat(f.trackingNumber()).isEqualTo("4901-2345-6789");
        assertThat(f.unitsReserved()).as("the units left with the parcel").isFalse();
        assertThat(f.deliver(NOW.plusSeconds(3600))).isTrue();
        assertThat(f.state()).isEqualTo(FulfilmentState.DELIVERED);
        assertThat(f.deliver(NOW.plusSeconds(7200))).as("delivered twice changes nothing").isFalse();
        assertThat(f.deliveredAt()).isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void nothingShipsBeforeInspection() {
        ExchangeFulfilment f = reserved();
        assertThatThrownBy(() -> f.ship("Sagawa", "123", NOW)).isInstanceOf(FulfilmentConflictException.class);
        assertThatThrownBy(() -> f.deliver(NOW)).isInstanceOf(FulfilmentConflictException.class);
        assertThat(f.state()).isEqualTo(FulfilmentState.RESERVED);
    }

    @Test
    void shippingIsIdempotentForTheSameTrackingNumberAndRefusesAnother() {
        ExchangeFulfilment f = reserved();
        f.returnInspected(0, NOW);
        f.ship("Yamato", "111", NOW);
        assertThat(f.ship("yamato", "111", NOW.plusSeconds(5))).as("same parcel again").isFalse();
        assertThat(f.shippedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> f.ship("Yamato", "222", NOW)).isInstanceOf(FulfilmentConflictException.class);
        assertThat(f.trackingNumber()).isEqualTo("111");
    }

    @Test
    void aCarrierAndATrackingNumberAreRequired() {
        ExchangeFulfilment f = reserved();
        f.returnInspected(0, NOW);
        assertThatThrownBy(() -> f.ship("Yamato", "  ", NOW)).isInstanceOf(ReturnRuleViolation.class);
        assertThatThrownBy(() -> f.ship(null, "111", NOW)).isInstanceOf(ReturnRuleViolation.class);
        assertThat(f.state()).isEqualTo(FulfilmentState.SHIPMENT_REQUESTED);
    }

    @Test
    void aBackorderAllocatedBeforeInspectionWaitsReservedAndAfterInspectionGoesStraightToShipment() {
        ExchangeFulfilment early = backordered();
        assertThat(early.backorderedAt()).isEqualTo(NOW);
        assertThat(early.unitsReserved()).isFalse();
        early.allocate(NOW);
        assertThat(early.state()).isEqualTo(FulfilmentState.RESERVED);
        assertThat(early.unitsReserved()).isTrue();

        ExchangeFulfilment late = backordered();
        assertThat(late.returnInspected(0, NOW)).as("inspected while waiting").isEqualTo(FulfilmentState.BACKORDERED);
        late.allocate(NOW);
        assertThat(late.state()).isEqualTo(FulfilmentState.SHIPMENT_REQUESTED);
        assertThatThrownBy(() -> late.allocate(NOW)).as("never allocated twice")
                .isInstanceOf(FulfilmentConflictException.class);
    }

    @Test
    void unitsGradedCOrMissingHoldTheReplacementForAManagerWhoReleasesOrCancelsIt() {
        ExchangeFulfilment held = reserved();
        assertThat(held.returnInspected(1, NOW)).isEqualTo(FulfilmentState.HELD);
        assertThat(held.heldReason()).contains("1 unit");
        assertThatThrownBy(() -> held.ship("Yamato", "1", NOW)).isInstanceOf(FulfilmentConflictException.class);
        held.release(NOW);
        assertThat(held.state()).isEqualTo(FulfilmentState.SHIPMENT_REQUESTED);

        ExchangeFulfilment cancelled = reserved();
        cancelled.returnInspected(2, NOW);
        assertThat(cancelled.cancel(NOW)).as("its reservation goes back to sale").isEqualTo(2);
        assertThat(cancelled.state()).isEqualTo(FulfilmentState.CANCELLED);

        ExchangeFulfilment waiting = backordered();
        waiting.returnInspected(1, NOW);
        assertThat(waiting.state()).isEqualTo(FulfilmentState.HELD);
        waiting.release(NOW);
        assertThat(waiting.state()).as("back in the queue, its place kept").isEqualTo(FulfilmentState.BACKORDERED);
        assertThat(waiting.backorderedAt()).isEqualTo(NOW);
    }

    @Test
    void cancellingAReturnReleasesAReservationButABackorderHeldNothing() {
        assertThat(reserved().cancel(NOW)).isEqualTo(2);
        ExchangeFulfilment b = backordered();
        assertThat(b.cancel(NOW)).isZero();
        assertThat(b.state()).isEqualTo(FulfilmentState.CANCELLED);
        assertThatThrownBy(() -> b.allocate(NOW)).as("a cancelled line is never allocated")
                .isInstanceOf(FulfilmentConflictException.class);
        ExchangeFulfilment shipped = reserved();
        shipped.returnInspected(0, NOW);
        shipped.ship("Yamato", "1", NOW);
        assertThatThrownBy(() -> shipped.cancel(NOW)).isInstanceOf(FulfilmentConflictException.class);
    }

    @Test
    void aRescheduleTellsTheFirstConfirmationOnceAndEveryMoveButNotARepeat() {
        ExchangeFulfilment f = backordered();
        assertThat(f.reschedule(PROMISED, false, NOW)).isEqualTo(ExchangeFulfilment.Reschedule.NONE);
        assertThat(f.reschedule(PROMISED, true, NOW)).isEqualTo(ExchangeFulfilment.Reschedule.CONFIRMED);
        assertThat(f.dateConfirmed()).isTrue();
        assertThat(f.reschedule(PROMISED, true, NOW)).as("confirmed again").isEqualTo(ExchangeFulfilment.Reschedule.NONE);
        assertThat(f.reschedule(PROMISED.plusDays(3), true, NOW)).isEqualTo(ExchangeFulfilment.Reschedule.MOVED);
        assertThat(f.promisedDate()).isEqualTo(PROMISED.plusDays(3));
        assertThat(f.reschedule(PROMISED, false, NOW)).as("an unconfirmed date never unconfirms")
                .isEqualTo(ExchangeFulfilment.Reschedule.MOVED);
        assertThat(f.dateConfirmed()).isTrue();
        ExchangeFulfilment r = reserved();
        assertThat(r.reschedule(PROMISED, true, NOW)).as("allocated lines wait for nothing")
                .isEqualTo(ExchangeFulfilment.Reschedule.NONE);
    }

    @Test
    void lateMeansPastThePromisedDateOrRequestedADayAgoWithoutShipping() {
        ExchangeFulfilment b = backordered();
        assertThat(b.late(PROMISED, NOW)).isFalse();
        assertThat(b.late(PROMISED.plusDays(1), NOW)).isTrue();
        ExchangeFulfilment r = reserved();
        r.returnInspected(0, NOW);
        assertThat(r.late(PROMISED, NOW.plusSeconds(3600))).isFalse();
        assertThat(r.late(PROMISED, NOW.plusSeconds(25 * 3600))).isTrue();
    }

    @Test
    void theCustomerIsPromisedShippingTheDayAfterArrivalAndDeliveryTwoDaysLater() {
        BackorderPromise p = BackorderPromise.from(PROMISED);
        assertThat(p.shipDate()).isEqualTo(LocalDate.parse("2026-12-16"));
        assertThat(p.deliveryDate()).isEqualTo(LocalDate.parse("2026-12-18"));
    }
}
