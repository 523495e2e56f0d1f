package com.kaeru.backend.demo;

import java.util.List;

import com.kaeru.api.portal.ReturnLineSubmission;
import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderLine;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.returns.application.CancelReturn;
import com.kaeru.backend.returns.application.DecideHeldRefund;
import com.kaeru.backend.returns.application.GradeReturn;
import com.kaeru.backend.returns.application.ReceiveReturn;
import com.kaeru.backend.returns.application.RejectReturn;
import com.kaeru.backend.returns.application.SubmitReturn;
import com.kaeru.backend.returns.domain.Grade;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The moves of a demo return through the real use cases, one transaction per move: each move then
 * gets its own database time, so {@link DemoTimeline} can later put every move of a return at its
 * planned moment (the request in March, the receipt days later, the refund hours after that).
 */
@ApplicationScoped
public class DemoReturns {
    @Inject
    ShopRepository shops;
    @Inject
    OrderRepository orders;
    @Inject
    ReturnRequestRepository returns;
    @Inject
    SubmitReturn submission;
    @Inject
    CancelReturn cancellation;
    @Inject
    RejectReturn rejection;
    @Inject
    ReceiveReturn receipt;
    @Inject
    GradeReturn grading;
    @Inject
    DecideHeldRefund heldRefunds;
    @Inject
    TenantSession tenantSession;
    @Inject
    com.kaeru.backend.refunds.application.RefundService refunds;
    @Inject
    com.kaeru.backend.refunds.domain.RefundedReturns refundedReturns;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    private Shop enter(String slug) {
        Shop shop = shops.findBySlug(slug).orElseThrow();
        tenantSession.bind(shop.id());
        return shop;
    }

    private ReturnRequest request(Shop shop, String rma) {
        return returns.findByRma(shop.id(), rma).orElseThrow();
    }

    /**
     * A whole history return in one transaction (a year of them must load in seconds): request,
     * receipt or cancellation, grade and, above the approval limit, a manager's approval. A marker
     * is taken before each move and paired with the move's planned time; nothing is e-mailed.
     * Columns the database fills with the transaction's time are set from the plan by
     * {@link DemoTimeline} instead. A return the workflow refuses rolls back whole.
     */
    @Transactional
    public DemoTimeline.Retime history(String slug, DemoYear.Order planned, String operator, String manager,
                                       java.time.Duration orderShift) {
        DemoYear.Return r = planned.ret();
        List<java.time.Instant> markers = new java.util.ArrayList<>();
        List<java.time.Instant> targets = new java.util.ArrayList<>();
        markers.add(java.time.Instant.now());
        targets.add(r.requestedAt());
        String rma = submit(slug, planned.number(), r.reason(), r.refundMethod(), r.returnMethod(), r.dropOffPoint(),
                false);
        Shop shop = enter(slug);
        markers.add(java.time.Instant.now());
        targets.add(r.receivedOrCancelledAt());
        if (r.cancelled()) {
            cancellation.cancel(shop, request(shop, rma), "customer", "気が変わったため");
        } else {
            receipt.receive(shop, request(shop, rma), operator);
            markers.add(java.time.Instant.now());
            targets.add(r.refundedAt());
            Long pending = grade(slug, rma, r.grade(), operator, false);
            if (pending != null) {
                // Above the approval limit: graded within hours, paid when a manager approved it.
                targets.set(2, r.receivedOrCancelledAt().plus(java.time.Duration.ofHours(2)));
                markers.add(java.time.Instant.now());
                targets.add(r.refundedAt());
                heldRefunds.approve(shop, request(shop, rma), pending, manager);
                payCardRefunds(shop, rma, manager);
            }
        }
        delivered(shop, rma, true);
        return new DemoTimeline.Retime(rma, orderShift, markers, targets);
    }

