package com.kaeru.backend.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The money of one line, fixed at request time: fees, bonuses, price differences, rounding. */
class LineSettlementTest {
    private static final LineSettlement.Priced SHIRT_S = new LineSettlement.Priced("LINEN-SHIRT-S-WHITE", 9800);

    private static SettlementTerms refundFees(long returnFee, long restocking, int restockingPercent) {
        return new SettlementTerms(returnFee, restocking, restockingPercent, 0, 0, true);
    }

    private static SettlementTerms exchangeTerms(long returnFee, long bonus, int bonusPercent, boolean freeShipping) {
        return new SettlementTerms(returnFee, 0, 0, bonus, bonusPercent, freeShipping);
    }

    @Test
    void aRefundPaysWhatWasPaidLessEveryFee() {
        LineSettlement s = LineSettlement.refund(10_000, refundFees(500, 300, 10));
        assertThat(s.refundMinor()).isEqualTo(10_000 - 500 - 300 - 1_000);
        assertThat(s.feeMinor()).isEqualTo(1_800);
        assertThat(s.bonusMinor()).isZero();
        assertThat(s.priceDifferenceMinor()).isZero();
    }

    @Test
    void aRefundWithoutFeesPaysEverything() {
        LineSettlement s = LineSettlement.refund(7_900, SettlementTerms.NONE);
        assertThat(s.refundMinor()).isEqualTo(7_900);
        assertThat(s.feeMinor()).isZero();
    }

    @Test
    void feesNeverTakeMoreThanWasPaid() {
        LineSettlement s = LineSettlement.refund(500, refundFees(800, 0, 0));
        assertThat(s.refundMinor()).isZero();
        assertThat(s.feeMinor()).as("the fee kept is what was paid, not the fee asked").isEqualTo(500);
    }

    @Test
    void percentagesRoundHalfUpToTheYen() {
        // 5 % of 1,010 is 50.5 → 51; of 1,009 is 50.45 → 50.
        assertThat(LineSettlement.refund(1_010, refundFees(0, 0, 5)).refundMinor()).isEqualTo(959);
        assertThat(LineSettlement.refund(1_009, refundFees(0, 0, 5)).refundMinor()).isEqualTo(959);
        assertThat(LineSettlement.exchange(1_010, 1, SHIRT_S, new LineSettlement.Priced("M", 1_010),
                exchangeTerms(0, 0, 5, true)).bonusMinor()).isEqualTo(51);
    }

    @Test
    void aDearerExchangeIsAnUpgradeThatOwesTheListPriceDifferencePerUnitAndCreditsNothing() {
        // Bought two at 9,800 with 10 % off (paid 17,640); the linen-blend size lists at 10,300.
        LineSettlement s = LineSettlement.exchange(17_640, 2, SHIRT_S,
                new LineSettlement.Priced("LINEN-SHIRT-L-WHITE", 10_300), exchangeTerms(0, 500, 0, true));
        assertThat(s.priceDifferenceMinor()).isEqualTo(1_000);
        assertThat(s.amountDueMinor()).isEqualTo(1_000);
        assertThat(s.exchangeCreditMinor()).as("the bonus only; no price difference comes back").isEqualTo(500);
        assertThat(s.refundMinor()).isZero();
        assertThat(LineSettlement.exchange(8_820, 1, SHIRT_S, new LineSettlement.Priced("M", 9_800),
                SettlementTerms.NONE).amountDueMinor()).as("same list price").isZero();
        assertThatThrownBy(() -> new LineSettlement(100, 0, 0, 50)).as("a refund line owes nothing")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExchangeAtTheSameListPriceKeepsTheDiscountAndPaysNothingBack() {
        // Bought at 9,800 with 10 % off (paid 8,820); the new size lists at 9,800 too.
        LineSettlement s = LineSettlement.exchange(8_820, 1, SHIRT_S,
                new LineSettlement.Priced("LINEN-SHIRT-M-WHITE", 9_800), SettlementTerms.NONE);
        assertThat(s.priceDifferenceMinor()).isZero();
        assertThat(s.exchangeCreditMinor()).isZero();
        assertThat(s.refundMinor()).isZero();
    }

    @Test
    void aCheaperExchangeCreditsWhatWasPaidAboveTheNewItemPlusTheBonus() {
        // Two units paid 17,640 in all; the new colour lists at 7,900 each: 1,840 back, plus 300 + 5 %.
        LineSettlement s = LineSettlement.exchange(17_640, 2, SHIRT_S,
                new LineSettlement.Priced("LINEN-SHIRT-S-NAVY", 7_900), exchangeTerms(700, 300, 5, true));
        assertThat(s.priceDifferenceMinor()).isEqualTo(-1_840);
        assertThat(s.bonusMinor()).isEqualTo(300 + 882);
        assertThat(s.exchangeCreditMinor()).isEqualTo(1_840 + 300 + 882);
        assertThat(s.feeMinor()).as("exchanges ship back free").isZero();
    }

    @Test
    void anExchangeOwesTheReturnFeeUnlessExchangesShipBackFree() {
        LineSettlement.Priced m = new LineSettlement.Priced("LINEN-SHIRT-M-WHITE", 9_800);
        assertThat(LineSettlement.exchange(9_800, 1, SHIRT_S, m, exchangeTerms(700, 0, 0, false)).feeMinor())
                .isEqualTo(700);
        assertThat(LineSettlement.exchange(9_800, 1, SHIRT_S, m, exchangeTerms(700, 0, 0, true)).feeMinor()).isZero();
    }

    @Test
    void termsAndAmountsRefuseImpossibleValues() {
        assertThatThrownBy(() -> new SettlementTerms(-1, 0, 0, 0, 0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SettlementTerms(0, 0, 101, 0, 0, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineSettlement(1, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineSettlement(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
