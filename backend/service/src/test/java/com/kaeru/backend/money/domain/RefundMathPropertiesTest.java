package com.kaeru.backend.money.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Properties of the refund math that must hold for every order and every return sequence. */
class RefundMathPropertiesTest {

    @Provide
    Arbitrary<RefundMath.Line> lines() {
        return Combinators.combine(Arbitraries.longs().between(0, 200_000), Arbitraries.integers().between(1, 20),
                Arbitraries.integers().between(0, 100))
                .as((price, qty, discountPercent) -> new RefundMath.Line(price, qty, price * qty * discountPercent / 100));
    }

    @Property
    void allocationAddsUpExactlyAndNeverGoesNegative(@ForAll @LongRange(min = 0, max = 10_000_000) long total,
                                                     @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 1_000_000) Long> weights) {
        long[] parts = Allocation.largestRemainder(total, weights.stream().mapToLong(Long::longValue).toArray());
        assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(total);
        assertThat(java.util.Arrays.stream(parts).min().orElse(0)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void linesNeverReceiveMoreThanTheyCostAndTheOrderAddsUp(
            @ForAll("orders") List<RefundMath.Line> lines, @ForAll @LongRange(min = 0, max = 5_000_000) long orderDiscount) {
        long[] paid = RefundMath.paidPerLine(lines, orderDiscount);
        long net = lines.stream().mapToLong(l -> l.unitPriceMinor() * l.quantity() - l.lineDiscountMinor()).sum();
        assertThat(java.util.Arrays.stream(paid).sum()).isEqualTo(net - Math.min(orderDiscount, net));
        for (int i = 0; i < paid.length; i++) {
            RefundMath.Line l = lines.get(i);
            assertThat(paid[i]).isBetween(0L, l.unitPriceMinor() * l.quantity() - l.lineDiscountMinor());
        }
    }

    @Provide
    Arbitrary<List<RefundMath.Line>> orders() {
        return lines().list().ofMinSize(1).ofMaxSize(10);
    }

    @Property
    void anySequenceOfPartialReturnsRefundsAtMostWhatWasPaid(@ForAll("lines") RefundMath.Line line,
                                                             @ForAll @LongRange(min = 0, max = 100_000) long orderDiscount,
                                                             @ForAll @Size(min = 1, max = 25) List<@IntRange(min = 1, max = 5) Integer> batches,
                                                             @ForAll @IntRange(min = 0, max = 100) int feePercent) {
        long paid = RefundMath.paidPerLine(List.of(line), orderDiscount)[0];
        int returned = 0;
        long refunded = 0;
        List<Long> refunds = new ArrayList<>();
        for (int batch : batches) {
            if (returned + batch > line.quantity()) {
                break;
            }
            long paidForBatch = RefundMath.paidForUnits(paid, line.quantity(), returned, batch);
            long refund = RefundMath.refundAfterFees(paidForBatch, RefundMath.percent(paidForBatch, feePercent));
            assertThat(refund).isBetween(0L, paidForBatch);
            refunds.add(refund);
            refunded += refund;
            returned += batch;
        }
        assertThat(refunded).isLessThanOrEqualTo(paid);
        if (returned == line.quantity() && feePercent == 0) {
            assertThat(refunded).as("returning everything fee-free gives back exactly what was paid").isEqualTo(paid);
        }
    }

    @Property
    void unitsCostTheSameWithinOneMinorUnit(@ForAll @LongRange(min = 0, max = 1_000_000) long paid,
                                            @ForAll @IntRange(min = 1, max = 50) int quantity) {
        long[] units = RefundMath.paidPerUnit(paid, quantity);
        long max = java.util.Arrays.stream(units).max().orElse(0);
        long min = java.util.Arrays.stream(units).min().orElse(0);
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    /** The closed forms give exactly what the general largest-remainder split over equal weights gives. */
    @Property
    void unitSharesInClosedFormEqualTheGeneralSplit(@ForAll @LongRange(min = 0, max = 10_000_000) long paid,
                                                    @ForAll @IntRange(min = 1, max = 600) int quantity,
                                                    @ForAll @IntRange(min = 0, max = 599) int from,
                                                    @ForAll @IntRange(min = 1, max = 600) int count) {
        long[] ones = new long[quantity];
        java.util.Arrays.fill(ones, 1);
        long[] general = Allocation.largestRemainder(paid, ones);
        assertThat(RefundMath.paidPerUnit(paid, quantity)).isEqualTo(general);
        if (from + count <= quantity) {
            long expected = java.util.Arrays.stream(general, from, from + count).sum();
            assertThat(RefundMath.paidForUnits(paid, quantity, from, count)).isEqualTo(expected);
        }
    }

    /** Amounts whose product with a weight exceeds a long still split exactly. */
    @Property
    void hugeProductsStillAddUp(@ForAll @LongRange(min = 1L << 40, max = 1L << 50) long total,
                                @ForAll @Size(min = 1, max = 5) List<@LongRange(min = 1L << 30, max = 1L << 40) Long> weights) {
        long[] parts = Allocation.largestRemainder(total, weights.stream().mapToLong(Long::longValue).toArray());
        assertThat(java.util.Arrays.stream(parts).sum()).isEqualTo(total);
    }
}
