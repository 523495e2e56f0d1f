package com.kaeru.backend.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import com.kaeru.backend.policy.domain.PolicyOutcome;
import com.kaeru.backend.refunds.domain.RefundMethod;
import org.junit.jupiter.api.Test;

/** What a graded return pays back: grades, shop fault, missing units, exchange fees, rounding. */
class ReturnSettlementTest {
    private static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final PolicySnapshot POLICY = new PolicySnapshot(PolicyOutcome.AUTO_APPROVE, "Within 30 days",
            null, null);
    private static final String DEFECTIVE = "DEFECTIVE";

    private static ReturnLine.Spec refund(int quantity, long amount, RefundMethod method, String reason) {
        return ReturnLine.Spec.refund(new ReturnLine.ReturnedUnits(11, quantity, reason, null), method, POLICY,
                new LineSettlement(amount, 0, 0, 0));
    }

    private static ReturnLine.Spec exchange(long fee, long bonus, long difference) {
        return ReturnLine.Spec.exchange(new ReturnLine.ReturnedUnits(12, 1, "TOO_SMALL", null), 99, POLICY,
                new LineSettlement(0, fee, bonus, difference));
    }

    /** A received return of these lines, graded line by line with the given grades. */
    private static ReturnRequest graded(List<ReturnLine.Spec> specs, List<List<Grade>> grades) {
        ReturnRequest r = ReturnLifecycleTest.withLineIds(new ReturnRequest(1, "R-000100", 7, "a@example.jp", "ja",
                null, specs, "customer", NOW));
        r.applyPolicy("policy", NOW);
        r.exchangesToReserve().forEach(u -> r.recordReservation(u.lineId(), true));
        r.issueLabel("policy", NOW);
        r.receive("operator", Duration.ofHours(24), NOW);
        for (int i = 0; i < grades.size(); i++) {
            r.grade(i + 1, grades.get(i), "operator", NOW);
        }
        return r;
    }

    private static ReturnSettlement.Settled settle(ReturnRequest r) {
        return r.settlement(DEFECTIVE::equals);
    }

    @Test
    void gradesAAndBPayAtOnce() {
        var s = settle(graded(List.of(refund(2, 10_000, RefundMethod.ORIGINAL_PAYMENT, "TOO_SMALL")),
                List.of(List.of(Grade.A, Grade.B))));
        assertThat(s.payout().payable()).containsExactly(Map.entry(RefundMethod.ORIGINAL_PAYMENT, 10_000L));
        assertThat(s.payout().held()).containsExactly(Map.entry(RefundMethod.ORIGINAL_PAYMENT, 0L));
    }

    @Test
    void gradeCWaitsForAManagerUnlessTheShopIsAtFault() {
        var customers = settle(graded(List.of(refund(2, 10_000, RefundMethod.STORE_CREDIT, "TOO_SMALL")),
                List.of(List.of(Grade.A, Grade.C))));
        assertThat(customers.payout().payable().get(RefundMethod.STORE_CREDIT)).isEqualTo(5_000);
        assertThat(customers.payout().held().get(RefundMethod.STORE_CREDIT)).isEqualTo(5_000);

        var shops = settle(graded(List.of(refund(2, 10_000, RefundMethod.STORE_CREDIT, DEFECTIVE)),
                List.of(List.of(Grade.A, Grade.C))));
        assertThat(shops.payout().payable().get(RefundMethod.STORE_CREDIT)).isEqualTo(10_000);
        assertThat(shops.payout().held().get(RefundMethod.STORE_CREDIT)).isZero();
    }

    @Test
    void missingUnitsPayNothingEvenWhenTheShopIsAtFault() {
        var s = settle(graded(List.of(refund(2, 10_000, RefundMethod.GIFT_CODE, DEFECTIVE)),
                List.of(List.of(Grade.MISSING, Grade.A))));
        assertThat(s.payout().total()).isEqualTo(5_000);
        assertThat(s.payout().held().get(RefundMethod.GIFT_CODE)).isZero();
    }

    @Test
    void unitsSplitAnOddAmountWithoutLosingOrInventingAYen() {
        var s = settle(graded(List.of(refund(3, 10_000, RefundMethod.ORIGINAL_PAYMENT, "TOO_SMALL")),
                List.of(List.of(Grade.A, Grade.C, Grade.MISSING))));
        long payable = s.payout().payable().get(RefundMethod.ORIGINAL_PAYMENT);
        long held = s.payout().held().get(RefundMethod.ORIGINAL_PAYMENT);
        assertThat(List.of(payable, held)).allSatisfy(a -> assertThat(a).isBetween(3_333L, 3_334L));
        assertThat(10_000 - payable - held).as("the missing unit's share").isBetween(3_333L, 3_334L);
    }

    @Test
    void exchangeFeesComeOffTheExchangeCreditFirstThenOffTheRefunds() {
        var s = settle(graded(List.of(refund(1, 5_000, RefundMethod.ORIGINAL_PAYMENT, "TOO_SMALL"),
                        exchange(700, 300, 0)),
                List.of(List.of(Grade.A), List.of(Grade.A))));
        assertThat(s.payout().payable()).containsExactly(Map.entry(RefundMethod.ORIGINAL_PAYMENT, 4_600L));
        assertThat(s.exchangeFees()).isEqualTo(700);
        assertThat(s.exchangeFeesDeducted()).isEqualTo(700);
        assertThat(s.uncollectable()).isZero();
    }

    @Test
    void exchangeCreditLeftAfterTheFeesGoesOutAsStoreCredit() {
        var s = settle(graded(List.of(exchange(700, 300, -1_840)), List.of(List.of(Grade.A))));
        assertThat(s.payout().payable()).containsExactly(Map.entry(RefundMethod.STORE_CREDIT, 1_440L));
    }

    @Test
    void feesTakeTheHeldRefundsLastAndWhatIsLeftIsNotCollectable() {
        var s = settle(graded(List.of(refund(2, 600, RefundMethod.STORE_CREDIT, "TOO_SMALL"), exchange(1_000, 0, 0)),
                List.of(List.of(Grade.A, Grade.C), List.of(Grade.A))));
        assertThat(s.payout().payable().get(RefundMethod.STORE_CREDIT)).isZero();
        assertThat(s.payout().held().get(RefundMethod.STORE_CREDIT)).isZero();
        assertThat(s.uncollectable()).isEqualTo(400);
        assertThat(s.exchangeFeesDeducted()).isEqualTo(600);
    }

    @Test
    void onlyAnInspectedReturnIsSettled() {
        ReturnRequest r = graded(List.of(refund(2, 10_000, RefundMethod.STORE_CREDIT, "TOO_SMALL")),
                List.of(List.of(Grade.A)));
        assertThatThrownBy(() -> settle(r)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void exchangeFeesMustBeCoveredByWhatTheReturnPaysBack() {
        ReturnSettlement.requireExchangeFeesCovered(List.of(exchange(700, 300, -400)), JPY, "ja");
        assertThatThrownBy(() -> ReturnSettlement.requireExchangeFeesCovered(List.of(exchange(700, 300, -399)), JPY,
                "en")).isInstanceOf(ReturnRuleViolation.class)
                .satisfies(e -> assertThat(((ReturnRuleViolation) e).messageKey())
                        .isEqualTo("problem.return.exchange-fee-uncovered"));
        ReturnSettlement.requireExchangeFeesCovered(List.of(exchange(700, 0, 0),
                refund(1, 700, RefundMethod.GIFT_CODE, "TOO_SMALL")), JPY, "ja");
    }
}
