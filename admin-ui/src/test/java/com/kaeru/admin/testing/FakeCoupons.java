package com.kaeru.admin.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.coupons.CouponDto;
import com.kaeru.api.coupons.CouponPageDto;
import com.kaeru.api.coupons.CouponRedemption;
import com.kaeru.api.coupons.CouponRequest;
import com.kaeru.api.coupons.CouponStatus;
import com.kaeru.api.coupons.CouponVoiding;
import com.kaeru.api.coupons.CouponsApi;

/** The coupons API in memory: filters as the backend does, issues with a fixed code sequence, refuses as it does. */
public final class FakeCoupons implements CouponsApi {
    public final List<CouponDto> coupons = new ArrayList<>();
    public final List<CouponRequest> issued = new ArrayList<>();
    private final String username;
    private int next = 2;

    public FakeCoupons(String username) {
        this.username = username;
    }

    @Override
    public CouponPageDto list(String slug, String status, String query, int page, int size) {
        List<CouponDto> matching = coupons.stream()
                .filter(c -> status == null || c.status().name().equals(status))
                .filter(c -> query == null || c.code().replace("-", "").startsWith(query.replace("-", "").toUpperCase(Locale.ROOT))
                        || query.equalsIgnoreCase(c.issuedToEmail()) || query.equalsIgnoreCase(c.rmaNumber()))
                .toList();
        int from = Math.min(matching.size(), page * size);
        return new CouponPageDto(matching.subList(from, Math.min(matching.size(), from + size)), matching.size(), page, size);
    }

    /** The coupon a cancelled backorder adds (both values null: none). */
    public com.kaeru.api.coupons.CouponOfferDto offer = new com.kaeru.api.coupons.CouponOfferDto(null, null, 90);

    @Override
    public com.kaeru.api.coupons.CouponOfferDto cancelledBackorderOffer(String slug) {
        return offer;
    }

    @Override
    public com.kaeru.api.coupons.CouponOfferDto setCancelledBackorderOffer(String slug,
                                                                          com.kaeru.api.coupons.CouponOfferDto wanted) {
        if (wanted.amountMinor != null && wanted.percent != null) {
            throw FakeReturns.problem(422, "A coupon is worth either an amount or a percentage: give exactly one of them.");
        }
        offer = new com.kaeru.api.coupons.CouponOfferDto(wanted.amountMinor, wanted.percent, wanted.validDays);
        return offer;
    }

    @Override
    public CouponDto get(String slug, String code) {
        return coupons.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> FakeReturns.problem(404, "There is no coupon \"" + code + "\" in this shop."));
    }

    @Override
    public CouponDto issue(String slug, CouponRequest request) {
        if ((request.amountMinor == null) == (request.percent == null)) {
            throw FakeReturns.problem(422, "A coupon is worth either an amount or a percentage: give exactly one of them.");
        }
        issued.add(request);
        String code = ("NEWC-ODE" + next++ + "-2345").substring(0, 14);
        CouponDto coupon = new CouponDto(code, request.amountMinor, request.amountMinor == null ? null : "JPY",
                request.percent, request.expiresAt, CouponStatus.ACTIVE, request.issuedToEmail, request.reason,
                request.rmaNumber, username, Instant.parse("2026-12-04T03:00:00Z"), null, null, null, null, null, null);
        coupons.add(0, coupon);
        return coupon;
    }

    @Override
    public CouponDto voidCoupon(String slug, String code, CouponVoiding voiding) {
        CouponDto c = get(slug, code);
        if (c.status() == CouponStatus.REDEEMED) {
            throw FakeReturns.problem(409, "Coupon " + code + " has already been used and cannot be withdrawn.");
        }
        CouponDto voided = new CouponDto(c.code(), c.amountMinor(), c.currency(), c.percent(), c.expiresAt(),
                CouponStatus.VOID, c.issuedToEmail(), c.reason(), c.rmaNumber(), c.issuedBy(), c.issuedAt(), null, null,
                null, Instant.parse("2026-12-04T03:00:00Z"), username, voiding.reason);
        coupons.set(coupons.indexOf(c), voided);
        return voided;
    }

    @Override
    public CouponDto redeem(String slug, String code, String idempotencyKey, CouponRedemption redemption) {
        throw new UnsupportedOperationException("The console never redeems");
    }
}
