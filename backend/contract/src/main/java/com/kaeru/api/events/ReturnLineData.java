package com.kaeru.api.events;

/**
 * One line of a return request as filed. Amounts are integer minor units of the event's currency.
 *
 * @param lineId               the return line
 * @param orderLineId          the order line it returns
 * @param quantity             units returned
 * @param reasonCode           the shop's return reason code
 * @param resolution           REFUND or EXCHANGE
 * @param refundMethod         for REFUND: how the money goes back; null for EXCHANGE
 * @param exchangeVariantId    for EXCHANGE: the replacement variant; null for REFUND
 * @param policyOutcome        AUTO_APPROVE, NEEDS_REVIEW or EXCHANGE_ONLY
 * @param refundAmountMinor    what the customer gets back (after fees)
 * @param feeMinor             fees kept by the shop
 * @param bonusMinor           exchange bonus given as store credit
 * @param priceDifferenceMinor replacement price minus price paid (negative: credited)
 */
public record ReturnLineData(long lineId, long orderLineId, int quantity, String reasonCode, String resolution,
                             String refundMethod, Long exchangeVariantId, String policyOutcome, long refundAmountMinor,
                             long feeMinor, long bonusMinor, long priceDifferenceMinor) {
}
