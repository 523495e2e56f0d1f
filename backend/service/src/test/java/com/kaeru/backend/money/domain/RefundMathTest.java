package com.kaeru.backend.money.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class RefundMathTest {

    @Test
    void orderDiscountIsSharedByLineValue() {
        // 2 x 5000 and 1 x 2000 with 1000 off the order: 833 and 167 of the discount.
        long[] paid = RefundMath.paidPerLine(List.of(new RefundMath.Line(5000, 2, 0), new RefundMath.Line(2000, 1, 0)), 1000);
        assertThat(paid).containsExactly(9167, 1833);
    }

    @Test
    void unitsOfALineShareItsPaymentAndTheFirstUnitTakesTheRemainder() {
        assertThat(RefundMath.paidPerUnit(9167, 2)).containsExactly(4584, 4583);
        assertThat(RefundMath.paidForUnits(9167, 2, 1, 1)).isEqualTo(4583);
    }

    @Test
    void moreUnitsThanBoughtAreRefused() {
        assertThatThrownBy(() -> RefundMath.paidForUnits(9167, 2, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void feesNeverMakeARefundNegative() {
        assertThat(RefundMath.refundAfterFees(500, 800)).isZero();
        assertThat(RefundMath.percent(4583, 10)).isEqualTo(458);
        assertThat(RefundMath.percent(5, 10)).isEqualTo(1);
    }

    @Test
    void discountLargerThanTheOrderIsCappedAtTheOrder() {
        assertThat(RefundMath.paidPerLine(List.of(new RefundMath.Line(1000, 1, 0)), 5000)).containsExactly(0);
    }

    @Test
    void lineDiscountAboveItsPriceIsNotALine() {
        assertThatThrownBy(() -> new RefundMath.Line(1000, 1, 1001)).isInstanceOf(IllegalArgumentException.class);
    }
}
