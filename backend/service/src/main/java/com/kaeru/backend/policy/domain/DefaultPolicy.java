package com.kaeru.backend.policy.domain;

import java.util.List;

/**
 * The policy every new shop starts with: final sale is not returnable, returns within 30 days of
 * delivery are approved at once, exchanges ship back free, later requests are refused.
 */
public final class DefaultPolicy {
    private DefaultPolicy() {
    }

    public static List<PolicyRule> rules(long shopId) {
        return List.of(
                new PolicyRule(shopId, 10, "Final sale", PolicyOutcome.REJECT).finalSale(true)
                        .message("セール最終品（返品不可）のため、返品・交換はお受けできません。",
                                "Final-sale items cannot be returned or exchanged."),
                new PolicyRule(shopId, 20, "Within 30 days", PolicyOutcome.AUTO_APPROVE).days(0, 30)
                        .exchangeIncentives(0, 0, true)
                        .message("お届けから30日以内のため、返品・交換を承ります。",
                                "Within 30 days of delivery: return or exchange accepted."),
                new PolicyRule(shopId, 30, "After 30 days", PolicyOutcome.REJECT).days(31, null)
                        .message("お届けから30日を過ぎているため、返品・交換の期間が終了しています。",
                                "The 30-day return window after delivery has passed."));
    }
}
