package com.kaeru.backend.money.domain;

import java.util.List;

/**
 * What a customer actually paid for returned units, and what they get back.
 * <p>
 * Prices are tax-inclusive (as Japanese shops sell), so the tax share is already inside the unit
 * price. A line's payment is its price minus its own discount minus its share of the order-level
 * discount (allocated across lines by their net value). That payment is split across the line's
 * units; units are refunded in order, so any sequence of partial returns of the same line adds up
 * to at most what was paid for it.
 */
public final class RefundMath {
    private RefundMath() {
    }

    /** One order line as the math sees it. */
    public record Line(long unitPriceMinor, int quantity, long lineDiscountMinor) {
        public Line {
            if (quantity <= 0 || unitPriceMinor < 0 || lineDiscountMinor < 0
                    || lineDiscountMinor > unitPriceMinor * quantity) {
                throw new IllegalArgumentException("Not a valid order line");
            }
        }

        long net() {
            return unitPriceMinor * quantity - lineDiscountMinor;
        }
    }

    /** What was paid for each line, after its share of the order discount. */
    public static long[] paidPerLine(List<Line> lines, long orderDiscountMinor) {
        long[] nets = lines.stream().mapToLong(Line::net).toArray();
        long totalNet = java.util.Arrays.stream(nets).sum();
        long discount = Math.min(orderDiscountMinor, totalNet);
        long[] shares = Allocation.largestRemainder(discount, nets);
        long[] paid = new long[nets.length];
        for (int i = 0; i < nets.length; i++) {
            paid[i] = nets[i] - shares[i];
        }
        return paid;
    }

    /**
     * What was paid for each unit of a line whose total payment is {@code paid}: the largest-remainder
     * split over equal weights, in closed form (every unit {@code paid / quantity}, the first
     * {@code paid % quantity} units one minor unit more), so a line of 500 units costs no sort.
     */
    public static long[] paidPerUnit(long paid, int quantity) {
        if (paid < 0) {
            throw new IllegalArgumentException("Cannot allocate a negative amount");
        }
        long[] units = new long[quantity];
        if (quantity == 0) {
            return units;
        }
        long base = paid / quantity;
        long extra = paid % quantity;
        for (int i = 0; i < quantity; i++) {
            units[i] = i < extra ? base + 1 : base;
        }
        return units;
    }

    /**
     * Paid for units {@code alreadyReturned .. alreadyReturned + quantity - 1} of a line: the sum of
     * those units of {@link #paidPerUnit}, computed without listing the units.
     *
     * @throws IllegalArgumentException when more units would be returned than were bought
     */
    public static long paidForUnits(long linePaid, int lineQuantity, int alreadyReturned, int quantity) {
        if (quantity <= 0 || alreadyReturned < 0 || alreadyReturned + quantity > lineQuantity) {
            throw new IllegalArgumentException("Cannot return " + quantity + " more of " + lineQuantity
                    + " unit(s) when " + alreadyReturned + " are already returned");
        }
        if (linePaid < 0) {
            throw new IllegalArgumentException("Cannot allocate a negative amount");
        }
        long base = linePaid / lineQuantity;
        long extra = linePaid % lineQuantity;
        long unitsWithExtra = Math.max(0, Math.min(alreadyReturned + quantity, extra) - alreadyReturned);
        return base * quantity + unitsWithExtra;
    }

    /** A percentage of an amount, rounded half up, in minor units. */
    public static long percent(long amountMinor, int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("Percent must be 0–100");
        }
        return (amountMinor * percent + 50) / 100;
    }

    /** Refund after fees, never below zero and never above what was paid. */
    public static long refundAfterFees(long paidMinor, long feesMinor) {
        return Math.max(0, paidMinor - Math.max(0, feesMinor));
    }
}
