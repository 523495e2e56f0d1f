package com.kaeru.backend.coupons.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** The coupon's state does not allow it (409): redeemed for another order, voided, already redeemed when voiding. */
public class CouponConflictException extends KaeruException {
    public CouponConflictException(String messageKey, Object... arguments) {
        super(Refusal.CONFLICT, messageKey, arguments);
    }
}
