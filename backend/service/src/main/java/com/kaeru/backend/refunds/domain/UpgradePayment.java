package com.kaeru.backend.refunds.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The price difference of a return's upgrade exchanges, collected from the customer's card before the
 * replacement ships (docs/payments.md). One per return (key {@code RMA:UPGRADE}). The payment worker charges it
 * as refunds are paid: claimed under a lease, charged with no transaction open under {@link #providerKey()}
 * (the provider's idempotency key, so a crash between "charged" and "recorded" never charges twice), recorded
 * if the lease is still the claim's. Passing faults are retried with {@link RefundBackoff}; a refusal, or the
 * last allowed attempt, makes it FAILED for staff to retry; a staff retry after a refusal is a new attempt
 * under a new key, as for refunds ({@link Refund#providerKey(String, int)}).
 */
@Entity
@Table(name = "upgrade_payment")
@Cacheable(false)
public class UpgradePayment {
    @Id
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(name = "return_id", nullable = false, updatable = false)
    private long returnId;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;
    @Column(nullable = false, updatable = false)
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UpgradePaymentStatus status;
    @Column(name = "provider_reference")
    private String providerReference;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;
    @Column(name = "created_at", nullable = false, updatable = false, insertable = false)
    private Instant createdAt;
    @Column(name = "paid_at")
    private Instant paidAt;
    // The worker's count and clock, the claim's lease and the key generation: the same piece as a refund's.
    @jakarta.persistence.Embedded
    private ProviderAttempts worker = new ProviderAttempts();
    // V242: the refund that paid the collected difference back (the return was cancelled or rejected later).
    @Column(name = "refund_id")
    private Long refundId;
    @Version
    private long version;

    protected UpgradePayment() {
    }

    /** The key of a return's upgrade payment. */
    public static String keyOf(String rmaNumber) {
        return rmaNumber + ":UPGRADE";
    }

    /** A new collection of {@code amountMinor}, due at once. */
    public static UpgradePayment request(long shopId, long returnId, String rmaNumber, long amountMinor,
                                         String currency, String requestedBy, Instant now) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("An upgrade payment collects a positive amount, not " + amountMinor);
        }
        UpgradePayment p = new UpgradePayment();
        p.shopId = shopId;
        p.returnId = returnId;
        p.idempotencyKey = keyOf(Objects.requireNonNull(rmaNumber));
        p.amountMinor = amountMinor;
        p.currency = Objects.requireNonNull(currency);
        p.requestedBy = Objects.requireNonNull(requestedBy);
        p.status = UpgradePaymentStatus.REQUESTED;
        p.worker.dueAt(now);
        return p;
    }

    /** What the provider is asked to do for this attempt. */
    public UpgradeCharge charge(String rmaNumber) {
        return new UpgradeCharge(shopId, returnId, id, rmaNumber, amountMinor, currency, providerKey(), idempotencyKey,
                providerReference);
    }

    /** Is {@code lease} (what a worker's claim set) still this payment's lease. */
    public boolean leasedBy(Instant lease) {
        return status == UpgradePaymentStatus.REQUESTED && worker.leasedBy(lease);
    }

    /** Charged under {@code reference}. */
    public void paid(String reference, Instant now) {
        requireRequested();
        status = UpgradePaymentStatus.PAID;
        providerReference = reference;
        paidAt = now;
        worker.done();
    }

    /**
     * The provider accepted the charge under {@code reference} and still settles it: asked about (by that
     * reference, never charged again) after the backoff; never given up for lack of answers.
     */
    public void pending(String reference, RefundBackoff backoff, Instant now) {
        requireRequested();
        providerReference = reference;
        worker.pending(backoff, now);
    }

    /**
     * Not charged: a passing fault is tried again after {@code backoff}; a refusal, or the last allowed attempt,
     * makes it FAILED. A pending charge is never given up on passing faults (the money may still come in).
     */
    public void notPaid(String error, boolean retryable, RefundBackoff backoff, Instant now) {
        requireRequested();
        if (worker.notAnswered(error, retryable, providerReference == null, backoff, now)) {
            status = UpgradePaymentStatus.FAILED;
        }
    }

    /**
     * Staff retry a FAILED collection (or the customer agreed to be charged again): due at once. After the
     * provider's refusal it is a new attempt under a new key (the provider would replay the refusal to the old
     * one) and forgets the refused charge's reference; after used-up passing faults the key is kept, since the
     * provider may have charged. A requested or paid payment is left as it is.
     *
     * @return whether it changed
     */
    public boolean retry(Instant now) {
        if (status == UpgradePaymentStatus.REQUESTED || status == UpgradePaymentStatus.PAID) {
            return false;
        }
        if (status != UpgradePaymentStatus.FAILED) {
            throw new IllegalStateException("Upgrade payment " + id + " cannot be retried in state " + status);
        }
        status = UpgradePaymentStatus.REQUESTED;
        if (worker.retry(now)) {
            providerReference = null; // the refused charge is not asked about again
        }
        return true;
    }

    /**
     * The return was cancelled or rejected: a payment not charged yet is cancelled.
     *
     * @return whether it was (false when already paid, cancelled, or being charged right now under a lease)
     */
    public boolean cancel(Instant now) {
        boolean open = status == UpgradePaymentStatus.FAILED
                || status == UpgradePaymentStatus.REQUESTED && providerReference == null && !worker.leasedAt(now);
        if (!open) {
            return false;
        }
        status = UpgradePaymentStatus.CANCELLED;
        worker.done();
        return true;
    }

    /** The key of the refund that pays a collected difference back ({@code RMA:UPGRADE-REFUND}). */
    public String refundKey() {
        return idempotencyKey + "-REFUND";
    }

    /** Collected and not paid back yet: what a return that will not ship its replacements gives back. */
    public boolean refundable() {
        return status == UpgradePaymentStatus.PAID && refundId == null;
    }

    /** The collected difference is paid back by refund {@code id}. */
    public void refundedBy(long id) {
        if (!refundable()) {
            throw new IllegalStateException("Upgrade payment " + this.id + " has nothing to pay back: " + status
                    + (refundId == null ? "" : ", refund " + refundId));
        }
        refundId = id;
    }

    /** The refund that paid the collected difference back, or {@code null}. */
    public Long refundId() {
        return refundId;
    }

    /** The provider's word for the last failure: the part of {@link #lastError()} before its first colon. */
    public String errorCode() {
        String error = worker.lastError();
        if (error == null) {
            return null;
        }
        int colon = error.indexOf(':');
        return colon < 0 ? error.strip() : error.substring(0, colon).strip();
    }

    private void requireRequested() {
        if (status != UpgradePaymentStatus.REQUESTED) {
            throw new IllegalStateException("Upgrade payment " + id + " is not being collected: " + status);
        }
    }

    /** The key the provider receives: {@link Refund#providerKey(String, int)} of the key and the retry generation. */
    public String providerKey() {
        return worker.providerKey(idempotencyKey);
    }

    public Long id() {
        return id;
    }

    public long shopId() {
        return shopId;
    }

    public long returnId() {
        return returnId;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public String currency() {
        return currency;
    }

    public UpgradePaymentStatus status() {
        return status;
    }

    public String providerReference() {
        return providerReference;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant paidAt() {
        return paidAt;
    }

    public int attempts() {
        return worker.attempts();
    }

    public Instant nextAttemptAt() {
        return worker.nextAttemptAt();
    }

    public String lastError() {
        return worker.lastError();
    }

    public Instant failedAt() {
        return worker.failedAt();
    }

    public int keyGeneration() {
        return worker.keyGeneration();
    }
}
