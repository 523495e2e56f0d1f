package com.kaeru.backend.policy.application;

import java.time.Instant;
import java.util.List;

import com.kaeru.api.portal.EligibilityDto;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderLine;
import com.kaeru.backend.policy.domain.PolicyDecision;
import com.kaeru.backend.policy.domain.PolicyRule;
import com.kaeru.backend.tenancy.domain.Shop;

/**
 * What the portal would show for each line of an order under some rules, for the managers' policy
 * preview. How many units are still returnable is known only to {@code returns}, which implements
 * this; policy declares what it needs so that it never depends on returns (returns depends on
 * policy's engine, not the other way round).
 */
public interface OrderEligibility {

    /**
     * Every line of the order (in no particular order), judged as the portal judges it before the
     * customer chooses; runs in the caller's transaction, bound to the shop.
     */
    List<LineVerdict> underRules(Shop shop, CustomerOrder order, List<PolicyRule> rules, String reasonCode,
                                 String language, Instant now);

    /**
     * One line's verdict: units still returnable, what one unit was paid, and the decision (its rule
     * name is meaningful only when something is returnable).
     */
    record LineVerdict(OrderLine line, String sku, String productName, int returnable, long paidPerUnitMinor,
                       PolicyDecision decision, EligibilityDto eligibility) {
    }
}
