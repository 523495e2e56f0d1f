package com.kaeru.backend.coupons.domain;

import java.time.Duration;

import com.kaeru.backend.platform.errors.InvalidValueException;

/**
 * A coupon a shop gives automatically for some cause — today one: a customer cancelled a
 * backordered exchange for a refund. Worth {@code value}, valid {@code validDays} days from issue.
 */
public record CouponOffer(CouponValue value, int validDays) {
    public CouponOffer {
        java.util.Objects.requireNonNull(value);
        if (validDays < 1 || validDays > Coupon.MAX_VALID_DAYS) {
            throw new InvalidValueException("problem.coupon.expiry-too-far", Coupon.MAX_VALID_DAYS);
        }
    }

    public Duration validFor() {
        return Duration.ofDays(validDays);
    }
}
