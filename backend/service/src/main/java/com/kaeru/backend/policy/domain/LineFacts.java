package com.kaeru.backend.policy.domain;

import java.util.List;

/**
 * Everything a rule may look at for one line.
 *
 * @param daysSinceAnchor    whole days since delivery, shipment or order (the shop's anchor); {@code null} when the anchor has not happened
 * @param finalSale          the product is final sale
 * @param onSale             the line was bought at a discount
 * @param category           product category
 * @param tags               product tags
 * @param lineValueMinor     what was paid for the units to return
 * @param reasonCode         the customer's reason (may be {@code null} before they chose one)
 * @param customerReturns    return requests by this customer in the rule's window (see {@link PolicyRule#customerReturnsWindowDays()})
 * @param channel            sales channel name
 * @param blocklisted        the customer's e-mail or phone is on the shop's blocklist
 */
public record LineFacts(Integer daysSinceAnchor, boolean finalSale, boolean onSale, String category,
                        List<String> tags, long lineValueMinor, String reasonCode,
                        java.util.function.IntUnaryOperator customerReturns, String channel, boolean blocklisted) {
}
