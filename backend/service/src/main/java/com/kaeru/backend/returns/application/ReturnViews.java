package com.kaeru.backend.returns.application;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.kaeru.api.portal.PostalAddressDto;
import com.kaeru.api.returns.ReturnLogisticsDto;
import com.kaeru.backend.returns.domain.PostalAddress;
import com.kaeru.backend.returns.domain.ReturnLogistics;
import com.kaeru.api.returns.RefundDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.kaeru.api.returns.ReturnSummaryDto;
import com.kaeru.api.returns.TimelineEntryDto;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.RefundStatus;
import com.kaeru.api.vocabulary.Resolution;
import com.kaeru.api.vocabulary.ReturnAction;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.backend.platform.vocabulary.Vocabulary;
import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderLine;
import com.kaeru.backend.refunds.domain.RefundRepository;
import com.kaeru.backend.returns.domain.ReturnLine;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Turns return aggregates into API views: staff see people and actors, customers do not. */
@ApplicationScoped
public class ReturnViews {
    /**
     * What customers see of the audit trail: status changes and the questions staff asked them (whose
     * text was written for them). An allow-list, so new staff-side actions (notes, grades, label
     * downloads…) stay internal unless added here on purpose.
     */
    static final java.util.Set<String> CUSTOMER_TIMELINE = java.util.Set.of("STATUS", AskCustomer.INFO_REQUESTED,
            AnswerQuestion.INFO_ANSWERED);

    @Inject
    CatalogRepository catalog;
    @Inject
    RefundRepository refunds;
    @Inject
    com.kaeru.backend.refunds.domain.UpgradePaymentRepository upgradePayments;
    @Inject
    AuditTrail audit;
    @Inject
    ReturnPhotos photos;
    @Inject
    com.kaeru.backend.returns.domain.ExchangeFulfilmentRepository fulfilments;
    @Inject
    FulfilmentViews fulfilmentViews;
    @Inject
    ReturnRatings ratings;

    @Transactional(Transactional.TxType.MANDATORY)
    public ReturnDto detail(Shop shop, CustomerOrder order, ReturnRequest request, String language, Viewer viewer,
                            Instant now) {
        boolean staff = viewer.staff();
        List<com.kaeru.backend.returns.domain.ExchangeFulfilment> replacements = fulfilments.byReturn(shop.id(),
                request.id());
        var variants = fulfilmentViews.variants(shop, replacements);
        java.util.Map<Long, com.kaeru.api.returns.FulfilmentDto> byLine = new java.util.HashMap<>();
        // The customer sees where their replacement stands; the ship-to address is their own, shown to staff only.
        replacements.forEach(f -> byLine.put(f.returnLineId(), fulfilmentViews.dto(shop, f,
                variants.get(f.variantId()), staff ? request.logistics().address() : null, language, now)));
        List<ReturnLineDto> lines = request.lines().stream()
                .map(l -> line(shop, order, l, language, byLine.get(l.id()))).toList();
        List<TimelineEntryDto> timeline = audit.of(shop.id(), AuditTrail.RETURN, request.rmaNumber()).stream()
                .filter(e -> staff || CUSTOMER_TIMELINE.contains(e.action()))
                .map(e -> new TimelineEntryDto(e.occurredAt(), e.action(), e.fromState(), e.toState(),
                        staff ? e.actor() : null, e.reason()))
                .toList();
        List<Refund> stored = refunds.findByReturn(shop.id(), request.id());
        List<RefundDto> refundViews = stored.stream()
                .map(r -> new RefundDto(r.id(), Vocabulary.as(r.method(), com.kaeru.api.vocabulary.RefundMethod.class),
                        r.amountMinor(), r.currency(), Vocabulary.as(r.status(), RefundStatus.class),
                        r.providerReference(), staff ? r.requestedBy() : null, staff ? r.approvedBy() : null,
                        r.issuedAt(), r.holdReason() == null ? null : r.holdReason().name(), r.attempts(),
                        staff ? r.lastError() : null, r.nextAttemptAt()))
                .toList();
        com.kaeru.api.returns.ReturnRatingDto rating = ratings.of(shop.id(), request.id()).orElse(null);
        return new ReturnDto(request.rmaNumber(), Vocabulary.as(request.status(), ReturnStatus.class),
                order.orderNumber(), staff ? order.customer().name() : null, staff ? order.customer().email() : null,
                request.createdAt(), request.refundDueAt(), request.refundOverdue(now),
                Vocabulary.as(request.returnMethod(), ReturnMethod.class), request.needsBackorder(),
                shop.currency().getCurrencyCode(), lines, timeline, refundViews, photos.list(shop.id(), request.id()),
                logistics(request), rated(allowedActions(shop, request, stored, viewer), rating),
                upgradePayment(shop, request, staff), rating);
    }

