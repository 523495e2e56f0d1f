package com.kaeru.backend.returns.application;

import com.kaeru.backend.policy.domain.PolicyOutcome;
import com.kaeru.backend.platform.vocabulary.Vocabulary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.api.portal.EligibilityDto;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.money.domain.RefundMath;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderLine;
import com.kaeru.backend.policy.domain.DefaultPolicy;
import com.kaeru.backend.policy.domain.LineFacts;
import com.kaeru.backend.policy.domain.PolicyDecision;
import com.kaeru.backend.policy.domain.PolicyEngine;
import com.kaeru.backend.policy.domain.PolicyRule;
import com.kaeru.backend.policy.domain.PolicyRuleRepository;
import com.kaeru.backend.policy.domain.ReturnWindow;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What may be returned from an order, line by line: units still returnable, what was paid per
 * unit, and the policy's decision. Used for the portal's preview and, with the customer's reason
 * and choice, authoritatively at submission.
 */
@ApplicationScoped
public class ReturnAssessment {
    @Inject
    PolicyRuleRepository policy;
    @Inject
    com.kaeru.backend.platform.persistence.ShopConfigCache configCache;
    @Inject
    ReturnRequestRepository returns;
    @Inject
    CatalogRepository catalog;

    /** The assessed order: per order-line id, with the shop's rules read once for all lines. */
    public record Assessed(Map<Long, LineAssessment> lines, List<PolicyRule> rules) {
        public LineAssessment line(long orderLineId) {
            return lines.get(orderLineId);
        }
    }

    /** One line's facts. */
    public record LineAssessment(OrderLine line, Variant variant, int returnable, long linePaidMinor,
                                 LineFactsBase base) {
        public long paidForUnits(int alreadyRequested, int quantity) {
            return RefundMath.paidForUnits(linePaidMinor, line.quantity(), alreadyRequested, quantity);
        }

        public int alreadyRequested() {
            return line.quantity() - returnable;
        }
    }

    /** Facts without the reason and the customer's choice. */
    public record LineFactsBase(Integer days, boolean finalSale, boolean onSale, String category, List<String> tags,
                                String channel, boolean blocklisted, Map<String, Integer> daysSinceEvent) {
    }

    /** What the portal shows for a line before the customer chooses anything. */
    public record LineEligibility(long paidPerUnitMinor, PolicyDecision decision, EligibilityDto eligibility) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Assessed assess(Shop shop, CustomerOrder order, Instant now) {
        return assess(shop, order, now, rulesOf(shop));
    }

    /** As {@link #assess(Shop, CustomerOrder, Instant)}, under the given rules (e.g. a policy being edited). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assessed assess(Shop shop, CustomerOrder order, Instant now, List<PolicyRule> rules) {
        Map<Long, Integer> requested = returns.unitsRequested(shop.id(), order.id());
        List<OrderLine> lines = order.lines();
        long[] paid = RefundMath.paidPerLine(lines.stream()
                .map(l -> new RefundMath.Line(l.unitPriceMinor(), l.quantity(), l.lineDiscountMinor())).toList(),
                order.orderDiscountMinor());
        Map<Long, Variant> variants = catalog.findVariants(shop.id(), lines.stream().map(OrderLine::variantId).toList());
        Integer days = ReturnWindow.daysSince(anchor(shop, order), now, shop.timeZone());
        Map<String, Integer> daysSinceEvent = new HashMap<>();
        putDays(daysSinceEvent, "ORDER", order.orderedAt(), now, shop);
        putDays(daysSinceEvent, "SHIPMENT", order.shippedAt(), now, shop);
        putDays(daysSinceEvent, "DELIVERY", order.deliveredAt(), now, shop);
        boolean blocklisted = policy.blocklisted(shop.id(), order.customer().email(), order.customer().phone());
        Map<Long, LineAssessment> result = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            Variant variant = variants.get(line.variantId());
            int returnable = Math.max(0, line.quantity() - requested.getOrDefault(line.id(), 0));
            LineFactsBase base = new LineFactsBase(days, variant.product().finalSale(), line.discounted(),
                    variant.product().category(), variant.product().tags(), order.channel().name(), blocklisted,
                    Map.copyOf(daysSinceEvent));
            result.put(line.id(), new LineAssessment(line, variant, returnable, paid[i], base));
        }
        return new Assessed(result, rules);
    }

    /** The decision for a line given the reason and the customer's choice. */
    public PolicyDecision decide(Shop shop, CustomerOrder order, Assessed assessed, LineAssessment line, int quantity,
                                 String reasonCode, Instant now) {
        long value = quantity <= line.returnable() && quantity > 0
                ? line.paidForUnits(line.alreadyRequested(), quantity) : line.linePaidMinor();
        LineFactsBase b = line.base();
        LineFacts facts = new LineFacts(b.days(), b.finalSale(), b.onSale(), b.category(), b.tags(), value, reasonCode,
                windowDays -> returns.countByCustomerSince(shop.id(), order.customer().email(),
                        now.minus(java.time.Duration.ofDays(windowDays))),
                b.channel(), b.blocklisted(), b.daysSinceEvent());
        return PolicyEngine.evaluate(assessed.rules(), facts);
    }

