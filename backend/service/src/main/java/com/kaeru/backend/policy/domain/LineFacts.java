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
 * @param daysSinceEvent     whole days since {@code DELIVERY}, {@code SHIPMENT} or {@code ORDER}, for rules
 *                           that count from an event other than the shop's anchor; absent when it has not happened
 */
public record LineFacts(Integer daysSinceAnchor, boolean finalSale, boolean onSale, String category,
                        List<String> tags, long lineValueMinor, String reasonCode,
                        java.util.function.IntUnaryOperator customerReturns, String channel, boolean blocklisted,
                        java.util.Map<String, Integer> daysSinceEvent) {

    /** Facts where only the shop's anchor is known (rules with their own anchor then do not match). */
    public LineFacts(Integer daysSinceAnchor, boolean finalSale, boolean onSale, String category, List<String> tags,
                     long lineValueMinor, String reasonCode, java.util.function.IntUnaryOperator customerReturns,
                     String channel, boolean blocklisted) {
        this(daysSinceAnchor, finalSale, onSale, category, tags, lineValueMinor, reasonCode, customerReturns, channel,
                blocklisted, java.util.Map.of());
    }

    /** Days since {@code event}, or since the shop's anchor when {@code event} is {@code null}. */
    public Integer daysSince(String event) {
        return event == null ? daysSinceAnchor : daysSinceEvent.get(event);
    }
}
