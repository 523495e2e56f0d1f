package com.kaeru.api.coupons;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The order a shop system used the coupon on (its order number or id). */
public final class CouponRedemption {
    @NotBlank
    @Size(max = 100)
    public String orderReference;

    public CouponRedemption() {
    }

    public CouponRedemption(String orderReference) {
        this.orderReference = orderReference;
    }
}
