package com.kaeru.backend.coupons.domain;

import java.time.Instant;
import java.util.Objects;

import com.kaeru.backend.platform.errors.InvalidValueException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use coupon of one shop. Born by {@link #issue}; its only moves are {@link #redeem}
 * (once, for one order; repeating the same redemption changes nothing) and {@link #voidIt} (a
 * manager withdraws an unused coupon). Expiry is not a move: an active coupon past
 * {@code expiresAt} simply cannot be redeemed.
 */
@Entity
@Table(name = "coupon")
@Cacheable(false)
public class Coupon {
    /** Longest validity a coupon may be given: a guard against typos in the year. */
    public static final int MAX_VALID_DAYS = 3 * 366;

    @Id
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(nullable = false, updatable = false)
    private String code;
    @Column(name = "amount_minor", updatable = false)
    private Long amountMinor;
    @Column(updatable = false)
    private String currency;
    @Column(updatable = false)
    private Integer percent;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CouponStatus status;
    @Column(name = "issued_to_email", updatable = false)
    private String issuedToEmail;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "rma_number", updatable = false)
    private String rmaNumber;
    @Column(name = "issue_key", updatable = false)
    private String issueKey;
    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy;
    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;
    @Column(name = "redeemed_at")
    private Instant redeemedAt;
    @Column(name = "redeemed_by")
    private String redeemedBy;
    @Column(name = "order_reference")
    private String orderReference;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Column(name = "voided_by")
    private String voidedBy;
    @Column(name = "void_reason")
    private String voidReason;

    protected Coupon() {
    }

    /** Who a coupon is for and why: the customer's e-mail and the return it came from are optional. */
    public record Issue(String issuedToEmail, String reason, String rmaNumber, String issueKey) {
        public Issue {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("A coupon is issued for a reason");
            }
        }
    }

    /**
     * A new active coupon with a fresh random code, valid until {@code expiresAt} (after {@code now},
     * at most {@link #MAX_VALID_DAYS} days ahead).
     */
    public static Coupon issue(long shopId, CouponValue value, Instant expiresAt, Issue issue, String issuedBy,
                               Instant now) {
        Objects.requireNonNull(value);
        if (!expiresAt.isAfter(now)) {
            throw new InvalidValueException("problem.coupon.expiry-past");
        }
        if (expiresAt.isAfter(now.plus(java.time.Duration.ofDays(MAX_VALID_DAYS)))) {
            throw new InvalidValueException("problem.coupon.expiry-too-far", MAX_VALID_DAYS);
        }
        Coupon coupon = new Coupon();
        coupon.shopId = shopId;
        coupon.code = CouponCode.generate();
        coupon.amountMinor = value.amountMinor();
        coupon.currency = value.currency();
        coupon.percent = value.percent();
        coupon.expiresAt = expiresAt;
        coupon.status = CouponStatus.ACTIVE;
        coupon.issuedToEmail = blankToNull(issue.issuedToEmail());
        coupon.reason = issue.reason().strip();
        coupon.rmaNumber = blankToNull(issue.rmaNumber());
        coupon.issueKey = blankToNull(issue.issueKey());
        coupon.issuedBy = Objects.requireNonNull(issuedBy);
        coupon.issuedAt = now;
        return coupon;
    }

    /** The same coupon with another random code, for the rare collision with an existing code. */
    public Coupon withFreshCode() {
        if (id != null) {
            throw new IllegalStateException("A stored coupon keeps its code");
        }
        code = CouponCode.generate();
        return this;
    }

    /**
     * Redeems the coupon for an order. Repeating the redemption that already happened (same order
     * reference, and the same idempotency key when both carry one) changes nothing and answers
     * {@code false}; anything else on a used or voided coupon is a conflict, and an expired one is
     * refused.
     *
     * @return whether this call redeemed the coupon
     */
    public boolean redeem(String orderReference, String requestKey, String actor, Instant now) {
        String order = Objects.requireNonNull(orderReference).strip();
        String key = blankToNull(requestKey);
        if (status == CouponStatus.REDEEMED) {
            boolean sameOrder = order.equals(this.orderReference);
            boolean keyAgrees = key == null || idempotencyKey == null || key.equals(idempotencyKey);
            if (sameOrder && keyAgrees) {
                return false;
            }
            throw new CouponConflictException(key != null && key.equals(idempotencyKey)
                    ? "problem.coupon.idempotency-key-reused" : "problem.coupon.already-redeemed", displayCode());
        }
        if (status == CouponStatus.VOID) {
            throw new CouponConflictException("problem.coupon.voided", displayCode());
        }
        if (isExpiredAt(now)) {
            throw new CouponExpiredException(displayCode(), expiresAt);
        }
        status = CouponStatus.REDEEMED;
        this.orderReference = order;
        this.idempotencyKey = key;
        redeemedBy = Objects.requireNonNull(actor);
        redeemedAt = now;
        return true;
    }

    /** Withdraws an unused coupon (also an expired one, to tidy the list). Voiding twice changes nothing. */
    public boolean voidIt(String reason, String actor, Instant now) {
        if (status == CouponStatus.VOID) {
            return false;
        }
        if (status == CouponStatus.REDEEMED) {
            throw new CouponConflictException("problem.coupon.void-redeemed", displayCode());
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Voiding needs a reason");
        }
        status = CouponStatus.VOID;
        voidReason = reason.strip();
        voidedBy = Objects.requireNonNull(actor);
        voidedAt = now;
        return true;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public long shopId() {
        return shopId;
    }

    /** The canonical code (no hyphens). */
    public String code() {
        return code;
    }

    public String displayCode() {
        return CouponCode.display(code);
    }

    public CouponValue value() {
        return new CouponValue(amountMinor, currency, percent);
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public CouponStatus status() {
        return status;
    }

    public String issuedToEmail() {
        return issuedToEmail;
    }

    public String reason() {
        return reason;
    }

    public String rmaNumber() {
        return rmaNumber;
    }

    public String issueKey() {
        return issueKey;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant redeemedAt() {
        return redeemedAt;
    }

    public String redeemedBy() {
        return redeemedBy;
    }

    public String orderReference() {
        return orderReference;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    public String voidedBy() {
        return voidedBy;
    }

    public String voidReason() {
        return voidReason;
    }
}
