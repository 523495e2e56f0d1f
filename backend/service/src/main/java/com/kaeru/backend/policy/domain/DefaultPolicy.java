package com.kaeru.backend.policy.domain;

import java.util.List;

/**
 * The policy every new shop starts with: final sale is not returnable, returns within 30 days of
 * delivery are approved at once, exchanges ship back free, later requests are refused.
 *
 * <p>The rule names are shown to staff (the policy editor, "decided by rule …" on a return) and
 * are kept as the deciding rule of each return line, so they are written in the shop's own
 * language: a Japanese shop's console never shows "自動承認 — Within 30 days".
 */
public final class DefaultPolicy {
    private DefaultPolicy() {
    }

    /** The default rules, named in {@code language} ({@code ja} or {@code en}; anything else gets Japanese). */
    public static List<PolicyRule> rules(long shopId, String language) {
        boolean en = "en".equals(language);
        return List.of(
                new PolicyRule(shopId, 10, en ? "Final sale" : "セール最終品", PolicyOutcome.REJECT).finalSale(true)
                        .message("セール最終品（返品不可）のため、返品・交換はお受けできません。",
                                "Final-sale items cannot be returned or exchanged."),
                new PolicyRule(shopId, 20, en ? "Within 30 days" : "30日以内", PolicyOutcome.AUTO_APPROVE).days(0, 30)
                        .exchangeIncentives(0, 0, true)
                        .message("お届けから30日以内のため、返品・交換を承ります。",
                                "Within 30 days of delivery: return or exchange accepted."),
                new PolicyRule(shopId, 30, en ? "After 30 days" : "30日経過後", PolicyOutcome.REJECT).days(31, null)
                        .message("お届けから30日を過ぎているため、返品・交換の期間が終了しています。",
                                "The 30-day return window after delivery has passed."));
    }
}
