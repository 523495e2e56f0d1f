package com.kaeru.backend.coupons.domain;

import java.util.List;
import java.util.Optional;

/** Where coupons live. Every method filters by shop as well as row-level security does. */
public interface CouponRepository {
    /**
     * Stores a new coupon (made by {@link Coupon#issue}), drawing a fresh code on the rare collision.
     * A coupon with an issue key that the shop already has is not stored twice: the existing one is
     * answered instead.
     */
    Coupon add(Coupon fresh);

    Optional<Coupon> find(long shopId, String code);

    Optional<Coupon> findByIssueKey(long shopId, String issueKey);

    /** The coupon with its row locked until the transaction ends: redemptions of one code queue here. */
    Optional<Coupon> lock(long shopId, String code);

    /** A page of coupons, newest first. */
    Page search(long shopId, Filter filter, java.time.Instant now, int page, int size);

    /**
     * What to list: {@code status} ACTIVE means usable now, EXPIRED active but past expiry (both
     * decided against {@code now}); {@code query} matches the start of a code, an e-mail address or
     * an RMA number.
     */
    record Filter(String status, String query) {
    }

    record Page(List<Coupon> items, long total) {
    }
}
