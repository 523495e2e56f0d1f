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
 * @param priceDifferenceMinor per unit: negative = the customer gets the remainder back; positive = an upgrade,
 *                             the customer pays this much per unit (list price above the item bought), accepted
 *                             with {@code ReturnLineSubmission.acceptedPriceDifferenceMinor} and charged before the
 *                             replacement ships
 * @param unavailableReason    why it cannot be chosen whatever the stock, or {@code null}; {@code COSTS_MORE} is no
 *                             longer sent (upgrades are offered) and kept for older clients
 */
public record ExchangeOptionDto(String sku, String size, String color, long priceMinor, int available,
                                LocalDate restockDate, long priceDifferenceMinor, String unavailableReason) {
    /** Named for JSON-B: Yasson refuses to pick between a record's constructors (it would fail in the UIs' clients). */
    @JsonbCreator
    public ExchangeOptionDto {
    }

    /** Formerly: an option costing more than the item bought. Upgrades are offered now; kept for older clients. */
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
