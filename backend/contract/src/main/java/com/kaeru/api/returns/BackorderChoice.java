package com.kaeru.api.returns;

/**
 * What the customer (or staff for them) chooses for a backordered exchange line: keep waiting for
 * the promised date, switch to another size or colour of the same product in stock at the same
 * price, split the shipment (the units in stock now go at once under a line of their own, the rest keep
 * waiting), or cancel
 * the exchange for a refund of what was paid (plus the shop's coupon, when it offers one).
 */
public enum BackorderChoice {
    WAIT, SWITCH, SPLIT, CANCEL_FOR_REFUND
}
