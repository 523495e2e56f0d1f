package com.kaeru.api.policy;

import java.util.List;

/**
 * What each line of an order would get under a policy, computed exactly as the portal computes it.
 *
 * @param orderNumber the order
 * @param currency    ISO currency of the amounts
 * @param draft       true when unsaved rules were tried, false for the saved policy
 * @param lines       per order line, in line order
 * @param customerBlocklisted the order's customer (e-mail or phone) is on the shop's blocklist
 */
public record PolicyPreviewDto(String orderNumber, String currency, boolean draft, List<PolicyPreviewLineDto> lines,
                               boolean customerBlocklisted) {
}
