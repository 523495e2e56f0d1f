package com.kaeru.backend.coupons.domain;

import com.kaeru.backend.platform.errors.InvalidValueException;

/** The coupon exists and was never used, but its time is over (422: the request itself cannot succeed). */
public class CouponExpiredException extends InvalidValueException {
    public CouponExpiredException(String displayCode, java.time.Instant expiredAt) {
        super("problem.coupon.expired", displayCode, expiredAt.toString());
    }
}
