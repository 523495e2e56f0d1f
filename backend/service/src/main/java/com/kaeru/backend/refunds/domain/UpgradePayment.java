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
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "failed_at")
    private Instant failedAt;
    @Column(name = "key_generation", nullable = false)
    private int keyGeneration;
    @Column(name = "provider_refused", nullable = false)
    private boolean providerRefused;
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
        p.nextAttemptAt = now;
        return p;
    }

    /** What the provider is asked to do for this attempt. */
    public UpgradeCharge charge(String rmaNumber) {
        return new UpgradeCharge(shopId, returnId, id, rmaNumber, amountMinor, currency, providerKey(), idempotencyKey,
                providerReference);
    }

    /** Is {@code lease} (what a worker's claim set) still this payment's lease. */
    public boolean leasedBy(Instant lease) {
        return status == UpgradePaymentStatus.REQUESTED && leaseUntil != null && leaseUntil.equals(lease);
    }

    /** Charged under {@code reference}. */
    public void paid(String reference, Instant now) {
        requireRequested();
        status = UpgradePaymentStatus.PAID;
        providerReference = reference;
        paidAt = now;
        nextAttemptAt = null;
        leaseUntil = null;
    }

    /**
     * The provider accepted the charge under {@code reference} and still settles it: asked about (by that
     * reference, never charged again) after the backoff; never given up for lack of answers.
     */
    public void pending(String reference, RefundBackoff backoff, Instant now) {
        requireRequested();
        providerReference = reference;
        attempts++;
        leaseUntil = null;
        nextAttemptAt = now.plus(backoff.after(attempts));
    }

    /**
     * Not charged: a passing fault is tried again after {@code backoff}; a refusal, or the last allowed attempt,
     * makes it FAILED. A pending charge is never given up on passing faults (the money may still come in).
     */
    public void notPaid(String error, boolean retryable, RefundBackoff backoff, Instant now) {
        requireRequested();
        attempts++;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        leaseUntil = null;
        boolean giveUp = providerReference == null && backoff.exhausted(attempts);
        if (!retryable || giveUp) {
            status = UpgradePaymentStatus.FAILED;
            providerRefused = !retryable;
            failedAt = now;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(backoff.after(attempts));
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
        attempts = 0;
        nextAttemptAt = now;
        failedAt = null;
        leaseUntil = null;
        if (providerRefused) {
            keyGeneration++;
            providerRefused = false;
            providerReference = null;
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
                || status == UpgradePaymentStatus.REQUESTED && providerReference == null
                && (leaseUntil == null || leaseUntil.isBefore(now));
        if (!open) {
            return false;
        }
        status = UpgradePaymentStatus.CANCELLED;
        nextAttemptAt = null;
        leaseUntil = null;
        return true;
    }

    private void requireRequested() {
        if (status != UpgradePaymentStatus.REQUESTED) {
            throw new IllegalStateException("Upgrade payment " + id + " is not being collected: " + status);
        }
    }

    /** The key the provider receives: {@link Refund#providerKey(String, int)} of the key and the retry generation. */
    public String providerKey() {
        return Refund.providerKey(idempotencyKey, keyGeneration);
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
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant failedAt() {
        return failedAt;
    }

    public int keyGeneration() {
        return keyGeneration;
    }
}
