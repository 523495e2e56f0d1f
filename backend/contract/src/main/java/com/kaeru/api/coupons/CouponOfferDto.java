package com.kaeru.api.coupons;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

/**
 * The coupon a shop adds when a customer cancels a backordered exchange for a refund: exactly one
 * of {@code amountMinor} (shop currency) and {@code percent}, valid {@code validDays} days from
 * issue; both null: no coupon is offered.
 */
public final class CouponOfferDto {
    @Positive
    public Long amountMinor;

    @Min(1)
    @Max(100)
    public Integer percent;

    @Min(1)
    @Max(1096)
    public int validDays = 90;

    public CouponOfferDto() {
    }

    public CouponOfferDto(Long amountMinor, Integer percent, int validDays) {
        this.amountMinor = amountMinor;
        this.percent = percent;
        this.validDays = validDays;
    }
}
