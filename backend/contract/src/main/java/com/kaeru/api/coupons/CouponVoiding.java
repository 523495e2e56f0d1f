package com.kaeru.api.coupons;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a manager withdraws a coupon (kept on the coupon and in the audit trail). */
public final class CouponVoiding {
    @NotBlank
    @Size(max = 500)
    public String reason;

    public CouponVoiding() {
    }

    public CouponVoiding(String reason) {
        this.reason = reason;
    }
}
