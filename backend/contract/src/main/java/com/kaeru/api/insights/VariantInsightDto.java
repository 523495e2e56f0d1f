package com.kaeru.api.insights;

/**
 * A variant with its returns (a row of "top returned variants").
 *
 * @param sku                    the variant's SKU
 * @param productName            product name as known to the shop
 * @param size                   the variant's size option, {@code null} if none
 * @param colour                 the variant's colour option, {@code null} if none
 * @param unitsSold              units sold on orders placed in the period
 * @param unitsReturned          units returned from those orders (return rate by order date)
 * @param returnRate             {@code unitsReturned ÷ unitsSold × 100}, {@code null} when nothing sold
 * @param topReasonCode          the reason with the most returned units of this variant, {@code null} if none
 * @param fitSignal              RUNS_SMALL, RUNS_LARGE or {@code null}; see docs/insights.md for the
 *                               threshold (share of size-too-small/too-large returns versus the siblings
 *                               of the same product)
 * @param tooSmallShare          this variant's size-too-small units ÷ its returned units × 100
 * @param siblingsTooSmallShare  the same share over the product's other variants together
 * @param tooLargeShare          this variant's size-too-large units ÷ its returned units × 100
 * @param siblingsTooLargeShare  the same share over the product's other variants together
 */
public record VariantInsightDto(String sku, String productName, String size, String colour, long unitsSold,
                                long unitsReturned, Double returnRate, String topReasonCode, String fitSignal,
                                Double tooSmallShare, Double siblingsTooSmallShare, Double tooLargeShare,
                                Double siblingsTooLargeShare, DrillDownDto drill) {
}
