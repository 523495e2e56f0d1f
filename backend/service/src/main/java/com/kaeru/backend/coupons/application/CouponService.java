package com.kaeru.backend.coupons.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import com.kaeru.api.coupons.CouponDto;
import com.kaeru.api.coupons.CouponPageDto;
import com.kaeru.api.coupons.CouponRedemption;
import com.kaeru.api.coupons.CouponRequest;
import com.kaeru.api.coupons.CouponStatus;
import com.kaeru.api.coupons.CouponVoiding;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.coupons.domain.Coupon;
import com.kaeru.backend.coupons.domain.CouponCode;
import com.kaeru.backend.coupons.domain.CouponRepository;
import com.kaeru.backend.coupons.domain.CouponValue;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The coupons door for staff and shop systems: everyone in the shop and API keys read
 * (VIEW_SHOP), managers issue and void (ISSUE_COUPONS), shop systems redeem (IMPORT_DATA). A
 * redemption locks the coupon's row, so of two redemptions of one code at once exactly one wins;
 * the other waits, then finds it redeemed (the same order: answered again; another: 409).
 */
@ApplicationScoped
public class CouponService {
    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_IDEMPOTENCY_KEY = 200;

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    CouponRepository coupons;
    @Inject
    IssueCoupon issuing;
    @Inject
    AuditTrail audit;
    Clock clock = Clock.systemUTC();

