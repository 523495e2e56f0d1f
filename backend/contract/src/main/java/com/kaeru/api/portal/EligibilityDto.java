package com.kaeru.api.portal;

import com.kaeru.api.vocabulary.PolicyOutcome;

/**
 * What the policy allows for a line, and why.
 *
 * @param outcome                       {@code AUTO_APPROVE}, {@code NEEDS_REVIEW}, {@code REJECT} or {@code EXCHANGE_ONLY}
 * @param rule                          the rule that decided
 * @param message                       plain-language explanation in the caller's language
 * @param refundAllowed                 a refund may be requested
 * @param exchangeAllowed               an exchange may be requested
 * @param freeReturnShippingForExchange exchanges ship back free
 * @param exchangeBonusMinor            bonus credit per unit for choosing an exchange
 * @param refundFeeMinor                fees deducted from a refund of one unit
 */
public record EligibilityDto(PolicyOutcome outcome, String rule, String message, boolean refundAllowed,
                             boolean exchangeAllowed, boolean freeReturnShippingForExchange,
                             long exchangeBonusMinor, long refundFeeMinor) {
}
