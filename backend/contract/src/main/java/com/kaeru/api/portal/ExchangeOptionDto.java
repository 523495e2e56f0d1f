package com.kaeru.api.portal;

import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * Another size or colour of the same product.
 *
 * @param sku                  SKU
 * @param size                 size label
 * @param color                colour label
 * @param priceMinor           current price
 * @param available            units available now (sellable minus reserved)
 * @param restockDate          known restock date when out of stock (backorder possible), else {@code null}
 * @param priceDifferenceMinor per unit: negative = the customer gets the remainder back; positive only for an
 *                             option that costs more than the item bought (then {@code unavailableReason} is set)
 * @param unavailableReason    why it cannot be chosen whatever the stock, or {@code null}: {@code COSTS_MORE} (Kaeru
 *                             cannot collect a price difference yet)
 */
public record ExchangeOptionDto(String sku, String size, String color, long priceMinor, int available,
                                LocalDate restockDate, long priceDifferenceMinor, String unavailableReason) {
    /** Named for JSON-B: Yasson refuses to pick between a record's constructors (it would fail in the UIs' clients). */
    @JsonbCreator
    public ExchangeOptionDto {
    }

    /** Option costing more than the item bought: cannot be chosen until a payment provider collects the difference. */
    public static final String COSTS_MORE = "COSTS_MORE";

    /** An option that can be chosen (stock permitting). */
    public ExchangeOptionDto(String sku, String size, String color, long priceMinor, int available,
                             LocalDate restockDate, long priceDifferenceMinor) {
        this(sku, size, color, priceMinor, available, restockDate, priceDifferenceMinor, null);
    }

    /** Can be chosen, stock aside. */
    public boolean offered() {
        return unavailableReason == null;
    }
}
