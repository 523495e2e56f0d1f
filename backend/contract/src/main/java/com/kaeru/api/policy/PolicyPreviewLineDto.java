package com.kaeru.api.policy;

import com.kaeru.api.portal.EligibilityDto;

/**
 * One order line under the previewed policy.
 *
 * @param lineNo             the line's number on the order
 * @param sku                SKU bought
 * @param productName        product name in the caller's language
 * @param quantity           units bought
 * @param returnableQuantity units not yet in a return request
 * @param paidPerUnitMinor   what was paid per unit after discounts
 * @param ruleIndex          0-based index of the deciding rule in the previewed list, {@code null} when no
 *                           rule matched (a person reviews) or nothing is left to return
 * @param eligibility        the verdict as the portal shows it (outcome, rule, message, fee, bonus)
 * @param decidedByBlocklist the deciding rule asks for a blocklisted customer and this customer is one: the
 *                           blocklist, not the dates or the item, decided the line
 */
public record PolicyPreviewLineDto(int lineNo, String sku, String productName, int quantity, int returnableQuantity,
                                   long paidPerUnitMinor, Integer ruleIndex, EligibilityDto eligibility,
                                   boolean decidedByBlocklist) {
}
