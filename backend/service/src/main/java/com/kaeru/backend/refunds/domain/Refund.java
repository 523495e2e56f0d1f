package com.kaeru.backend.refunds.domain;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One refund of a return. Born here ({@link #request}): the rules of a new refund (a positive
 * amount, waiting for a manager exactly when it is held) live in the domain; the repository only
 * stores it, once per idempotency key ({@link RefundRepository#claim}).
 */
@Entity
@Table(name = "refund")
@Cacheable(false)
public class Refund {
    @Id
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(name = "return_id", nullable = false, updatable = false)
    private long returnId;
    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RefundMethod method;
    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;
    @Column(nullable = false, updatable = false)
    private String currency;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RefundStatus status;
    @Column(name = "provider_reference")
    private String providerReference;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;
    @Column(name = "approved_by")
    private String approvedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "hold_reason", updatable = false)
    private HoldReason holdReason;
    @Column(name = "declined_by")
    private String declinedBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "issued_at")
    private Instant issuedAt;
    // Issue 13, refund worker (V193, V215, docs/refunds.md): retry schedule, claim lease, why it failed, the
    // staff-retry generation of the provider key — the same piece as an upgrade payment's.
    @jakarta.persistence.Embedded
    private ProviderAttempts worker = new ProviderAttempts();
    // V242: the provider's payment this refund pays back, when it is not the order's own (the charge of an
    // upgrade's price difference); null for every other refund.
    @Column(name = "charge_reference", updatable = false)
    private String chargeReference;

    protected Refund() {
    }

    /**
     * A card refund of a collected upgrade difference ({@code chargeReference}: the provider's reference of that
     * charge), paid by the refund worker at once: Kaeru gives back its own charge, so no manager approves it
     * (docs/payments.md).
     */
    public static Refund ofCharge(long shopId, long returnId, String idempotencyKey, long amountMinor, String currency,
                                  String chargeReference, String requestedBy) {
        Refund refund = request(shopId, returnId, idempotencyKey, RefundMethod.ORIGINAL_PAYMENT, amountMinor, currency,
                null, requestedBy);
        refund.chargeReference = java.util.Objects.requireNonNull(chargeReference);
        return refund;
    }

    /** The provider's payment this refund pays back, or {@code null}: the order's own payment. */
    public String chargeReference() {
        return chargeReference;
    }

    /**
     * A new refund of {@code amountMinor} by {@code method}: requested (paid at once) or, when
     * {@code hold} names a reason, pending a manager's approval.
     */
    public static Refund request(long shopId, long returnId, String idempotencyKey, RefundMethod method,
                                 long amountMinor, String currency, HoldReason hold, String requestedBy) {
        if (amountMinor <= 0) {
            throw new IllegalArgumentException("A refund pays a positive amount, not " + amountMinor);
        }
        Refund refund = new Refund();
        refund.shopId = shopId;
        refund.returnId = returnId;
        refund.idempotencyKey = java.util.Objects.requireNonNull(idempotencyKey);
        refund.method = java.util.Objects.requireNonNull(method);
        refund.amountMinor = amountMinor;
        refund.currency = java.util.Objects.requireNonNull(currency);
        refund.holdReason = hold;
        refund.status = hold != null ? RefundStatus.PENDING_APPROVAL : RefundStatus.REQUESTED;
        refund.requestedBy = java.util.Objects.requireNonNull(requestedBy);
        return refund;
    }

    /** Held for a manager who has not decided yet. */
    public boolean awaitsManager() {
        return status == RefundStatus.PENDING_APPROVAL && approvedBy == null;
    }

    /** May the money go out now: requested below the limit, or approved by a manager. */
    public boolean payable() {
        return status == RefundStatus.REQUESTED || status == RefundStatus.PENDING_APPROVAL && approvedBy != null;
    }

    /**
     * With the refund worker: payable, or accepted by the provider and still settling (PROVIDER_PENDING),
     * which the worker asks about again.
     */
    public boolean withWorker() {
        return payable() || status == RefundStatus.PROVIDER_PENDING;
    }

    /** Marks the money as sent. */
    public void issued(String reference, Instant now) {
        if (!withWorker()) {
            throw new IllegalStateException("Refund " + id + " is not payable in state " + status);
        }
        this.status = RefundStatus.ISSUED;
        this.providerReference = reference;
        this.issuedAt = now;
        worker.done();
    }

    /**
     * Hands a payable refund to the refund worker (docs/refunds.md): requested and due at once. An
     * approved held refund becomes requested here; the worker pays it outside the caller's transaction.
     */
    public void queue(Instant now) {
        if (!payable()) {
            throw new IllegalStateException("Refund " + id + " is not payable in state " + status);
        }
        this.status = RefundStatus.REQUESTED;
        worker.dueAt(now);
    }

    /** Is {@code lease} (what a worker's claim set) still this refund's lease: no other worker took it over. */
    public boolean leasedBy(Instant lease) {
        return worker.leasedBy(lease);
    }

    /**
     * The provider did not pay ({@link RefundNotPaidException}): a passing fault schedules the next try
     * after {@code backoff}; a permanent refusal, or a passing fault once the attempts are used up,
     * makes the refund FAILED for staff to check and retry. The claim's lease ends either way.
     */
    public void notPaid(String error, boolean retryable, RefundBackoff backoff, Instant now) {
        if (!withWorker()) {
            throw new IllegalStateException("Refund " + id + " is not payable in state " + status);
        }
        // A pending refund is the provider's to settle: a passing fault while asking about it never ends it
        // FAILED (the money may still go out), only the provider's own "failed" or "canceled" does.
        if (worker.notAnswered(error, retryable, status != RefundStatus.PROVIDER_PENDING, backoff, now)) {
            this.status = RefundStatus.FAILED;
        }
    }

    /**
     * The provider accepted the refund under {@code reference} but still settles it (Stripe's
     * {@code pending}): PROVIDER_PENDING, asked about again after {@code backoff} (30 s, 1 min, ... at
     * most 1 h between questions, never giving up) until it answers succeeded or failed.
     */
    public void providerPending(String reference, RefundBackoff backoff, Instant now) {
        if (!withWorker()) {
            throw new IllegalStateException("Refund " + id + " is not payable in state " + status);
        }
        this.status = RefundStatus.PROVIDER_PENDING;
        this.providerReference = reference;
        worker.pending(backoff, now);
    }

    /**
     * Staff retry a FAILED refund: requested again, due at once, with a fresh count of attempts (the
     * last error stays visible until it is paid). A requested or issued refund is left as it is, so a
     * repeated retry is harmless. When the provider refused it, the retry is a new attempt under a new
     * {@linkplain #providerKey() provider key} (the provider would replay its refusal for the old one);
     * when passing faults used up the attempts, the old key is kept, since the provider may have paid.
     *
     * @return whether the refund changed
     */
    public boolean retry(Instant now) {
        if (status == RefundStatus.REQUESTED || status == RefundStatus.ISSUED) {
            return false;
        }
        if (status != RefundStatus.FAILED) {
            throw new IllegalStateException("Refund " + id + " cannot be retried in state " + status);
        }
        this.status = RefundStatus.REQUESTED;
        worker.retry(now);
        return true;
    }

    /**
     * The idempotency key the provider receives (Stripe's {@code Idempotency-Key}): {@link #providerKey(String, int)}
     * of the refund's key and its staff-retry generation. Every automatic try of one attempt (backoff, a
     * worker that crashed between paying and recording) sends the same one, so the money goes out once.
     */
    public String providerKey() {
        return worker.providerKey(idempotencyKey);
    }

    /** {@code key} for generation 0 (what a refund sent before generations existed), {@code key:r<n>} after. */
    public static String providerKey(String key, int generation) {
        if (generation < 0) {
            throw new IllegalArgumentException("A key generation is not negative: " + generation);
        }
        return generation == 0 ? key : key + ":r" + generation;
    }

    /** How many times staff retried it after a refusal by the provider (each a new provider key). */
    public int keyGeneration() {
        return worker.keyGeneration();
    }

    public int attempts() {
        return worker.attempts();
    }

    public Instant nextAttemptAt() {
        return worker.nextAttemptAt();
    }

    public Instant leaseUntil() {
        return worker.leaseUntil();
    }

    public String lastError() {
        return worker.lastError();
    }

    public Instant failedAt() {
        return worker.failedAt();
    }

    /** A manager's approval; the person who triggered the refund cannot approve it. */
    public void approve(String manager) {
        if (status != RefundStatus.PENDING_APPROVAL || approvedBy != null) {
            throw new RefundNotPendingException(id, status);
        }
        if (manager.equals(requestedBy)) {
            throw new SegregationOfDutiesException(id);
        }
        this.approvedBy = manager;
    }

    /**
     * A manager decides a held refund is not paid (e.g. a grade-C unit that was the customer's
     * doing, or an empty parcel); nothing goes out and the return can complete.
     */
    public void decline(String manager) {
        if (status != RefundStatus.PENDING_APPROVAL || approvedBy != null) {
            throw new RefundNotPendingException(id, status);
        }
        this.status = RefundStatus.DECLINED;
        this.declinedBy = manager;
    }

    /** Nothing more will happen to it: paid or declined. */
    public boolean settled() {
        return status == RefundStatus.ISSUED || status == RefundStatus.DECLINED;
    }

    /** Why it waits for a manager ({@code null} when it did not need one). */
    public HoldReason holdReason() {
        return holdReason;
    }

    public String declinedBy() {
        return declinedBy;
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

    public RefundMethod method() {
        return method;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public String currency() {
        return currency;
    }

    public RefundStatus status() {
        return status;
    }

    public String providerReference() {
        return providerReference;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