    /** The customer asks to return one unit of the order's first line for a refund; returns the RMA. */
    @Transactional
    public String submit(String slug, String orderNumber, String reason, String refundMethod, String returnMethod,
                         String dropOffPoint, boolean quiet) {
        Shop shop = enter(slug);
        CustomerOrder order = orders.findByOrderNumber(shop.id(), orderNumber).orElseThrow();
        OrderLine line = order.lines().stream().filter(l -> l.lineNo() == 1).findFirst().orElseThrow();
        ReturnSubmission submission = new ReturnSubmission(ReturnMethod.valueOf(returnMethod), List.of(
                ReturnLineSubmission.refund(line.id(), 1, reason, RefundMethod.valueOf(refundMethod))));
        submission.dropOffPoint = dropOffPoint;
        String rma = this.submission.submit(shop, order, submission, "customer").rmaNumber();
        delivered(shop, rma, quiet);
        return rma;
    }

    @Transactional
    public void cancel(String slug, String rma, boolean quiet) {
        Shop shop = enter(slug);
        cancellation.cancel(shop, request(shop, rma), "customer", "気が変わったため");
        delivered(shop, rma, quiet);
    }

    @Transactional
    public void reject(String slug, String rma, String manager) {
        Shop shop = enter(slug);
        rejection.reject(shop, request(shop, rma), manager,
                "使用の跡があるため返品をお受けできません / The item shows signs of use");
    }

    @Transactional
    public void receive(String slug, String rma, String operator, boolean quiet) {
        Shop shop = enter(slug);
        receipt.receive(shop, request(shop, rma), operator);
        delivered(shop, rma, quiet);
    }

    /** Grades the unit; returns the id of a refund now waiting for a manager, or {@code null}. */
    @Transactional
    public Long grade(String slug, String rma, Grade grade, String operator, boolean quiet) {
        Shop shop = enter(slug);
        ReturnRequest request = request(shop, rma);
        CustomerOrder order = orders.findById(shop.id(), request.orderId()).orElseThrow();
        grading.grade(shop, order, request, request.lines().get(0).id(), List.of(grade), operator);
        payCardRefunds(shop, rma, operator);
        delivered(shop, rma, quiet);
        List<?> pending = em.createNativeQuery("select id from refund where shop_id = ?1 and return_id = ?2 "
                + "and status = 'PENDING_APPROVAL'").setParameter(1, shop.id()).setParameter(2, request.id()).getResultList();
        return pending.isEmpty() ? null : ((Number) pending.get(0)).longValue();
    }

    @Transactional
    public void approveRefund(String slug, String rma, long refundId, String manager, boolean quiet) {
        Shop shop = enter(slug);
        heldRefunds.approve(shop, request(shop, rma), refundId, manager);
        payCardRefunds(shop, rma, manager);
        delivered(shop, rma, quiet);
    }

    /**
     * The demo's card refunds are paid in the move's transaction, at its (retimed) moment, instead of
     * by the refund worker later: the history's refunds must be ISSUED at their planned times.
     */
    private void payCardRefunds(Shop shop, String rma, String actor) {
        ReturnRequest request = request(shop, rma);
        java.time.Instant now = java.time.Instant.now();
        if (refunds.payQueuedInline(shop.id(), com.kaeru.backend.returns.application.SettleReturn.refunded(request),
                actor, now)) {
            em.flush();
            refundedReturns.refundSettled(shop.id(), request.id(), actor, now);
        }
    }

    /**
     * A year of history must not e-mail its customers at start-up: a quiet move's messages are
     * marked delivered in the move's own transaction, so the outbox worker never sees them pending.
     * (The current demo returns stay loud: the development inbox shows their e-mails, as before.)
     */
    private void delivered(Shop shop, String rma, boolean quiet) {
        if (quiet) {
            // Every consumer's delivery: history is not news for webhooks or reports either.
            em.createNativeQuery("update outbox_delivery d set delivered_at = now() from outbox_event e "
                    + "where e.id = d.event_id and e.shop_id = ?1 and e.aggregate_ref = ?2 and d.delivered_at is null")
                    .setParameter(1, shop.id()).setParameter(2, rma).executeUpdate();
        }
    }
}
