package com.kaeru.backend.returns.application;

import com.kaeru.backend.platform.vocabulary.Vocabulary;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.api.portal.ReturnLineSubmission;
import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.StockRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.money.domain.RefundMath;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.policy.domain.PolicyDecision;
import com.kaeru.backend.platform.persistence.Constraints;
import com.kaeru.backend.policy.domain.PolicyOutcome;
import com.kaeru.backend.refunds.application.RefundService;
import com.kaeru.backend.refunds.domain.RefundRepository;
import com.kaeru.backend.returns.domain.DropOffPoint;
import com.kaeru.backend.returns.domain.Grade;
import com.kaeru.backend.returns.domain.PickupSlot;
import com.kaeru.backend.returns.domain.PostalAddress;
import com.kaeru.backend.returns.domain.RefundMethod;
import com.kaeru.backend.returns.domain.Resolution;
import com.kaeru.backend.returns.domain.ReturnLine;
import com.kaeru.backend.returns.domain.ReturnLogistics;
import com.kaeru.backend.returns.domain.ReturnMethod;
import com.kaeru.backend.returns.domain.ReturnReasonRepository;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.returns.domain.ReturnRuleViolation;
import com.kaeru.backend.returns.domain.ReturnStatus;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The returns workflow shared by the portal and the console. Every method runs inside the
 * caller's transaction, already bound to the shop; it changes the aggregate, moves stock and
 * money, and writes the audit trail and the outbox in that same transaction.
 */
