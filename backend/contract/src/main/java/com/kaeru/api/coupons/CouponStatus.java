package com.kaeru.api.coupons;

/**
 * Where a coupon stands: {@code ACTIVE} can be redeemed now, {@code EXPIRED} was never used and its
 * expiry has passed, {@code REDEEMED} was used for an order, {@code VOID} was withdrawn by a manager.
 */
public enum CouponStatus {
    ACTIVE, EXPIRED, REDEEMED, VOID
}
