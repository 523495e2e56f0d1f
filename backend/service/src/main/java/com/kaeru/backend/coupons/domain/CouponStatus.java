package com.kaeru.backend.coupons.domain;

/** What is stored: a coupon is active until it is redeemed or voided. Expiry is a matter of time, not a move. */
public enum CouponStatus {
    ACTIVE, REDEEMED, VOID
}
