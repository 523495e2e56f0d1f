package com.kaeru.backend.refunds.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.notifications.application.EmailConsumer;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.refunds.domain.HoldReason;
import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundProvider;
import com.kaeru.backend.refunds.domain.RefundRepository;
import com.kaeru.backend.refunds.domain.RefundStatus;
import com.kaeru.backend.returns.domain.RefundMethod;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Pays refunds exactly once per idempotency key. The shop's approval limit applies to what the
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

    /**
     * What one return pays back, per method: {@code payable} may go out at once (unless the limit
     * holds it), {@code held} waits for a manager's decision whatever the amount.
     */
    public record Payout(Map<RefundMethod, Long> payable, Map<RefundMethod, Long> held) {
        long total() {
            return payable.values().stream().mapToLong(Long::longValue).sum()
                    + held.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Requests the return's refunds; pays those that need no approval. Idempotency keys are
     * {@code RMA:METHOD} (and {@code RMA:METHOD:review} for held amounts): a repeat returns the
     * existing refunds untouched, so retries and races never pay twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Refund> request(Shop shop, ReturnRequest request, Payout payout, String actor, Instant now) {
        long onOrder = refunds.committedOnOrderExcept(shop.id(), request.orderId(), request.id()) + payout.total();
        boolean overLimit = onOrder > shop.refundApprovalLimitMinor();
        List<Refund> result = new ArrayList<>();
        payout.payable().forEach((method, amount) -> {
            if (amount > 0) {
                result.add(request(shop, request, method, amount, request.rmaNumber() + ":" + method.name(),
                        overLimit ? HoldReason.LIMIT : null, actor, now));
            }
        });
        payout.held().forEach((method, amount) -> {
            if (amount > 0) {
                result.add(request(shop, request, method, amount, request.rmaNumber() + ":" + method.name() + ":review",
                        HoldReason.GRADE_C, actor, now));
            }
        });
        return result;
    }

    private Refund request(Shop shop, ReturnRequest request, RefundMethod method, long amountMinor, String key,
                           HoldReason hold, String actor, Instant now) {
        Optional<Refund> claimed = refunds.claim(shop.id(), request.id(), key, method, amountMinor,
                shop.currency().getCurrencyCode(), hold != null ? RefundStatus.PENDING_APPROVAL : RefundStatus.REQUESTED,
                hold, actor);
        if (claimed.isEmpty()) {
            return refunds.findByKey(shop.id(), key).orElseThrow();
        }
        Refund refund = claimed.get();
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(),
                hold != null ? "REFUND_AWAITS_APPROVAL" : "REFUND_REQUESTED", null, refund.status().name(), actor,
                method.name() + " " + amountMinor + (hold == null ? "" : " (" + hold.name() + ")"), now);
        outbox.raise(shop.id(), actor, new com.kaeru.api.events.RefundRequested(request.rmaNumber(), refund.id(),
                method.name(), amountMinor, refund.currency(), hold != null),
                request.rmaNumber() + ":refund-requested:" + refund.id(), now);
        if (hold == null) {
            pay(shop, request, refund, actor, now);
        }
        return refund;
    }

    /** A manager approves a held refund; it is paid at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund approve(Shop shop, ReturnRequest request, long refundId, String manager, Instant now) {
        Refund refund = held(shop, request, refundId);
        refund.approve(manager);
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "REFUND_APPROVED",
                RefundStatus.PENDING_APPROVAL.name(), null, manager, "refund " + refundId + " requested by "
                        + refund.requestedBy(), now);
        outbox.raise(shop.id(), manager, new com.kaeru.api.events.RefundApproved(request.rmaNumber(), refund.id(),
                refund.amountMinor(), refund.currency()), request.rmaNumber() + ":refund-approved:" + refund.id(), now);
        pay(shop, request, refund, manager, now);
        return refund;
    }

    /** A manager refuses a held refund: nothing is paid (an empty parcel, damage the customer caused). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund decline(Shop shop, ReturnRequest request, long refundId, String manager, Instant now) {
        Refund refund = held(shop, request, refundId);
        refund.decline(manager);
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "REFUND_DECLINED",
                RefundStatus.PENDING_APPROVAL.name(), RefundStatus.DECLINED.name(), manager,
                "refund " + refundId + " " + refund.method() + " " + refund.amountMinor(), now);
        return refund;
    }

    private Refund held(Shop shop, ReturnRequest request, long refundId) {
        return refunds.findById(shop.id(), refundId)
                .filter(r -> r.returnId() == request.id())
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

    private RefundProvider provider(RefundMethod method) {
        return providers.stream().filter(p -> p.method() == method).findFirst()
                .orElseThrow(() -> new IllegalStateException("No provider for " + method));
    }

    private void pay(Shop shop, ReturnRequest request, Refund refund, String actor, Instant now) {
        RefundProvider provider = provider(refund.method());
        String reference = provider.pay(refund, request.customerEmail());
        // Only the display form is kept; a gift code reaches the customer in the e-mail alone.
        String shown = provider.displayReference(reference);
        refund.issued(shown, now);
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "REFUND_ISSUED", null,
                RefundStatus.ISSUED.name(), actor, refund.method() + " " + refund.amountMinor() + " " + shown, now);
        var issued = new com.kaeru.api.events.RefundIssued(request.rmaNumber(),
                new com.kaeru.api.events.Customer(request.customerEmail(), request.customerLanguage()), refund.id(),
                refund.method().name(), refund.amountMinor(), refund.currency(), shown);
        String key = request.rmaNumber() + ":refund:" + refund.id();
        if (shown.equals(reference)) {
            outbox.raise(shop.id(), actor, issued, key, now);
        } else {
            // A gift code is a bearer instrument: the event (webhooks, reports) carries its masked form,
            // the customer's e-mail alone the code itself, dropped once sent.
            outbox.raise(shop.id(), actor, issued, key, now, EmailConsumer.NAME, reference);
        }
    }
}
