package com.kaeru.backend.refunds.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.notifications.application.EmailConsumer;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.refunds.domain.HoldReason;
import com.kaeru.backend.refunds.domain.Payout;
import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundProvider;
import com.kaeru.backend.refunds.domain.RefundRepository;
import com.kaeru.backend.refunds.domain.RefundedReturn;
import com.kaeru.backend.refunds.domain.RefundingShop;
import com.kaeru.backend.refunds.domain.RefundStatus;
import com.kaeru.backend.refunds.domain.RefundMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Requests refunds exactly once per idempotency key; card refunds are paid by the {@link RefundWorker}
 * after the caller commits (docs/refunds.md), store credit and gift codes at once. The shop's approval limit applies to what the
 * whole order pays back (every refund method, every return of the order): above it, every refund
 * of the return waits for a manager. Refunds held for a grade-C decision always wait. Everything
 * else goes out at once through the method's provider.
 */
@ApplicationScoped
public class RefundService {
    @Inject
    RefundRepository refunds;
    @Inject
    Instance<RefundProvider> providers;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    OrderRepository orders;
    @Inject
    jakarta.enterprise.event.Event<RefundDue> due;
    /** Which provider pays "original payment" refunds: {@code simulated} (demo default) or {@code stripe}. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kaeru.refunds.card-provider",
            defaultValue = "simulated")
    String cardProvider;

    /**
     * Requests the return's refunds ({@link Payout#refunds}); pays those that need no approval. A
     * repeat finds the existing refunds by their idempotency keys and returns them untouched, so
     * retries and races never pay twice. Takes the order's row lock: the limit counts what the
     * order's other returns pay, and two returns of one order settled at once must not both miss
     * the other's refunds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Refund> request(RefundingShop shop, RefundedReturn of, Payout payout, String actor, Instant now) {
        return request(shop, of, payout, "", actor, now);
    }

    /**
     * As {@link #request(RefundingShop, RefundedReturn, Payout, String, Instant)} for a payment after
     * the return's own, under keys with {@code keySuffix} (see {@link Payout#refunds}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Refund> request(RefundingShop shop, RefundedReturn of, Payout payout, String keySuffix, String actor,
                                Instant now) {
        orders.lockForChange(shop.shopId(), of.orderId());
        long onOrder = refunds.committedOnOrderExcept(shop.shopId(), of.orderId(), of.returnId()) + payout.total();
        boolean overLimit = onOrder > shop.approvalLimitMinor();
        List<Refund> result = new ArrayList<>();
        for (Refund fresh : payout.refunds(shop.shopId(), of, shop.currency(), overLimit, actor, keySuffix)) {
            result.add(request(shop.shopId(), of, fresh, actor, now));
        }
        return result;
    }

    /**
     * Pays back a collected upgrade difference (docs/payments.md): a card refund of that charge
     * ({@code chargeReference}) under {@code idempotencyKey}, queued for the {@link RefundWorker}, which pays it
     * through the same provider after the caller commits. A repeat, or a caller racing another, gets the refund
     * that exists (the unique key), so the difference is paid back once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund refundCharge(long shopId, RefundedReturn of, String idempotencyKey, long amountMinor, String currency,
                               String chargeReference, String actor, Instant now) {
        return request(shopId, of, Refund.ofCharge(shopId, of.returnId(), idempotencyKey, amountMinor, currency,
                chargeReference, actor), actor, now);
    }

    private Refund request(long shopId, RefundedReturn of, Refund fresh, String actor, Instant now) {
        Optional<Refund> claimed = refunds.claim(fresh);
        if (claimed.isEmpty()) {
            return refunds.findByKey(shopId, fresh.idempotencyKey()).orElseThrow();
        }
        Refund refund = claimed.get();
        HoldReason hold = refund.holdReason();
        audit.record(shopId, AuditTrail.RETURN, of.rmaNumber(),
                hold != null ? "REFUND_AWAITS_APPROVAL" : "REFUND_REQUESTED", null, refund.status().name(), actor,
                refund.method().name() + " " + refund.amountMinor() + (hold == null ? "" : " (" + hold.name() + ")"),
                now);
        outbox.raise(shopId, actor, new com.kaeru.api.events.RefundRequested(of.rmaNumber(), refund.id(),
                refund.method().name(), refund.amountMinor(), refund.currency(), hold != null),
                of.rmaNumber() + ":refund-requested:" + refund.id(), now);
        if (hold == null) {
            payOrQueue(shopId, of, refund, actor, now);
        }
        return refund;
    }

    /**
     * A refund paid by a local provider (store credit, gift code: rows of our own, nothing to stall)
     * is paid here, in the caller's transaction, so "credit written" and "refund ISSUED" are one. A card
     * refund is only queued: the {@link RefundWorker} pays it after the caller commits, outside any
     * transaction, so a slow or failing payment service never stalls or rolls back grading.
     */
    private void payOrQueue(long shopId, RefundedReturn of, Refund refund, String actor, Instant now) {
        if (paidByWorker(refund.method())) {
            refund.queue(now);
            due.fire(new RefundDue(shopId, refund.id()));
        } else {
            issued(shopId, of, refund, provider(refund.method()).pay(refund, of.customerEmail()), actor, now);
        }
    }

    /** Card refunds go through an external payment service, so the worker pays them. */
    static boolean paidByWorker(RefundMethod method) {
        return method == RefundMethod.ORIGINAL_PAYMENT;
    }

