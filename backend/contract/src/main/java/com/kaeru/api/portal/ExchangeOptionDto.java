package com.kaeru.api.portal;

import java.time.LocalDate;

/**
 * Another size or colour of the same product.
 *
 * @param sku                  SKU
 * @param size                 size label
 * @param color                colour label
 * @param priceMinor           current price
 * @param available            units available now (sellable minus reserved)
 * @param restockDate          known restock date when out of stock (backorder possible), else {@code null}
 * @param priceDifferenceMinor per unit: positive = the customer pays more, negative = gets the remainder back
 */
public record ExchangeOptionDto(String sku, String size, String color, long priceMinor, int available,
                                LocalDate restockDate, long priceDifferenceMinor) {
}
