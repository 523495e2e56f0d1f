package com.kaeru.backend.policy.domain;

/**
 * The outcome for one line and why.
 *
 * @param outcome                       what happens
 * @param ruleName                      the rule that decided (or {@code DEFAULT_REVIEW} when none matched)
 * @param messageJa                     explanation for the customer in Japanese (may be {@code null})
 * @param messageEn                     explanation in English
 * @param returnFeeMinor                fixed fee for return shipping on refunds
 * @param restockingFeeMinor            fixed restocking fee
 * @param restockingFeePercent          restocking fee in percent of the refund
 * @param exchangeBonusMinor            fixed bonus credit for choosing an exchange
 * @param exchangeBonusPercent          bonus in percent of the line value for choosing an exchange
 * @param freeReturnShippingForExchange exchanges ship back free
 */
public record PolicyDecision(PolicyOutcome outcome, String ruleName, String messageJa, String messageEn,
                             long returnFeeMinor, long restockingFeeMinor, int restockingFeePercent,
                             long exchangeBonusMinor, int exchangeBonusPercent, boolean freeReturnShippingForExchange) {

    public static final String NO_RULE_MATCHED = "DEFAULT_REVIEW";

    public boolean allowsRefund() {
        return outcome == PolicyOutcome.AUTO_APPROVE || outcome == PolicyOutcome.NEEDS_REVIEW;
    }

    public boolean allowsExchange() {
        return outcome != PolicyOutcome.REJECT;
    }

    /** The message in the customer's language, falling back to the other one. */
    public String message(String language) {
        String preferred = "en".equals(language) ? messageEn : messageJa;
        return preferred != null ? preferred : ("en".equals(language) ? messageJa : messageEn);
    }
}
