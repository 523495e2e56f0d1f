package com.kaeru.backend.returns.domain;

/**
 * What the customer, or staff for them, chose for an exchange line waiting for stock
 * ({@link ExchangeFulfilment#chooseToWait}, {@link ExchangeFulfilment#switchTo},
 * {@link ExchangeFulfilment#cancelForRefund}).
 */
public enum BackorderChoice {
    /** Keep waiting for the promised date (acknowledged: no further offers needed). */
    WAIT,
    /** Another size or colour of the same product, in stock, at the same price. */
    SWITCH,
    /** The units in stock now ship, the rest keep waiting (分納). */
    SPLIT,
    /** No exchange: a refund of what was paid, and the shop's coupon when it offers one. */
    CANCEL_FOR_REFUND
}
