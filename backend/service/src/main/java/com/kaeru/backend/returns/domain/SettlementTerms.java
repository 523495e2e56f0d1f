package com.kaeru.backend.returns.domain;

/**
 * The money terms the policy set for one line when it was requested (a copy: a later policy change
 * never changes a filed return).
 *
 * @param returnFeeMinor                fixed return-shipping fee (refunds; exchanges too unless they ship back free)
 * @param restockingFeeMinor            fixed restocking fee (refunds)
 * @param restockingFeePercent          restocking fee in percent of what was paid (refunds)
 * @param exchangeBonusMinor            fixed bonus credit for choosing an exchange
 * @param exchangeBonusPercent          bonus in percent of what was paid, for choosing an exchange
 * @param freeReturnShippingForExchange exchanges pay no return fee
 */
public record SettlementTerms(long returnFeeMinor, long restockingFeeMinor, int restockingFeePercent,
                              long exchangeBonusMinor, int exchangeBonusPercent,
                              boolean freeReturnShippingForExchange) {
    public static final SettlementTerms NONE = new SettlementTerms(0, 0, 0, 0, 0, true);

    public SettlementTerms {
        if (returnFeeMinor < 0 || restockingFeeMinor < 0 || exchangeBonusMinor < 0
                || restockingFeePercent < 0 || restockingFeePercent > 100
                || exchangeBonusPercent < 0 || exchangeBonusPercent > 100) {
            throw new IllegalArgumentException("Fees and bonuses are never negative, percentages 0-100");
        }
    }
}
