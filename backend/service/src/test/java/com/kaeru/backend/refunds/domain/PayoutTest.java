package com.kaeru.backend.refunds.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The refunds a payout asks for: keys, holds, order; a new refund's state. */
class PayoutTest {
    private static final RefundedReturn RETURN = new RefundedReturn(41, "R-000041", 7, "a@example.jp", "ja");

    private static Map<RefundMethod, Long> amounts(Object... methodAndAmount) {
        Map<RefundMethod, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < methodAndAmount.length; i += 2) {
            map.put((RefundMethod) methodAndAmount[i], (Long) methodAndAmount[i + 1]);
        }
        return map;
    }

    @Test
    void oneRefundPerMethodInTheLinesOrderHeldOnesLastAndNothingForZero() {
        Payout payout = new Payout(amounts(RefundMethod.GIFT_CODE, 3_000L, RefundMethod.ORIGINAL_PAYMENT, 0L,
                RefundMethod.STORE_CREDIT, 500L), amounts(RefundMethod.GIFT_CODE, 2_000L));
        List<Refund> refunds = payout.refunds(1, RETURN, "JPY", false, "operator");
        assertThat(refunds).extracting(Refund::idempotencyKey, Refund::amountMinor, Refund::status, Refund::holdReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("R-000041:GIFT_CODE", 3_000L, RefundStatus.REQUESTED, null),
                        org.assertj.core.groups.Tuple.tuple("R-000041:STORE_CREDIT", 500L, RefundStatus.REQUESTED, null),
                        org.assertj.core.groups.Tuple.tuple("R-000041:GIFT_CODE:review", 2_000L,
                                RefundStatus.PENDING_APPROVAL, HoldReason.GRADE_C));
        assertThat(refunds).allSatisfy(r -> {
            assertThat(r.returnId()).isEqualTo(41);
            assertThat(r.shopId()).isEqualTo(1);
            assertThat(r.currency()).isEqualTo("JPY");
            assertThat(r.requestedBy()).isEqualTo("operator");
            assertThat(r.id()).as("numbered when stored").isNull();
        });
        assertThat(payout.total()).isEqualTo(5_500);
    }

    @Test
    void overTheLimitEveryRefundWaitsForAManager() {
        Payout payout = new Payout(amounts(RefundMethod.ORIGINAL_PAYMENT, 38_000L), amounts());
        Refund refund = payout.refunds(1, RETURN, "JPY", true, "operator").get(0);
        assertThat(refund.status()).isEqualTo(RefundStatus.PENDING_APPROVAL);
        assertThat(refund.holdReason()).isEqualTo(HoldReason.LIMIT);
        assertThat(refund.payable()).as("not before a manager approves").isFalse();
    }

    @Test
    void aRefundPaysAPositiveAmountAndOnlyAHeldOneIsApproved() {
        assertThatThrownBy(() -> Refund.request(1, 41, "k", RefundMethod.STORE_CREDIT, 0, "JPY", null, "operator"))
                .isInstanceOf(IllegalArgumentException.class);
        Refund held = Refund.request(1, 41, "k", RefundMethod.STORE_CREDIT, 100, "JPY", HoldReason.LIMIT, "operator");
        held.approve("manager-b");
        assertThat(held.payable()).isTrue();
        Refund direct = Refund.request(1, 41, "k2", RefundMethod.STORE_CREDIT, 100, "JPY", null, "operator");
        assertThat(direct.payable()).isTrue();
        direct.issued("ref-1", java.time.Instant.parse("2026-11-21T03:00:00Z"));
        assertThat(direct.settled()).isTrue();
    }
}
