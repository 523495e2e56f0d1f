package com.kaeru.backend.coupons.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.kaeru.api.events.CouponIssued;
import com.kaeru.api.events.Customer;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.coupons.domain.Coupon;
import com.kaeru.backend.coupons.domain.CouponRepository;
import com.kaeru.backend.coupons.domain.CouponValue;
import com.kaeru.backend.notifications.application.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Issues a coupon inside the caller's transaction, for a shop the caller has already entered (its
 * tenant bound). Other capabilities use it for the coupons their rules give, e.g. returns when a
 * customer cancels a backordered exchange; managers' manual coupons go through
 * {@link CouponService#issue}. Each issue is in the audit trail as {@code COUPON_ISSUED}.
 */
@ApplicationScoped
public class IssueCoupon {
    static final String AUDIT_TYPE = "COUPON";

    @Inject
    CouponRepository coupons;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    com.kaeru.backend.coupons.domain.CouponOfferRepository offers;
    Clock clock = Clock.systemUTC();

    /**
     * The coupon for a cancelled exchange line: issued once per line ({@code RMA:line:id}), so a
     * repeated cancellation answers the coupon the first one made.
     *
     * @param validFor how long the customer has to use it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Coupon forCancelledExchange(long shopId, String rmaNumber, long lineId, CouponValue value, Duration validFor,
                                       String customerEmail, String language, String reason, String actor) {
        String key = cancelledExchangeKey(rmaNumber, lineId);
        var existing = coupons.findByIssueKey(shopId, key);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        return issue(Coupon.issue(shopId, value, now.plus(validFor),
                new Coupon.Issue(customerEmail, reason, rmaNumber, key), actor, now), language, lineId);
    }

    /** The coupon the shop adds when a customer cancels a backordered exchange, if it offers one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<com.kaeru.backend.coupons.domain.CouponOffer> cancelledExchangeOffer(long shopId) {
        return offers.cancelledBackorder(shopId);
    }

    /** The coupon issued for a cancelled exchange line, if one was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Optional<Coupon> forCancelledExchangeIfIssued(long shopId, String rmaNumber, long lineId) {
        return coupons.findByIssueKey(shopId, cancelledExchangeKey(rmaNumber, lineId));
    }

    static String cancelledExchangeKey(String rmaNumber, long lineId) {
        return rmaNumber + ":line:" + lineId + ":cancelled-exchange";
    }

    /**
     * Stores a coupon made by {@link Coupon#issue}, records who issued it and raises {@code CouponIssued}
     * (the customer's e-mail with the code, when it was issued to an address).
     *
     * @param language the customer's language ({@code ja}/{@code en}) for that e-mail
     * @param lineId   the exchange line whose cancellation gave it, or {@code null}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Coupon issue(Coupon fresh, String language, Long lineId) {
        Coupon stored = coupons.add(fresh);
        // An issue key already used answers the earlier coupon (another code): nothing new to record.
        if (stored.code().equals(fresh.code())) {
            audit.record(stored.shopId(), AUDIT_TYPE, stored.code(), "COUPON_ISSUED", null, stored.status().name(),
                    stored.issuedBy(), stored.reason(), stored.issuedAt());
            CouponValue v = stored.value();
            outbox.raise(stored.shopId(), stored.issuedBy(), new CouponIssued(stored.displayCode(),
                            stored.issuedToEmail() == null ? null
                                    : new Customer(stored.issuedToEmail(), "en".equals(language) ? "en" : "ja"),
                            v.amountMinor(), v.currency(), v.percent(), stored.expiresAt(), stored.reason(),
                            stored.rmaNumber(), lineId),
                    "coupon-issued:" + stored.code(), stored.issuedAt());
        }
        return stored;
    }
}
