package com.kaeru.api.insights;

/**
 * Exchange versus refund for lines resolved (refund issued or exchange shipped) in the period.
 *
 * @param refundUnits           units resolved by a refund (any method)
 * @param exchangeUnits         units resolved by an exchange
 * @param refundedOriginal      money refunded to the original payment, minor units
 * @param storeCredit           money refunded as store credit or gift code, minor units
 * @param exchangeValue         value of the exchanged lines at their order price, minor units
 * @param retainedRevenue       {@code exchangeValue + storeCredit}
 * @param retainedRatio         {@code retainedRevenue ÷ (retainedRevenue + refundedOriginal) × 100}
 */
public record ResolutionMixDto(long refundUnits, long exchangeUnits, long refundedOriginal, long storeCredit,
                               long exchangeValue, long retainedRevenue, Double retainedRatio) {
}