    /** A manager approves a held refund; it is paid at once (a card refund: queued for the worker). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund approve(RefundingShop shop, RefundedReturn of, long refundId, String manager, Instant now) {
        Refund refund = held(shop, of, refundId);
        refund.approve(manager);
        audit.record(shop.shopId(), AuditTrail.RETURN, of.rmaNumber(), "REFUND_APPROVED",
                RefundStatus.PENDING_APPROVAL.name(), null, manager, "refund " + refundId + " requested by "
                        + refund.requestedBy(), now);
        outbox.raise(shop.shopId(), manager, new com.kaeru.api.events.RefundApproved(of.rmaNumber(), refund.id(),
                refund.amountMinor(), refund.currency()), of.rmaNumber() + ":refund-approved:" + refund.id(), now);
        payOrQueue(shop.shopId(), of, refund, manager, now);
        return refund;
    }

    /**
     * Staff retry a FAILED refund (docs/refunds.md): requested again with a fresh count of attempts, and
     * the worker pays it after the commit. A requested or issued refund is left as it is (a repeated
     * retry is harmless); one that waits for a manager or was declined is refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund retry(RefundingShop shop, RefundedReturn of, long refundId, String manager, Instant now) {
        Refund refund = held(shop, of, refundId);
        RefundStatus before = refund.status();
        if (before != RefundStatus.FAILED && before != RefundStatus.REQUESTED && before != RefundStatus.ISSUED) {
            throw new com.kaeru.backend.refunds.domain.RefundNotFailedException(refundId, before);
        }
        if (refund.retry(now)) {
            audit.record(shop.shopId(), AuditTrail.RETURN, of.rmaNumber(), "REFUND_RETRIED", before.name(),
                    refund.status().name(), manager, "refund " + refundId + " " + refund.method() + " "
                            + refund.amountMinor() + " after: " + refund.lastError() + "; provider key "
                            + refund.providerKey(), now);
            due.fire(new RefundDue(shop.shopId(), refund.id()));
        }
        return refund;
    }

    /** A manager refuses a held refund: nothing is paid (an empty parcel, damage the customer caused). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund decline(RefundingShop shop, RefundedReturn of, long refundId, String manager, Instant now) {
        Refund refund = held(shop, of, refundId);
        refund.decline(manager);
        audit.record(shop.shopId(), AuditTrail.RETURN, of.rmaNumber(), "REFUND_DECLINED",
                RefundStatus.PENDING_APPROVAL.name(), RefundStatus.DECLINED.name(), manager,
                "refund " + refundId + " " + refund.method() + " " + refund.amountMinor(), now);
        return refund;
    }

    private Refund held(RefundingShop shop, RefundedReturn of, long refundId) {
        return refunds.findById(shop.shopId(), refundId)
                .filter(r -> r.returnId() == of.returnId())
                .orElseThrow(() -> new com.kaeru.backend.platform.errors.NotFoundException(
                        "problem.not-found.refund", refundId));
    }

    /** What staff may see of a refund's reference (a gift code is masked). */
    public String displayReference(Refund refund) {
        if (refund.providerReference() == null) {
            return null;
        }
        return provider(refund.method()).displayReference(refund.providerReference());
    }

    /**
     * Pays the return's queued card refunds now, in the caller's transaction. Only for the demo data,
     * whose year of history is written one return per transaction at planned times; everything else
     * leaves card refunds to the {@link RefundWorker}.
     *
     * @return whether any was paid
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean payQueuedInline(long shopId, RefundedReturn of, String actor, Instant now) {
        boolean paid = false;
        for (Refund refund : refunds.findByReturn(shopId, of.returnId())) {
            if (refund.status() == RefundStatus.REQUESTED && paidByWorker(refund.method())) {
                issued(shopId, of, refund, provider(refund.method()).pay(refund, of.customerEmail()), actor, now);
                paid = true;
            }
        }
        return paid;
    }

    /** Which provider pays refunds of this method (the card provider as configured). */
    RefundProvider provider(RefundMethod method) {
        return providers.stream().filter(p -> p.method() == method)
                .filter(p -> method != RefundMethod.ORIGINAL_PAYMENT || p.name().equals(cardProvider)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No provider for " + method
                        + (method == RefundMethod.ORIGINAL_PAYMENT ? " named " + cardProvider : "")));
    }

    /**
     * Records a refund the provider paid under {@code reference}: ISSUED, the audit trail, and the
     * {@code RefundIssued} event (a gift code's full form only as the customer's e-mail secret).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issued(long shopId, RefundedReturn of, Refund refund, String reference, String actor, Instant now) {
        RefundProvider provider = provider(refund.method());
        // Only the display form is kept; a gift code reaches the customer in the e-mail alone.
        String shown = provider.displayReference(reference);
        refund.issued(shown, now);
        audit.record(shopId, AuditTrail.RETURN, of.rmaNumber(), "REFUND_ISSUED", null,
                RefundStatus.ISSUED.name(), actor, refund.method() + " " + refund.amountMinor() + " " + shown, now);
        var issued = new com.kaeru.api.events.RefundIssued(of.rmaNumber(),
                new com.kaeru.api.events.Customer(of.customerEmail(), of.customerLanguage()), refund.id(),
                refund.method().name(), refund.amountMinor(), refund.currency(), shown);
        String key = of.rmaNumber() + ":refund:" + refund.id();
        if (shown.equals(reference)) {
            outbox.raise(shopId, actor, issued, key, now);
        } else {
            // A gift code is a bearer instrument: the event (webhooks, reports) carries its masked form,
            // the customer's e-mail alone the code itself, dropped once sent.
            outbox.raise(shopId, actor, issued, key, now, EmailConsumer.NAME, reference);
        }
    }
}
