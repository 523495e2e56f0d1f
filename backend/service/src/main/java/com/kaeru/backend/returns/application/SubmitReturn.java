package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.api.portal.ReturnLineSubmission;
import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.backend.platform.vocabulary.Vocabulary;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Product;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.inventory.domain.IncomingSupply;
import com.kaeru.backend.inventory.domain.StockRepository;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.platform.persistence.Constraints;
import com.kaeru.backend.policy.domain.PolicyDecision;
import com.kaeru.backend.policy.domain.PolicyOutcome;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import com.kaeru.backend.refunds.domain.RefundMethod;
import com.kaeru.backend.returns.domain.DropOffPoint;
import com.kaeru.backend.returns.domain.LineSettlement;
import com.kaeru.backend.returns.domain.PickupSlot;
import com.kaeru.backend.returns.domain.PolicySnapshot;
import com.kaeru.backend.returns.domain.PostalAddress;
import com.kaeru.backend.returns.domain.Resolution;
import com.kaeru.backend.returns.domain.ReturnLine;
import com.kaeru.backend.returns.domain.ReturnLogistics;
import com.kaeru.backend.returns.domain.ReturnMethod;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.returns.domain.ReturnRuleViolation;
import com.kaeru.backend.returns.domain.ReturnSettlement;
import com.kaeru.backend.returns.domain.SettlementTerms;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * A customer (portal or API) asks to return units of an order. Each line is checked against the
 * order (on it, units still returnable, a reason the shop has) and the pre-approval policy
 * (rejected, exchange only); refunds need a method the shop offers, exchanges another size or
 * colour of the same, not discontinued product (a dearer one only when the customer accepted to pay
 * the difference, collected before it ships: docs/payments.md), in stock or with a known
 * restock date (the backorder rule); the money of each line is
 * fixed then ({@link LineSettlement}) and exchange fees must be covered by what the return pays
 * back ({@link ReturnSettlement}). The request is filed with a new RMA number and the policy's
 * decision applied at once ({@link ReturnRequest#applyPolicy}; approved → {@link ApproveReturn}'s
 * reservation and label).
 * <p>
 * Takes the order's row lock first ({@code OrderRepository.lockForChange}): the units still
 * returnable are read under it, so concurrent requests never both get the last unit. Runs in the
 * caller's transaction, bound to the shop.
 */
@ApplicationScoped
public class SubmitReturn {
    @Inject
    ReturnRequestRepository returns;
    @Inject
    ReturnAssessment assessment;
    @Inject
    ReturnReasonRepository reasons;
    @Inject
    com.kaeru.backend.platform.persistence.ShopConfigCache configCache;
    @Inject
    CatalogRepository catalog;
    @Inject
    RmaNumbers rmaNumbers;
    @Inject
    OrderRepository orders;
    @Inject
    ApproveReturn approval;
    @Inject
    StatusChanges changes;
    @Inject
    StockRepository stock;
    @Inject
    IncomingSupply supply;
    @Inject
    com.kaeru.backend.refunds.application.UpgradePayments upgradePayments;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public ReturnRequest submit(Shop shop, CustomerOrder order, ReturnSubmission submission, String actor) {
        Instant now = clock.instant();
        // One submission per order at a time: the units still returnable are read below and must
        // not change until this one commits (else concurrent requests each see the last unit free).
        orders.lockForChange(shop.id(), order.id());
        ReturnAssessment.Assessed assessed = assessment.assess(shop, order, now);
        Map<Long, Integer> inThisRequest = new HashMap<>();
        List<ReturnLine.Spec> specs = new ArrayList<>();
        // Every code of the shop (active or not, as before), read once per shop and cached (issue 14).
        java.util.Set<String> reasonCodes = configCache.get("reason-codes", shop.id(), () -> java.util.Set.copyOf(
                reasons.findAll(shop.id()).stream().map(com.kaeru.backend.reasons.domain.ReturnReason::code).toList()));
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
            if (line.reasonCode == null || !reasonCodes.contains(line.reasonCode)) {
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
        }
        ReturnSettlement.requireExchangeFeesCovered(specs, shop.currency(), order.customer().language());
        String rma = rmaNumbers.next(shop.id());
        ReturnLogistics logistics = logistics(shop, order, submission,
                specs.stream().anyMatch(spec -> spec.resolution() == Resolution.EXCHANGE), now);
        ReturnRequest request = new ReturnRequest(shop.id(), rma, order.id(), order.customer().email(),
                order.customer().language(), logistics, specs, actor, now);
        saveNew(request);
        if (request.applyPolicy("policy", now)) {
            approval.reserveAndIssueLabel(shop, request, "policy", now);
        }
        changes.record(shop, request);
        returns.save(request);
        if (request.upgradeDueMinor() > 0) {
            // Collected by the payment worker once this commits; the replacements ship only when it is paid.
            upgradePayments.request(shop.id(), request.id(), rma, request.upgradeDueMinor(),
                    shop.currency().getCurrencyCode(), actor,
                    now);
        }
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
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "order_line_units_in_returns_check")) {
                throw new ReturnRuleViolation("problem.return.units-taken");
            }
            throw e;
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

    /** The order's shipping address as a return address (the portal proposes it), or {@code null}. */
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
        ReturnLine.ReturnedUnits units = new ReturnLine.ReturnedUnits(a.line().id(), line.quantity, line.reasonCode,
                line.comment);
        PolicySnapshot policy = new PolicySnapshot(decision.outcome(), decision.ruleName(), decision.messageJa(),
                decision.messageEn());
        SettlementTerms terms = terms(decision);
        if (resolution == Resolution.REFUND) {
            if (line.refundMethod == null) {
                throw new ReturnRuleViolation("problem.return.refund-method-missing", a.variant().sku());
            }
            // The portal offers only the shop's methods, but the API is public: the shop's choice is enforced here.
            if (!shop.offersRefundMethod(line.refundMethod.name())) {
                throw new ReturnRuleViolation("problem.return.refund-method-not-offered", a.variant().sku(),
                        line.refundMethod);
            }
            return ReturnLine.Spec.refund(units, Vocabulary.as(line.refundMethod, RefundMethod.class), policy,
                    LineSettlement.refund(paid, terms));
        }
        Variant target = exchangeTarget(shop, a, line.exchangeSku);
        requireStockOrSupply(shop, target, line.quantity);
        LineSettlement settlement = LineSettlement.exchange(paid, line.quantity,
                new LineSettlement.Priced(a.variant().sku(), a.line().unitPriceMinor()),
                new LineSettlement.Priced(target.sku(), target.priceMinor()), terms);
        // An upgrade is charged to the customer: only for exactly the amount they were shown and accepted.
        if (settlement.amountDueMinor() > 0 && (line.acceptedPriceDifferenceMinor == null
                || line.acceptedPriceDifferenceMinor != settlement.amountDueMinor())) {
            throw new ReturnRuleViolation("problem.return.upgrade-not-accepted", target.sku(),
                    settlement.amountDueMinor(), shop.currency().getCurrencyCode(), a.variant().sku());
        }
        return ReturnLine.Spec.exchange(units, target.id(), policy, settlement);
    }

    /** The policy's money terms for the line, kept with it. */
    static SettlementTerms terms(PolicyDecision decision) {
        return new SettlementTerms(decision.returnFeeMinor(), decision.restockingFeeMinor(),
                decision.restockingFeePercent(), decision.exchangeBonusMinor(), decision.exchangeBonusPercent(),
                decision.freeReturnShippingForExchange());
    }

    /**
     * The backorder rule: an exchange into a variant without enough available units is accepted
     * only when its next arrival is known ({@link IncomingSupply}); the customer is promised that
     * date. Checked here for every caller (portal, API, console) — the portal's own hint is a courtesy.
     */
    private void requireStockOrSupply(Shop shop, Variant target, int quantity) {
        if (stock.available(shop.id(), List.of(target.id())).getOrDefault(target.id(), 0) >= quantity) {
            return;
        }
        if (supply.nextArrival(shop.id(), target.id(), LocalDate.ofInstant(clock.instant(), shop.timeZone()))
                .isEmpty()) {
            throw new ReturnRuleViolation("problem.return.exchange-no-restock-date", target.sku());
        }
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
        if (target.product().status() == Product.Status.DISCONTINUED) {
            throw new ReturnRuleViolation("problem.return.exchange-discontinued", sku);
        }
        return target;
    }
}
