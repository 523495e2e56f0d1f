package com.kaeru.backend.coupons.domain;

import java.util.Optional;

/** The coupon each shop offers for a cancelled backorder (none: no row). */
public interface CouponOfferRepository {
    Optional<CouponOffer> cancelledBackorder(long shopId);

    /** Sets the offer, or removes it when {@code offer} is empty. */
    void setCancelledBackorder(long shopId, Optional<CouponOffer> offer, String actor);
}
