package com.kaeru.backend.coupons.api;

import com.kaeru.api.coupons.CouponDto;
import com.kaeru.api.coupons.CouponPageDto;
import com.kaeru.api.coupons.CouponRedemption;
import com.kaeru.api.coupons.CouponRequest;
import com.kaeru.api.coupons.CouponVoiding;
import com.kaeru.api.coupons.CouponsApi;
import com.kaeru.backend.coupons.application.CouponService;
import com.kaeru.backend.platform.web.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class CouponsResource implements CouponsApi {
    @Inject
    CouponService coupons;
    @Inject
    RequestBodies bodies;

    @Override
    public CouponPageDto list(String slug, String status, String query, int page, int size) {
        return coupons.list(slug, status, query, page, size);
    }

    @Override
    public com.kaeru.api.coupons.CouponOfferDto cancelledBackorderOffer(String slug) {
        return coupons.cancelledBackorderOffer(slug);
    }

    @Override
    public com.kaeru.api.coupons.CouponOfferDto setCancelledBackorderOffer(String slug,
                                                                          com.kaeru.api.coupons.CouponOfferDto offer) {
        return coupons.setCancelledBackorderOffer(slug, bodies.validated(offer));
    }

    @Override
    public CouponDto get(String slug, String code) {
        return coupons.get(slug, code);
    }

    @Override
    public CouponDto issue(String slug, CouponRequest request) {
        return coupons.issue(slug, bodies.validated(request));
    }

    @Override
    public CouponDto voidCoupon(String slug, String code, CouponVoiding voiding) {
        return coupons.voidCoupon(slug, code, bodies.validated(voiding));
    }

    @Override
    public CouponDto redeem(String slug, String code, String idempotencyKey, CouponRedemption redemption) {
        return coupons.redeem(slug, code, idempotencyKey, bodies.validated(redemption));
    }
}