@ApplicationScoped
public class ReturnWorkflow {
    @Inject
    ReturnRequestRepository returns;
    @Inject
    ReturnAssessment assessment;
    @Inject
    ReturnReasonRepository reasons;
    @Inject
    CatalogRepository catalog;
    @Inject
    StockRepository stock;
    @Inject
    RefundService refundService;
    @Inject
    RefundRepository refunds;
    @Inject
    RmaNumbers rmaNumbers;
    @Inject
    com.kaeru.backend.orders.domain.OrderRepository orders;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    ReturnPhotos photos;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Validates the customer's request line by line against the order and the policy, then files it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReturnRequest submit(Shop shop, CustomerOrder order, ReturnSubmission submission, String actor) {
        Instant now = clock.instant();
        // One submission per order at a time: the units still returnable are read below and must
        // not change until this one commits (else concurrent requests each see the last unit free).
        orders.lockForChange(shop.id(), order.id());
        ReturnAssessment.Assessed assessed = assessment.assess(shop, order, now);
        Map<Long, Integer> inThisRequest = new HashMap<>();
        List<ReturnLine.Spec> specs = new ArrayList<>();
        List<PolicyDecision> decisions = new ArrayList<>();
        for (ReturnLineSubmission line : submission.lines) {
            ReturnAssessment.LineAssessment a = assessed.line(line.orderLineId);
            if (a == null) {
                throw new ReturnRuleViolation("problem.return.not-on-order", line.orderLineId, order.orderNumber());
            }
            int before = inThisRequest.getOrDefault(line.orderLineId, 0);
            if (line.quantity > a.returnable() - before) {
                throw new ReturnRuleViolation("problem.return.too-many-units", a.variant().sku(), a.returnable());
            }
            inThisRequest.put(line.orderLineId, before + line.quantity);
            if (!reasons.exists(shop.id(), line.reasonCode)) {
                throw new ReturnRuleViolation("problem.return.unknown-reason", line.reasonCode);
            }
            Resolution resolution = Vocabulary.as(line.resolution, Resolution.class);
            PolicyDecision decision = assessment.decide(shop, order, assessed, a, line.quantity, line.reasonCode, now);
            String language = order.customer().language();
            if (decision.outcome() == PolicyOutcome.REJECT) {
                throw new ReturnRuleViolation("problem.return.rejected-by-policy", a.variant().sku(),
                        decision.message(language) == null ? decision.ruleName() : decision.message(language));
            }
            if (resolution == Resolution.REFUND && !decision.allowsRefund()) {
                throw new ReturnRuleViolation("problem.return.exchange-only", a.variant().sku());
            }
            long paid = a.paidForUnits(a.alreadyRequested() + before, line.quantity);
            specs.add(spec(shop, a, line, resolution, decision, paid));
            decisions.add(decision);
        }
        requireExchangeFeesCovered(shop, order.customer().language(), specs);
        String rma = rmaNumbers.next(shop.id());
        ReturnLogistics logistics = logistics(shop, order, submission,
                specs.stream().anyMatch(spec -> spec.resolution() == Resolution.EXCHANGE), now);
        ReturnRequest request = new ReturnRequest(shop.id(), rma, order.id(), order.customer().email(),
                order.customer().language(), logistics, specs, actor, now);
        saveNew(request);
        boolean allApproved = decisions.stream().allMatch(d -> d.outcome() == PolicyOutcome.AUTO_APPROVE
                || d.outcome() == PolicyOutcome.EXCHANGE_ONLY);
        request.applyPolicy(allApproved, "policy", now);
        if (allApproved) {
            afterApproval(shop, request, "policy", now);
        }
        recordChanges(shop, request);
        returns.save(request);
        return request;
    }

    /**
     * Files the new request. The database refuses units beyond the ordered quantity
     * (order_line_units_in_returns_check, V83); every path here checks first under the order's
     * lock, so this answer is for a writer that did not, never a 500.
     */
    private void saveNew(ReturnRequest request) {
        try {
            returns.save(request);
        } catch (jakarta.persistence.PersistenceException e) {
            if (Constraints.violated(e, "order_line_units_in_returns_check")) {
                throw new ReturnRuleViolation("problem.return.units-taken");
            }
            throw e;
        }
    }

    /**
     * Exchange fees (the policy's return fee when its exchanges do not ship back free) are taken
     * from what the same return pays back: the exchange's own credit (bonus, cheaper item), then
     * the refunds. Kaeru cannot charge the customer, so a return whose exchange fees exceed what
     * it pays back is refused at submission rather than charged nothing.
     */
    private static void requireExchangeFeesCovered(Shop shop, String language, List<ReturnLine.Spec> specs) {
        long fees = 0;
        long paysBack = 0;
        for (ReturnLine.Spec spec : specs) {
            if (spec.resolution() == Resolution.EXCHANGE) {
                fees += spec.feeMinor();
                paysBack += spec.bonusMinor() + Math.max(0, -spec.priceDifferenceMinor());
            } else {
                paysBack += spec.refundAmountMinor();
            }
        }
        if (fees > paysBack) {
            throw new ReturnRuleViolation("problem.return.exchange-fee-uncovered",
                    com.kaeru.backend.money.domain.MoneyText.format(fees, shop.currency(), language),
                    com.kaeru.backend.money.domain.MoneyText.format(paysBack, shop.currency(), language));
        }
    }

    /** The customer's return method and address, or the order's shipping address when none was given. */
    private static ReturnLogistics logistics(Shop shop, CustomerOrder order, ReturnSubmission submission,
                                             boolean exchangeShipped, Instant now) {
        ReturnMethod method = submission.returnMethod == null ? ReturnMethod.valueOf(shop.returnMethods().get(0))
                : Vocabulary.as(submission.returnMethod, ReturnMethod.class);
        PostalAddress address = submission.address == null ? orderAddress(order) : new PostalAddress(
                submission.address.name, submission.address.postalCode, submission.address.prefecture,
                submission.address.city, submission.address.line1, submission.address.line2,
                submission.address.phone);
        return ReturnLogistics.arrange(method, shop.returnMethods(),
                pickupDate(submission.pickupDate),
                submission.pickupSlot == null ? null : PickupSlot.valueOf(submission.pickupSlot),
                submission.dropOffPoint == null ? null : DropOffPoint.valueOf(submission.dropOffPoint),
                address, exchangeShipped, LocalDate.ofInstant(now, shop.timeZone()));
    }

    private static LocalDate pickupDate(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeException e) {
            throw new ReturnRuleViolation("problem.return.pickup-missing");
        }
    }

    static PostalAddress orderAddress(CustomerOrder order) {
        CustomerOrder.ShippingAddress shipped = order.address();
        if (shipped == null) {
            return null;
        }
        return new PostalAddress(order.customer().name(), shipped.postalCode(), shipped.prefecture(), shipped.city(),
                shipped.line1(), shipped.line2(), order.customer().phone());
    }

    private ReturnLine.Spec spec(Shop shop, ReturnAssessment.LineAssessment a, ReturnLineSubmission line,
                                 Resolution resolution, PolicyDecision decision, long paid) {
        if (resolution == Resolution.REFUND) {
            if (line.refundMethod == null) {
                throw new ReturnRuleViolation("problem.return.refund-method-missing", a.variant().sku());
            }
            // The portal offers only the shop's methods, but the API is public: the shop's choice is enforced here.
            if (!shop.offersRefundMethod(line.refundMethod.name())) {
                throw new ReturnRuleViolation("problem.return.refund-method-not-offered", a.variant().sku(),
                        line.refundMethod);
            }
            long fee = decision.returnFeeMinor() + decision.restockingFeeMinor()
                    + RefundMath.percent(paid, decision.restockingFeePercent());
            long refund = RefundMath.refundAfterFees(paid, fee);
            return new ReturnLine.Spec(a.line().id(), line.quantity, line.reasonCode, line.comment, resolution,
                    Vocabulary.as(line.refundMethod, RefundMethod.class), null, decision.outcome().name(), decision.ruleName(),
                    decision.messageJa(), decision.messageEn(), refund, paid - refund, 0, 0);
        }
        Variant target = exchangeTarget(shop, a, line.exchangeSku);
        long bonus = decision.exchangeBonusMinor() + RefundMath.percent(paid, decision.exchangeBonusPercent());
        if (target.priceMinor() > a.line().unitPriceMinor()) {
            // Kaeru cannot collect money from the customer yet: an exchange that costs more would be a gift.
            throw new ReturnRuleViolation("problem.return.exchange-costs-more", target.sku(), a.variant().sku());
        }
        // At the same or a lower list price the customer keeps the order's discount (nothing to pay);
        // only what they paid above the new item's price comes back, as store credit.
        long difference = Math.min(0, Math.multiplyExact(target.priceMinor(), (long) line.quantity) - paid);
        return new ReturnLine.Spec(a.line().id(), line.quantity, line.reasonCode, line.comment, resolution, null,
                target.id(), decision.outcome().name(), decision.ruleName(), decision.messageJa(), decision.messageEn(),
                0, decision.freeReturnShippingForExchange() ? 0 : decision.returnFeeMinor(), bonus, difference);
    }

    /** Exchanges are for another size or colour of the same product. */
    private Variant exchangeTarget(Shop shop, ReturnAssessment.LineAssessment a, String sku) {
        if (sku == null || sku.isBlank()) {
            throw new ReturnRuleViolation("problem.return.exchange-sku-missing", a.variant().sku());
        }
        Variant target = catalog.findVariantsBySku(shop.id(), List.of(sku)).get(sku);
        if (target == null || !target.product().id().equals(a.variant().product().id())) {
            throw new ReturnRuleViolation("problem.return.exchange-not-offered", sku, a.variant().sku());
        }
        if (target.product().status() == com.kaeru.backend.catalog.domain.Product.Status.DISCONTINUED) {
            throw new ReturnRuleViolation("problem.return.exchange-discontinued", sku);
        }
        return target;
    }

    /** Approval: reserve exchange stock (or flag a backorder), issue the label. */
    private void afterApproval(Shop shop, ReturnRequest request, String actor, Instant now) {
        recordChanges(shop, request); // events in causal order: approved, then reserved, then label issued
        for (ReturnLine line : request.lines()) {
            if (line.resolution() == Resolution.EXCHANGE) {
                boolean reserved = stock.reserve(shop.id(), line.exchangeVariantId(), line.quantity());
                request.recordReservation(line.id(), reserved);
                audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), reserved ? "STOCK_RESERVED" : "BACKORDER",
                        null, null, actor, "variant " + line.exchangeVariantId() + " x" + line.quantity(), now);
                outbox.raise(shop.id(), actor, reserved
                                ? new com.kaeru.api.events.ExchangeReserved(request.rmaNumber(), line.id(),
                                        line.exchangeVariantId(), line.quantity())
                                : new com.kaeru.api.events.ExchangeBackordered(request.rmaNumber(), line.id(),
                                        line.exchangeVariantId(), line.quantity()),
                        request.rmaNumber() + (reserved ? ":exchange-reserved:" : ":exchange-backordered:") + line.id(),
                        now);
            }
        }
        request.transitionTo(ReturnStatus.AWAITING_SHIPMENT, actor, "label issued", now);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void approve(Shop shop, ReturnRequest request, String actor, String message) {
        Instant now = clock.instant();
        request.transitionTo(ReturnStatus.APPROVED, actor, message, now);
        afterApproval(shop, request, actor, now);
        recordChanges(shop, request);
        returns.save(request);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reject(Shop shop, ReturnRequest request, String actor, String message) {
        if (message == null || message.isBlank()) {
            throw new ReturnRuleViolation("problem.return.reject-needs-message");
        }
        request.transitionTo(ReturnStatus.REJECTED, actor, message, clock.instant());
        recordChanges(shop, request);
        returns.save(request);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(Shop shop, ReturnRequest request, String actor, String reason) {
        request.transitionTo(ReturnStatus.CANCELLED, actor, reason, clock.instant());
        recordChanges(shop, request); // cancelled, then what it released
        for (ReturnLine line : request.lines()) {
            if (line.reserved()) {
                stock.release(shop.id(), line.exchangeVariantId(), line.quantity());
                request.releaseReservation(line.id());
                outbox.raise(shop.id(), actor, new com.kaeru.api.events.ExchangeReservationReleased(
                                request.rmaNumber(), line.id(), line.exchangeVariantId(), line.quantity()),
                        request.rmaNumber() + ":exchange-released:" + line.id(), clock.instant());
            }
        }
        // Photos of damage or of the wrong item serve a return that will not happen: up to 5 MB
        // each, and they would count against the order's photo quota for good.
        photos.deleteAll(shop.id(), request.id());
        recordChanges(shop, request);
        returns.save(request);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(Shop shop, ReturnRequest request, String actor) {
        request.receive(actor, shop.refundDeadline(), clock.instant());
        recordChanges(shop, request);
        returns.save(request);
    }

    /**
     * Grades units; the grade moves stock at once (A sellable, B outlet, C disposal) and, when the
     * last unit is graded, the refunds and exchange shipments fire — no second decision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grade(Shop shop, CustomerOrder order, ReturnRequest request, long lineId, List<Grade> grades,
                      String actor) {
        Instant now = clock.instant();
        ReturnLine line = request.grade(lineId, grades, actor, now);
        long originalVariant = order.lineById(line.orderLineId()).orElseThrow().variantId();
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        grades.forEach(g -> counts.merge(g, 1, Integer::sum));
        counts.forEach((grade, n) -> {
            switch (grade) {
                case A -> stock.addSellable(shop.id(), originalVariant, n);
                case B -> stock.addOutlet(shop.id(), originalVariant, n);
                case MISSING -> {
                    // Nothing arrived: nothing to stock or dispose of (and nothing is refunded for it).
                }
                case C -> em.createNativeQuery("insert into disposal_record (shop_id, return_line_id, variant_id, quantity, "
                                + "actor) values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, shop.id()).setParameter(2, line.id()).setParameter(3, originalVariant)
                        .setParameter(4, n).setParameter(5, actor).executeUpdate();
            }
        });
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "GRADED", null, null, actor,
                "line " + lineId + ": " + grades, now);
        outbox.raise(shop.id(), actor, new com.kaeru.api.events.LineGraded(request.rmaNumber(), line.id(),
                        line.orderLineId(), grades.stream().map(Grade::name).toList(), line.gradeA(), line.gradeB(),
                        line.gradeC(), line.fullyGraded()),
                request.rmaNumber() + ":graded:" + line.id() + ":" + line.gradedUnits(), now);
        if (request.status() == ReturnStatus.INSPECTED) {
            recordChanges(shop, request); // inspected, then the refunds and shipments it causes
            resolve(shop, request, actor, now);
        }
        recordChanges(shop, request);
        returns.save(request);
    }

    /**
     * Refunds per method (plus bonus and exchange remainders as store credit) and exchange
     * shipments. What a refund line pays follows its grades ({@link ReturnLine#refundByGrade}):
     * grade-C units whose reason is not the shop's fault are held for a manager, missing units pay
     * nothing. Exchange fees come off the exchange credit first, then off the refunds.
     */
    private void resolve(Shop shop, ReturnRequest request, String actor, Instant now) {
        Map<RefundMethod, Long> payable = new LinkedHashMap<>();
        Map<RefundMethod, Long> held = new LinkedHashMap<>();
        long credit = 0;
        long exchangeFees = 0;
        for (ReturnLine line : request.lines()) {
            if (line.resolution() == Resolution.REFUND) {
                long[] split = line.refundByGrade(shopFault(shop, line.reasonCode()));
                payable.merge(line.refundMethod(), split[0], Long::sum);
                held.merge(line.refundMethod(), split[1], Long::sum);
            } else {
                credit += line.bonusMinor() + Math.max(0, -line.priceDifferenceMinor());
                exchangeFees += line.feeMinor();
                if (line.reserved()) {
                    stock.shipReserved(shop.id(), line.exchangeVariantId(), line.quantity());
                    audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "EXCHANGE_SHIPPED", null, null,
                            actor, "variant " + line.exchangeVariantId() + " x" + line.quantity(), now);
                    outbox.raise(shop.id(), actor, new com.kaeru.api.events.ExchangeShipped(request.rmaNumber(),
                                    ReturnEvents.customer(request), line.id(), line.exchangeVariantId(), line.quantity()),
                            request.rmaNumber() + ":exchange:" + line.id(), now);
                }
            }
        }
        long fromCredit = Math.min(credit, exchangeFees);
        credit -= fromCredit;
        if (credit > 0) {
            payable.merge(RefundMethod.STORE_CREDIT, credit, Long::sum);
        }
        long due = deduct(held, deduct(payable, exchangeFees - fromCredit));
        if (exchangeFees > 0) {
            audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "EXCHANGE_FEE_DEDUCTED", null, null, actor,
                    (exchangeFees - due) + " of " + exchangeFees + (due > 0 ? ", " + due + " not collectable" : ""), now);
        }
        refundService.request(shop, request, new RefundService.Payout(payable, held), actor, now);
        completeIfSettled(shop, request, actor, now);
    }

    /** Takes {@code amount} off the amounts in order, never below zero; returns what is left to take. */
    private static long deduct(Map<RefundMethod, Long> amounts, long amount) {
        long left = amount;
        for (Map.Entry<RefundMethod, Long> e : amounts.entrySet()) {
            long off = Math.min(left, e.getValue());
            e.setValue(e.getValue() - off);
            left -= off;
        }
        return left;
    }

    /** The line's reason (or its parent) is the shop's fault: defective, damaged, wrong item. */
    private boolean shopFault(Shop shop, String reasonCode) {
        return reasons.find(shop.id(), reasonCode)
                .map(r -> r.shopFault(parent -> reasons.find(shop.id(), parent)))
                .orElse(false);
    }

    private void completeIfSettled(Shop shop, ReturnRequest request, String actor, Instant now) {
        boolean refundsSettled = refunds.findByReturn(shop.id(), request.id()).stream()
                .allMatch(com.kaeru.backend.refunds.domain.Refund::settled);
        boolean exchangesShipped = request.lines().stream()
                .noneMatch(l -> l.resolution() == Resolution.EXCHANGE && !l.reserved());
        if (refundsSettled && exchangesShipped && request.status() == ReturnStatus.INSPECTED) {
            request.complete(actor, now);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void approveRefund(Shop shop, ReturnRequest request, long refundId, String manager) {
        Instant now = clock.instant();
        refundService.approve(shop, request, refundId, manager, now);
        completeIfSettled(shop, request, manager, now);
        recordChanges(shop, request);
        returns.save(request);
    }

    /** A manager refuses a held refund; the return completes when nothing else waits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void declineRefund(Shop shop, ReturnRequest request, long refundId, String manager) {
        Instant now = clock.instant();
        refundService.decline(shop, request, refundId, manager, now);
        completeIfSettled(shop, request, manager, now);
        recordChanges(shop, request);
        returns.save(request);
    }

    /**
     * Staff ask the customer a question: kept in the timeline ({@code INFO_REQUESTED}, the text as
     * its reason — the one non-status entry customers see) and e-mailed through the outbox. The
     * n-th question of a return has the dedupe key {@code RMA:INFO_REQUESTED:n}; the caller holds
     * the return's row lock, so n is counted without a race.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestInfo(Shop shop, ReturnRequest request, String actor, String question) {
        Instant now = clock.instant();
        String text = request.askCustomer(question, com.kaeru.api.returns.InfoRequest.MAX_LENGTH, now);
        long asked = audit.of(shop.id(), AuditTrail.RETURN, request.rmaNumber()).stream()
                .filter(e -> INFO_REQUESTED.equals(e.action())).count();
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), INFO_REQUESTED, null, null, actor, text, now);
        outbox.raise(shop.id(), actor, new com.kaeru.api.events.CustomerQuestionAsked(request.rmaNumber(),
                        ReturnEvents.customer(request), (int) asked + 1, text),
                request.rmaNumber() + ":" + INFO_REQUESTED + ":" + (asked + 1), now);
        returns.save(request);
    }

    /** Audit action and outbox event of a question to the customer. */
    public static final String INFO_REQUESTED = "INFO_REQUESTED";
    /** Audit action of the customer's answer. */
    public static final String INFO_ANSWERED = "INFO_ANSWERED";

    /**
     * The customer answers the shop's waiting question (see {@link ReturnRequest#answerQuestion}):
     * kept in the timeline ({@code INFO_ANSWERED}, the text as its reason), seen by staff on the
     * return and in the queue, and by the customer on the portal. The caller holds the return's
     * row lock, so two answers sent at once cannot both find the question waiting.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answerQuestion(Shop shop, ReturnRequest request, String actor, String answer) {
        Instant now = clock.instant();
        String text = request.answerQuestion(answer, com.kaeru.api.portal.QuestionAnswer.MAX_LENGTH, now);
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), INFO_ANSWERED, null, null, actor, text, now);
        // One answer per question (the caller holds the row lock), so the instant keys it.
        outbox.raise(shop.id(), actor, new com.kaeru.api.events.CustomerAnswered(request.rmaNumber(),
                        ReturnEvents.customer(request), text),
                request.rmaNumber() + ":" + INFO_ANSWERED + ":" + now.toEpochMilli(), now);
        returns.save(request);
    }

    /** Audit trail and typed event (customer e-mail among its consumers) for every status change the aggregate made. */
    private void recordChanges(Shop shop, ReturnRequest request) {
        for (ReturnRequest.StatusChange change : request.drainChanges()) {
            audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "STATUS",
                    change.from() == null ? null : change.from().name(), change.to().name(), change.actor(),
                    change.reason(), change.at());
            outbox.raise(shop.id(), change.actor(), ReturnEvents.statusChanged(shop, request, change,
                            () -> orders.findById(shop.id(), request.orderId()).map(CustomerOrder::orderNumber)
                                    .orElse(null)),
                    request.rmaNumber() + ":" + change.to().name(), change.at());
        }
    }
}