    @Transactional
    public CouponPageDto list(String slug, String status, String query, int page, int size) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        if (size < 1 || size > MAX_PAGE_SIZE || page < 0) {
            throw new InvalidValueException("problem.coupon.page", MAX_PAGE_SIZE);
        }
        Instant now = clock.instant();
        var result = coupons.search(shop.id(), new CouponRepository.Filter(status(status), query), now, page, size);
        return new CouponPageDto(result.items().stream().map(c -> toDto(c, now)).toList(), result.total(), page, size);
    }

    @Inject
    com.kaeru.backend.coupons.domain.CouponOfferRepository offers;

    /** The coupon a cancelled backorder adds (everyone in the shop may see what customers are offered). */
    @Transactional
    public com.kaeru.api.coupons.CouponOfferDto cancelledBackorderOffer(String slug) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        return offerDto(offers.cancelledBackorder(shop.id()));
    }

    /** Sets or clears that coupon (managers: ISSUE_COUPONS); audited as COUPON_OFFER_CHANGED. */
    @Transactional
    public com.kaeru.api.coupons.CouponOfferDto setCancelledBackorderOffer(String slug,
                                                                          com.kaeru.api.coupons.CouponOfferDto offer) {
        Shop shop = access.enter(slug, Permission.ISSUE_COUPONS);
        var wanted = offer.amountMinor == null && offer.percent == null ? java.util.Optional.<com.kaeru.backend.coupons.domain.CouponOffer>empty()
                : java.util.Optional.of(new com.kaeru.backend.coupons.domain.CouponOffer(offer.percent != null && offer.amountMinor == null
                        ? CouponValue.percent(offer.percent)
                        : new CouponValue(offer.amountMinor, shop.currency().getCurrencyCode(), offer.percent), offer.validDays));
        offers.setCancelledBackorder(shop.id(), wanted, caller.username());
        audit.record(shop.id(), IssueCoupon.AUDIT_TYPE, "offer:cancelled-backorder", "COUPON_OFFER_CHANGED", null, null,
                caller.username(), wanted.map(o -> describe(o.value()) + " for " + o.validDays() + " days").orElse("none"),
                clock.instant());
        return offerDto(wanted);
    }

    private static String describe(CouponValue v) {
        return v.isPercent() ? v.percent() + "%" : v.amountMinor() + " " + v.currency();
    }

    static com.kaeru.api.coupons.CouponOfferDto offerDto(java.util.Optional<com.kaeru.backend.coupons.domain.CouponOffer> offer) {
        return offer.map(o -> new com.kaeru.api.coupons.CouponOfferDto(o.value().amountMinor(), o.value().percent(),
                o.validDays())).orElseGet(() -> new com.kaeru.api.coupons.CouponOfferDto(null, null, 90));
    }

    @Transactional
    public CouponDto get(String slug, String code) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        return toDto(coupons.find(shop.id(), canonical(code)).orElseThrow(() -> notFound(code)), clock.instant());
    }

    @Transactional
    public CouponDto issue(String slug, CouponRequest request) {
        Shop shop = access.enter(slug, Permission.ISSUE_COUPONS);
        Instant now = clock.instant();
        CouponValue value = request.percent != null && request.amountMinor == null ? CouponValue.percent(request.percent)
                : new CouponValue(request.amountMinor, shop.currency().getCurrencyCode(), request.percent);
        Coupon coupon = issuing.issue(Coupon.issue(shop.id(), value, request.expiresAt,
                new Coupon.Issue(request.issuedToEmail, request.reason, request.rmaNumber, null), caller.username(), now),
                shop.defaultLanguage(), null);
        return toDto(coupon, now);
    }

    @Transactional
    public CouponDto voidCoupon(String slug, String code, CouponVoiding voiding) {
        Shop shop = access.enter(slug, Permission.ISSUE_COUPONS);
        Coupon coupon = coupons.lock(shop.id(), canonical(code)).orElseThrow(() -> notFound(code));
        Instant now = clock.instant();
        if (coupon.voidIt(voiding.reason, caller.username(), now)) {
            audit.record(shop.id(), IssueCoupon.AUDIT_TYPE, coupon.code(), "COUPON_VOIDED", "ACTIVE", "VOID",
                    caller.username(), coupon.voidReason(), now);
        }
        return toDto(coupon, now);
    }

    @Transactional
    public CouponDto redeem(String slug, String code, String idempotencyKey, CouponRedemption redemption) {
        Shop shop = access.enter(slug, Permission.IMPORT_DATA);
        if (idempotencyKey != null && idempotencyKey.length() > MAX_IDEMPOTENCY_KEY) {
            throw new InvalidValueException("problem.coupon.idempotency-key-length", MAX_IDEMPOTENCY_KEY);
        }
        Coupon coupon = coupons.lock(shop.id(), canonical(code)).orElseThrow(() -> notFound(code));
        Instant now = clock.instant();
        if (coupon.redeem(redemption.orderReference, idempotencyKey, caller.username(), now)) {
            audit.record(shop.id(), IssueCoupon.AUDIT_TYPE, coupon.code(), "COUPON_REDEEMED", "ACTIVE", "REDEEMED",
                    caller.username(), coupon.orderReference(), now);
        }
        return toDto(coupon, now);
    }

    /** A code that cannot be one (wrong length or characters) is as unknown as one that is not in the shop. */
    private static String canonical(String typed) {
        return CouponCode.normalise(typed).orElseThrow(() -> notFound(typed));
    }

    private static NotFoundException notFound(String typed) {
        return new NotFoundException("problem.not-found.coupon", typed == null ? "" : typed.strip());
    }

    private static String status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CouponStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("problem.coupon.unknown-status", status.strip());
        }
    }

    /** The contract's view of a coupon at {@code now}: an unused coupon past its expiry reads EXPIRED. */
    public static CouponDto toDto(Coupon c, Instant now) {
        CouponStatus status = switch (c.status()) {
            case ACTIVE -> c.isExpiredAt(now) ? CouponStatus.EXPIRED : CouponStatus.ACTIVE;
            case REDEEMED -> CouponStatus.REDEEMED;
            case VOID -> CouponStatus.VOID;
        };
        CouponValue v = c.value();
        return new CouponDto(c.displayCode(), v.amountMinor(), v.currency(), v.percent(), c.expiresAt(), status,
                c.issuedToEmail(), c.reason(), c.rmaNumber(), c.issuedBy(), c.issuedAt(), c.orderReference(),
                c.redeemedAt(), c.redeemedBy(), c.voidedAt(), c.voidedBy(), c.voidReason());
    }
}
