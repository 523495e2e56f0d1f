package com.kaeru.api.portal;

import java.util.List;

/**
 * An order line as the customer sees it on the portal.
 *
 * @param orderLineId        id to send back when submitting
 * @param sku                SKU bought
 * @param productName        product name in the caller's language
 * @param size               size
 * @param color              colour
 * @param quantity           units bought
 * @param returnableQuantity units that can still be returned (not in another live request)
 * @param paidPerUnitMinor   what was paid per unit (after discounts), i.e. the refund before fees
 * @param eligibility        the policy's verdict, with the reason in plain words
 * @param exchangeOptions    other sizes and colours, with live stock
 */
public record PortalOrderLineDto(long orderLineId, String sku, String productName, String size, String color,
                                 int quantity, int returnableQuantity, long paidPerUnitMinor,
                                 EligibilityDto eligibility, List<ExchangeOptionDto> exchangeOptions) {
}