    /** A return is rated once: no RATE once the rating is stored. */
    private static Set<ReturnAction> rated(Set<ReturnAction> actions, com.kaeru.api.returns.ReturnRatingDto rating) {
        if (rating != null) {
            actions.remove(ReturnAction.RATE);
        }
        return actions;
    }

    /** The upgrades' payment (the newest, there is one per return), the provider's error for staff only. */
    private com.kaeru.api.returns.UpgradePaymentDto upgradePayment(Shop shop, ReturnRequest request, boolean staff) {
        if (request.upgradeDueMinor() == 0) {
            return null;
        }
        return upgradePayments.findByReturn(shop.id(), request.id()).stream().reduce((a, b) -> b)
                .map(p -> new com.kaeru.api.returns.UpgradePaymentDto(p.amountMinor(), p.currency(), p.status().name(),
                        p.attempts(), staff ? p.lastError() : null, staff ? p.errorCode() : null, p.failedAt(),
                        p.paidAt(), p.refundId()))
                .orElse(null);
    }

    /**
     * What the state allows, narrowed to what the viewer may do. A label needs the shop's return
     * address; a held refund may be approved by any manager but the one whose action caused it.
     */
    static Set<ReturnAction> allowedActions(Shop shop, ReturnRequest request, List<Refund> refunds, Viewer viewer) {
        boolean waiting = refunds.stream().anyMatch(r -> r.awaitsManager()
                && (viewer.username() == null || !viewer.username().equals(r.requestedBy())));
        Set<ReturnAction> actions = EnumSet.noneOf(ReturnAction.class);
        for (com.kaeru.backend.returns.domain.ReturnAction action : request.possibleActions(waiting)) {
            boolean labelPossible = action != com.kaeru.backend.returns.domain.ReturnAction.DOWNLOAD_LABEL
                    || shop.returnAddress() != null;
            if (labelPossible && viewer.may(action)) {
                actions.add(Vocabulary.as(action, ReturnAction.class));
            }
        }
        return actions;
    }

    /** How the parcel comes back, with the carrier's tracking link once a pickup was collected. */
    static ReturnLogisticsDto logistics(ReturnRequest request) {
        ReturnLogistics logistics = request.logistics();
        return new ReturnLogisticsDto(Vocabulary.as(logistics.method(), ReturnMethod.class), logistics.pickupDate(),
                logistics.pickupSlot() == null ? null : logistics.pickupSlot().name(),
                logistics.dropOffPoint() == null ? null : logistics.dropOffPoint().name(),
                address(logistics.address()), request.carrier(), request.trackingNumber(),
                com.kaeru.api.carriers.Carrier.trackingUrl(request.carrier(), request.trackingNumber()));
    }

    static PostalAddressDto address(PostalAddress address) {
        return address == null ? null : new PostalAddressDto(address.name(), address.postalCode(),
                address.prefecture(), address.city(), address.line1(), address.line2(), address.phone());
    }

    private ReturnLineDto line(Shop shop, CustomerOrder order, ReturnLine l, String language,
                               com.kaeru.api.returns.FulfilmentDto fulfilment) {
        OrderLine orderLine = order.lineById(l.orderLineId()).orElseThrow();
        Variant variant = catalog.findVariant(shop.id(), orderLine.variantId()).orElseThrow();
        String exchangeSku = l.exchangeVariantId() == null ? null
                : catalog.findVariant(shop.id(), l.exchangeVariantId()).map(Variant::sku).orElse(null);
        return new ReturnLineDto(l.id(), l.orderLineId(), variant.sku(), variant.product().name(language), l.quantity(),
                l.reasonCode(), l.comment(), Vocabulary.as(l.resolution(), Resolution.class),
                Vocabulary.as(l.refundMethod(), RefundMethod.class), exchangeSku,
                Vocabulary.named(l.policyOutcome(), PolicyOutcome.class),
                l.policyRule(), l.policyMessage(language), l.refundAmountMinor(), l.feeMinor(), l.bonusMinor(),
                l.priceDifferenceMinor(), l.reserved(), l.backorder(), l.gradeA(), l.gradeB(), l.gradeC(),
                l.gradeMissing(), fulfilment);
    }

    public ReturnSummaryDto summary(ReturnRequest r, CustomerOrder order, boolean staff, Instant now) {
        return new ReturnSummaryDto(r.rmaNumber(), Vocabulary.as(r.status(), ReturnStatus.class), order.orderNumber(),
                staff ? order.customer().name() : null, staff ? r.customerEmail() : null,
                r.lines().stream().mapToInt(ReturnLine::quantity).sum(), r.createdAt(), r.refundDueAt(),
                r.refundOverdue(now), r.needsBackorder(),
                staff && r.customerQuestion() != null ? r.customerQuestion().name() : null);
    }
}
