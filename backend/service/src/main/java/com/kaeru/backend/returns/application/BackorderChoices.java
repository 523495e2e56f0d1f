package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.kaeru.api.events.ExchangeReserved;
import com.kaeru.api.returns.BackorderOptionsDto;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Product;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.coupons.application.IssueCoupon;
import com.kaeru.backend.coupons.domain.Coupon;
import com.kaeru.backend.coupons.domain.CouponOffer;
import com.kaeru.backend.inventory.domain.MovementContext;
import com.kaeru.backend.inventory.domain.StockLedger;
import com.kaeru.backend.inventory.domain.StockRepository;
import com.kaeru.backend.money.domain.RefundMath;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderLine;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.platform.vocabulary.Vocabulary;
import com.kaeru.backend.refunds.application.RefundService;
import com.kaeru.backend.refunds.domain.Payout;
import com.kaeru.backend.refunds.domain.RefundMethod;
import com.kaeru.backend.returns.domain.BackorderChoice;
import com.kaeru.backend.returns.domain.ExchangeFulfilment;
import com.kaeru.backend.returns.domain.ExchangeFulfilmentRepository;
import com.kaeru.backend.returns.domain.FulfilmentState;
import com.kaeru.backend.returns.domain.ReturnLine;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRuleViolation;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The customer's choice for an exchange line waiting for stock, the same use case for the portal
 * (order token) and staff (operators): keep waiting, switch to another size or colour of the same
 * product in stock at the same price, or cancel the exchange for a refund of what was paid (plus
 * the shop's coupon, when it offers one). The caller has locked the return's row.
 * <p>
 * Lock order as cancellation's: the return, then the default location's level rows (in variant
 * order), then the fulfilment row — allocation takes the level row first too, so a choice and an
 * allocation of the same variant queue: whichever comes second finds the line moved on (the
 * allocation skips a line no longer backordered; the choice is refused with 409).
 * <p>
 * Repeating the choice already made answers the same view and changes nothing.
 */
@ApplicationScoped
public class BackorderChoices {
    @Inject
    ExchangeFulfilmentRepository fulfilments;
    @Inject
    ExchangeFulfilments moves;
    @Inject
    StockLedger ledger;
    @Inject
    StockRepository stock;
    @Inject
    CatalogRepository catalog;
    @Inject
    OrderRepository orders;
    @Inject
    RefundService refundService;
    @Inject
    IssueCoupon coupons;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    Clock clock = Clock.systemUTC();

    /** What may be chosen for the line now, and what was chosen. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BackorderOptionsDto options(Shop shop, ReturnRequest request, long lineId) {
        ExchangeFulfilment f = fulfilment(shop, request, lineId);
        return view(shop, request, f);
    }

    /** Applies the choice (see the class comment) and answers the options after it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BackorderOptionsDto choose(Shop shop, ReturnRequest request, long lineId,
                                      com.kaeru.api.returns.BackorderChoice wanted, String sku, String actor) {
        BackorderChoice choice = Vocabulary.as(Objects.requireNonNull(wanted), BackorderChoice.class);
        ExchangeFulfilment seen = fulfilment(shop, request, lineId);
        if (repeats(shop, seen, choice, sku)) {
            return view(shop, request, seen);
        }
        Variant target = choice == BackorderChoice.SWITCH ? switchTarget(shop, seen, sku) : null;
        long location = ledger.defaultLocation(shop.id()).id();
        Stream.of(seen.variantId(), target == null ? seen.variantId() : target.id()).distinct()
                .sorted(Comparator.naturalOrder()).forEach(variant -> ledger.lock(shop.id(), location, variant));
        ExchangeFulfilment f = fulfilments.lockByLine(shop.id(), lineId).orElseThrow();
        em.refresh(f);
        if (f.alreadyChosen(choice, target == null ? null : target.id())) {
            return view(shop, request, f);
        }
        Instant now = clock.instant();
        long awaited = f.variantId();
        int units = f.quantity();
        ReturnLine splitLine = null;
        switch (choice) {
            case WAIT -> f.chooseToWait(actor, now);
            case SWITCH -> switchTo(shop, request, f, target, actor, now);
            case CANCEL_FOR_REFUND -> cancelForRefund(shop, request, f, actor, now);
            case SPLIT -> splitLine = split(shop, request, f, actor, now);
        }
        raiseChoice(shop, request, f, choice, awaited, units, target, splitLine, actor, now);
        if (choice == BackorderChoice.CANCEL_FOR_REFUND) {
            giveCoupon(shop, request, f, actor);
        }
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "BACKORDER_" + choice.name(), null,
                f.state().name(), actor, "line " + lineId + (target == null ? "" : ": now " + target.sku())
                        + (choice == BackorderChoice.SPLIT ? ": " + f.quantity() + " unit(s) keep waiting" : ""), now);
        fulfilments.save(f);
        return view(shop, request, f);
    }

    /** The choice already made, again (a switch to the variant it already switched to): nothing to do. */
    private boolean repeats(Shop shop, ExchangeFulfilment f, BackorderChoice choice, String sku) {
        if (f.choice() != choice) {
            return false;
        }
        return choice != BackorderChoice.SWITCH || sku != null && catalog.findVariant(shop.id(), f.variantId())
                .map(v -> v.sku().equals(sku.strip())).orElse(false);
    }

    private void switchTo(Shop shop, ReturnRequest request, ExchangeFulfilment f, Variant target, String actor,
                          Instant now) {
        if (!stock.reserve(shop.id(), target.id(), f.quantity(), MovementContext.of(actor, f.rmaNumber()))) {
            throw new ReturnRuleViolation("problem.backorder.switch-not-offered", target.sku());
        }
        f.switchTo(target.id(), actor, now);
        request.exchangeSwitched(f.returnLineId(), target.id());
        outbox.raise(shop.id(), actor, new ExchangeReserved(f.rmaNumber(), f.returnLineId(), target.id(), f.quantity()),
                f.rmaNumber() + ":exchange-switched:" + f.returnLineId(), now);
        if (f.state() == FulfilmentState.SHIPMENT_REQUESTED) {
            moves.shipmentRequested(shop, f, actor, now);
        }
    }

    /**
     * Split shipment: the units of the awaited variant free now (some, not all) are reserved and ship
     * under a line of their own; the line keeps waiting with the rest, in its place in the queue.
     */
    private ReturnLine split(Shop shop, ReturnRequest request, ExchangeFulfilment f, String actor, Instant now) {
        int available = stock.available(shop.id(), List.of(f.variantId())).getOrDefault(f.variantId(), 0);
        if (available <= 0 || available >= f.quantity()
                || !stock.reserve(shop.id(), f.variantId(), available, MovementContext.of(actor, f.rmaNumber()))) {
            throw new ReturnRuleViolation("problem.backorder.nothing-to-split", Math.max(0, available), f.quantity());
        }
        ReturnLine.SplitPart part = request.splitExchange(f.returnLineId(), available);
        em.flush(); // the order line's unit count must see the line shrink before the new line is counted
        ReturnLine now_ = request.addSplitLine(part);
        em.flush();
        f.splitOff(available, actor, now);
        ExchangeFulfilment shipping = ExchangeFulfilment.splitFrom(f, request,
                new ReturnRequest.ExchangeUnits(now_.id(), f.variantId(), available), actor, now);
        fulfilments.save(shipping);
        outbox.raise(shop.id(), actor, new ExchangeReserved(f.rmaNumber(), now_.id(), f.variantId(), available),
                f.rmaNumber() + ":exchange-split:" + now_.id(), now);
        if (shipping.state() == FulfilmentState.SHIPMENT_REQUESTED) {
            moves.shipmentRequested(shop, shipping, actor, now);
        }
        return now_;
    }

    /**
     * The typed fact of the choice (integrators, and the customer's confirmation e-mail), after the
     * reservation or refund it caused and before the coupon it gives; keyed by line and choice (and the
     * switch's variant), so a repeat stores nothing new.
     */
    private void raiseChoice(Shop shop, ReturnRequest request, ExchangeFulfilment f, BackorderChoice choice,
                             long awaited, int units, Variant target, ReturnLine splitLine, String actor, Instant now) {
        boolean cancelled = choice == BackorderChoice.CANCEL_FOR_REFUND;
        ReturnLine line = request.line(f.returnLineId());
        outbox.raise(shop.id(), actor, new com.kaeru.api.events.BackorderChoiceMade(request.rmaNumber(),
                        ExchangeFulfilments.customer(f), f.returnLineId(), choice.name(), awaited,
                        moves.sku(shop, awaited), units, f.state().name(),
                        target == null ? null : target.id(), target == null ? null : target.sku(),
                        splitLine == null ? null : splitLine.id(), splitLine == null ? null : splitLine.quantity(),
                        cancelled ? line.refundAmountMinor() : null,
                        cancelled ? shop.currency().getCurrencyCode() : null,
                        cancelled ? request.inspected() : null),
                request.rmaNumber() + ":backorder-choice:" + f.returnLineId() + ":" + choice.name()
                        + (target == null ? "" : ":" + target.id()), now);
    }

    private void cancelForRefund(Shop shop, ReturnRequest request, ExchangeFulfilment f, String actor, Instant now) {
        ReturnLine line = request.line(f.returnLineId());
        long paid = paid(shop, request, line);
        RefundMethod method = refundMethod(shop);
        f.cancelForRefund(actor, now);
        long dueNow = request.exchangeCancelledForRefund(line.id(), method, paid);
        if (dueNow > 0) {
            refundService.request(SettleReturn.refunding(shop), SettleReturn.refunded(request),
                    new Payout(Map.of(method, dueNow), Map.of()), keySuffix(line.id()), actor, now);
        }
    }

    /** The shop's coupon for a cancelled backorder, if it offers one (after the choice's event: its e-mail follows the choice's). */
    private void giveCoupon(Shop shop, ReturnRequest request, ExchangeFulfilment f, String actor) {
        Optional<CouponOffer> offer = coupons.cancelledExchangeOffer(shop.id());
        offer.ifPresent(o -> coupons.forCancelledExchange(shop.id(), request.rmaNumber(), f.returnLineId(), o.value(),
                o.validFor(), request.customerEmail(), request.customerLanguage(),
                "backorder cancelled: " + request.rmaNumber(), actor));
    }

    /** The refund's key after the return's own ({@code RMA:METHOD:line:ID:cancelled-exchange}). */
    static String keySuffix(long lineId) {
        return ":line:" + lineId + ":cancelled-exchange";
    }

    /**
     * What the customer paid for the line's units: the order line's share of the order after
     * discounts, spread over its units as submission did (for the first units of the line).
     */
    long paid(Shop shop, ReturnRequest request, ReturnLine line) {
        CustomerOrder order = orders.findById(shop.id(), request.orderId()).orElseThrow();
        List<OrderLine> lines = order.lines();
        long[] perLine = RefundMath.paidPerLine(lines.stream()
                .map(l -> new RefundMath.Line(l.unitPriceMinor(), l.quantity(), l.lineDiscountMinor())).toList(),
                order.orderDiscountMinor());
        for (int i = 0; i < lines.size(); i++) {
            if (Objects.equals(lines.get(i).id(), line.orderLineId())) {
                return RefundMath.paidForUnits(perLine[i], lines.get(i).quantity(), 0, line.quantity());
            }
        }
        throw new IllegalStateException("Order line " + line.orderLineId() + " is not on order " + order.id());
    }

    /** Money goes back the way it came when the shop refunds that way, else by its first method. */
    static RefundMethod refundMethod(Shop shop) {
        return shop.offersRefundMethod(RefundMethod.ORIGINAL_PAYMENT.name()) || shop.refundMethods().isEmpty()
                ? RefundMethod.ORIGINAL_PAYMENT : RefundMethod.valueOf(shop.refundMethods().get(0));
    }

    private ExchangeFulfilment fulfilment(Shop shop, ReturnRequest request, long lineId) {
        return fulfilments.byReturn(shop.id(), request.id()).stream().filter(f -> f.returnLineId() == lineId)
                .findFirst().orElseThrow(() -> new NotFoundException("problem.backorder.not-an-exchange",
                        request.rmaNumber(), lineId));
    }

    /** Another variant of the same product, active, at the same list price, with every unit free now. */
    private Variant switchTarget(Shop shop, ExchangeFulfilment f, String sku) {
        if (sku == null || sku.isBlank()) {
            throw new ReturnRuleViolation("problem.backorder.sku-required");
        }
        return switchOptions(shop, f).stream().filter(o -> o.variant().sku().equals(sku.strip()))
                .map(SwitchOption::variant).findFirst()
                .orElseThrow(() -> new ReturnRuleViolation("problem.backorder.switch-not-offered", sku.strip()));
    }

    record SwitchOption(Variant variant, int available) {
    }

    List<SwitchOption> switchOptions(Shop shop, ExchangeFulfilment f) {
        Variant awaited = catalog.findVariant(shop.id(), f.variantId()).orElseThrow();
        if (awaited.product().status() == Product.Status.DISCONTINUED) {
            return List.of();
        }
        List<Variant> siblings = catalog.findSiblings(shop.id(), awaited.product().id()).stream()
                .filter(v -> !v.id().equals(awaited.id()) && v.priceMinor() == awaited.priceMinor()).toList();
        Map<Long, Integer> available = stock.available(shop.id(), siblings.stream().map(Variant::id).toList());
        return siblings.stream().map(v -> new SwitchOption(v, available.getOrDefault(v.id(), 0)))
                .filter(o -> o.available() >= f.quantity()).toList();
    }

    private BackorderOptionsDto view(Shop shop, ReturnRequest request, ExchangeFulfilment f) {
        boolean choosable = f.state() == FulfilmentState.BACKORDERED;
        Variant awaited = catalog.findVariant(shop.id(), f.variantId()).orElseThrow();
        List<BackorderOptionsDto.SwitchOption> options = choosable ? switchOptions(shop, f).stream()
                .map(o -> new BackorderOptionsDto.SwitchOption(o.variant().sku(), o.variant().size(), o.variant().color(),
                        o.available())).toList() : List.of();
        int availableNow = choosable ? stock.available(shop.id(), List.of(f.variantId())).getOrDefault(f.variantId(), 0)
                : 0;
        ReturnLine line = request.line(f.returnLineId());
        long refund = f.choice() == BackorderChoice.CANCEL_FOR_REFUND ? line.refundAmountMinor()
                : Math.max(0, paid(shop, request, line) - (request.inspected() ? exchangeHadBack(line) : 0));
        Optional<CouponOffer> offer = coupons.cancelledExchangeOffer(shop.id());
        Optional<Coupon> issued = coupons.forCancelledExchangeIfIssued(shop.id(), request.rmaNumber(), f.returnLineId());
        return new BackorderOptionsDto(request.rmaNumber(), f.returnLineId(),
                Vocabulary.as(f.state(), com.kaeru.api.vocabulary.FulfilmentState.class), choosable, awaited.sku(),
                f.quantity(), f.promisedDate(), f.dateConfirmed(), options, Math.max(0, availableNow),
                refund, shop.currency().getCurrencyCode(),
                Vocabulary.as(refundMethod(shop), com.kaeru.api.vocabulary.RefundMethod.class), request.inspected(),
                offer.map(o -> new BackorderOptionsDto.CouponOffer(o.value().amountMinor(), o.value().percent(),
                        o.validDays())).orElse(null),
                f.choice() == null ? null : com.kaeru.api.returns.BackorderChoice.valueOf(f.choice().name()),
                f.chosenAt(), f.chosenBy(),
                issued.map(c -> new BackorderOptionsDto.IssuedCoupon(c.displayCode(), c.value().amountMinor(),
                        c.value().percent(), c.expiresAt())).orElse(null));
    }

    /** What an exchange line paid back at inspection: its credit less its fee (as {@code ReturnLine} counts it). */
    private static long exchangeHadBack(ReturnLine line) {
        return Math.max(0, line.bonusMinor() + Math.max(0, -line.priceDifferenceMinor()) - line.feeMinor());
    }
}
