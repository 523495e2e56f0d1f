package com.kaeru.backend.returns.domain;

import com.kaeru.backend.money.domain.RefundMath;

/**
 * The money of one return line, fixed when it is requested — the one place where fees, bonuses
 * and price differences are computed. All amounts are minor units of the shop's currency.
 * <ul>
 * <li>A <b>refund</b> pays what the customer paid for the units, less the return fee and the
 *     restocking fees (fixed plus a percentage of what was paid, rounded half up), never below zero:
 *     {@code refundMinor + feeMinor == paid}.</li>
 * <li>An <b>exchange</b> pays nothing itself; it earns the policy's exchange bonus and, when the new
 *     item's list price times the units is below what was paid, that difference
 *     ({@code priceDifferenceMinor}, negative) back as credit. A new item dearer than the one bought
 *     is refused: Kaeru cannot collect money from the customer. Its return fee ({@code feeMinor},
 *     unless the policy ships exchanges back free) is taken later from what the return pays back
 *     ({@link ReturnSettlement}).</li>
 * </ul>
 *
 * @param refundMinor          what a refund line pays back before grading
 * @param feeMinor             fees deducted from a refund, or owed by an exchange
 * @param bonusMinor           exchange bonus credit
 * @param priceDifferenceMinor exchanges only: negative, what was paid above the new item's price (credit);
 *                             positive, what an upgrade costs the customer
 */
public record LineSettlement(long refundMinor, long feeMinor, long bonusMinor, long priceDifferenceMinor) {
    public LineSettlement {
        if (refundMinor < 0 || feeMinor < 0 || bonusMinor < 0
                || priceDifferenceMinor > 0 && refundMinor > 0) {
            throw new IllegalArgumentException("Not a line settlement: " + refundMinor + "/" + feeMinor + "/"
                    + bonusMinor + "/" + priceDifferenceMinor);
        }
    }

    /** A refund of units for which the customer paid {@code paidMinor}. */
    public static LineSettlement refund(long paidMinor, SettlementTerms terms) {
        long fees = terms.returnFeeMinor() + terms.restockingFeeMinor()
                + RefundMath.percent(paidMinor, terms.restockingFeePercent());
        long refund = RefundMath.refundAfterFees(paidMinor, fees);
        // The fee recorded is what was actually kept: never more than was paid.
        return new LineSettlement(refund, paidMinor - refund, 0, 0);
    }

    /**
     * An exchange of {@code quantity} units of {@code bought} (paid {@code paidMinor} in all, after
     * discounts) for as many of {@code wanted}.
     *
     * When {@code wanted} lists dearer than {@code bought}, the customer pays the list-price difference
     * per unit (the order's discount on the item bought stays theirs; nothing is credited back).
     */
    public static LineSettlement exchange(long paidMinor, int quantity, Priced bought, Priced wanted,
                                          SettlementTerms terms) {
        long bonus = terms.exchangeBonusMinor() + RefundMath.percent(paidMinor, terms.exchangeBonusPercent());
        // At the same or a lower list price the customer keeps the order's discount (nothing to pay);
        // only what they paid above the new item's price comes back, as store credit.
        long difference = wanted.unitPriceMinor() > bought.unitPriceMinor()
                ? Math.multiplyExact(wanted.unitPriceMinor() - bought.unitPriceMinor(), (long) quantity)
                : Math.min(0, Math.multiplyExact(wanted.unitPriceMinor(), (long) quantity) - paidMinor);
        long fee = terms.freeReturnShippingForExchange() ? 0 : terms.returnFeeMinor();
        return new LineSettlement(0, fee, bonus, difference);
    }

    /** What an exchange line credits the customer: its bonus and what they paid above the new item. */
    public long exchangeCreditMinor() {
        return bonusMinor + Math.max(0, -priceDifferenceMinor);
    }

    /** What the customer pays for an upgrade exchange (0 for any other line). */
    public long amountDueMinor() {
        return Math.max(0, priceDifferenceMinor);
    }

    /** A variant with its list price. */
    public record Priced(String sku, long unitPriceMinor) {
    }
}
