package com.kaeru.backend.coupons.domain;

import com.kaeru.backend.platform.errors.InvalidValueException;

/**
 * What a coupon is worth: a fixed amount in minor units of a currency, or a percentage (1 to 100)
 * of the order it is redeemed on. Exactly one of the two.
 */
public record CouponValue(Long amountMinor, String currency, Integer percent) {
    /** The largest fixed amount a coupon may carry (¥1,000,000): a typo guard, not a business limit. */
    public static final long MAX_AMOUNT_MINOR = 1_000_000;

    public CouponValue {
        if ((amountMinor == null) == (percent == null)) {
            throw new InvalidValueException("problem.coupon.value-one-of");
        }
        if (amountMinor != null && (amountMinor <= 0 || amountMinor > MAX_AMOUNT_MINOR)) {
            throw new InvalidValueException("problem.coupon.amount-range", MAX_AMOUNT_MINOR);
        }
        if (amountMinor != null && (currency == null || !currency.matches("[A-Z]{3}"))) {
            throw new IllegalArgumentException("A fixed amount needs an ISO currency, not " + currency);
        }
        if (percent != null && (percent < 1 || percent > 100)) {
            throw new InvalidValueException("problem.coupon.percent-range");
        }
        if (percent != null) {
            currency = null;
        }
    }

    public static CouponValue amount(long amountMinor, String currency) {
        return new CouponValue(amountMinor, currency, null);
    }

    public static CouponValue percent(int percent) {
        return new CouponValue(null, null, percent);
    }

    public boolean isPercent() {
        return percent != null;
    }
}
