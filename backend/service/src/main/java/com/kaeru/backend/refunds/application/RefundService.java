package com.kaeru.backend.refunds.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.notifications.application.Outbox;
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
 * Pays refunds exactly once per idempotency key. Amounts above the shop's approval limit wait for
 * a manager; everything else goes out at once through the method's provider.
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
     * Requests a refund; pays it unless it needs approval. A repeated key returns the existing
     * refund untouched (retries and races never pay twice).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund request(Shop shop, ReturnRequest request, RefundMethod method, long amountMinor, String key,
                          String actor, Instant now) {
        boolean needsApproval = amountMinor > shop.refundApprovalLimitMinor();
        Optional<Refund> claimed = refunds.claim(shop.id(), request.id(), key, method, amountMinor,
                shop.currency().getCurrencyCode(), needsApproval ? RefundStatus.PENDING_APPROVAL : RefundStatus.REQUESTED,
                actor);
        if (claimed.isEmpty()) {
            return refunds.findByKey(shop.id(), key).orElseThrow();
        }
        Refund refund = claimed.get();
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(),
                needsApproval ? "REFUND_AWAITS_APPROVAL" : "REFUND_REQUESTED", null, refund.status().name(), actor,
                method.name() + " " + amountMinor, now);
        outbox.raise(shop.id(), actor, new com.kaeru.api.events.RefundRequested(request.rmaNumber(), refund.id(),
                method.name(), amountMinor, refund.currency(), needsApproval),
                request.rmaNumber() + ":refund-requested:" + refund.id(), now);
        if (!needsApproval) {
            pay(shop, request, refund, actor, now);
        }
        return refund;
    }

    /** A manager approves a refund above the limit; it is paid at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Refund approve(Shop shop, ReturnRequest request, long refundId, String manager, Instant now) {
        Refund refund = refunds.findById(shop.id(), refundId)
                .filter(r -> r.returnId() == request.id())
                .orElseThrow(() -> new com.kaeru.backend.platform.errors.NotFoundException(
                        "problem.not-found.refund", refundId));
        refund.approve(manager);
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "REFUND_APPROVED",
                RefundStatus.PENDING_APPROVAL.name(), null, manager, "refund " + refundId + " requested by "
                        + refund.requestedBy(), now);
        outbox.raise(shop.id(), manager, new com.kaeru.api.events.RefundApproved(request.rmaNumber(), refund.id(),
                refund.amountMinor(), refund.currency()), request.rmaNumber() + ":refund-approved:" + refund.id(), now);
        pay(shop, request, refund, manager, now);
        return refund;
    }

    private void pay(Shop shop, ReturnRequest request, Refund refund, String actor, Instant now) {
        RefundProvider provider = providers.stream().filter(p -> p.method() == refund.method()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No provider for " + refund.method()));
        String reference = provider.pay(refund, request.customerEmail());
        refund.issued(reference, now);
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "REFUND_ISSUED", null,
                RefundStatus.ISSUED.name(), actor, refund.method() + " " + refund.amountMinor() + " " + reference, now);
        outbox.raise(shop.id(), actor, new com.kaeru.api.events.RefundIssued(request.rmaNumber(),
                new com.kaeru.api.events.Customer(request.customerEmail(), request.customerLanguage()), refund.id(),
                refund.method().name(), refund.amountMinor(), refund.currency(), reference),
                request.rmaNumber() + ":refund:" + refund.id(), now);
    }
}