    /**
     * The portal's verdict for a line before the customer picks a reason or a choice: all
     * returnable units, fees and bonus for one unit. The staff's policy preview shows the same.
     */
    public LineEligibility eligibility(Shop shop, CustomerOrder order, Assessed assessed, LineAssessment a,
                                       String reasonCode, String language, Instant now) {
        OrderLine line = a.line();
        PolicyDecision decision = decide(shop, order, assessed, a, Math.max(1, a.returnable()), reasonCode, now);
        long paidPerUnit = line.quantity() == 0 ? 0 : RefundMath.paidPerUnit(a.linePaidMinor(), line.quantity())[0];
        long fee = decision.returnFeeMinor() + decision.restockingFeeMinor()
                + RefundMath.percent(paidPerUnit, decision.restockingFeePercent());
        boolean returnable = a.returnable() > 0;
        EligibilityDto eligibility = new EligibilityDto(
                Vocabulary.as(returnable ? decision.outcome() : PolicyOutcome.REJECT, com.kaeru.api.vocabulary.PolicyOutcome.class),
                returnable ? decision.ruleName() : ALREADY_RETURNED,
                returnable ? decision.message(language) : alreadyReturned(language),
                returnable && decision.allowsRefund(), returnable && decision.allowsExchange(),
                decision.freeReturnShippingForExchange(),
                decision.exchangeBonusMinor() + RefundMath.percent(paidPerUnit, decision.exchangeBonusPercent()), fee);
        return new LineEligibility(paidPerUnit, decision, eligibility);
    }

    /** The rule name shown when every unit of a line is already in a return. */
    public static final String ALREADY_RETURNED = "ALREADY_RETURNED";

    private static String alreadyReturned(String language) {
        return "en".equals(language) ? "All units of this item are already in a return request."
                : "この商品はすべて返品手続き済みです。";
    }

    private static void putDays(Map<String, Integer> days, String event, Instant at, Instant now, Shop shop) {
        Integer value = ReturnWindow.daysSince(at, now, shop.timeZone());
        if (value != null) {
            days.put(event, value);
        }
    }

    private List<PolicyRule> rulesOf(Shop shop) {
        // Cached per shop (issue 14): read-only here, copied below before anything could change it.
        List<PolicyRule> rules = configCache.get("policy-rules", shop.id(), () -> List.copyOf(policy.findByShop(shop.id())));
        return rules.isEmpty() ? DefaultPolicy.rules(shop.id(), shop.defaultLanguage()) : new ArrayList<>(rules);
    }

    private static Instant anchor(Shop shop, CustomerOrder order) {
        return switch (shop.returnWindowAnchor()) {
            case "ORDER" -> order.orderedAt();
            case "SHIPMENT" -> order.shippedAt();
            default -> order.deliveredAt();
        };
    }
}
