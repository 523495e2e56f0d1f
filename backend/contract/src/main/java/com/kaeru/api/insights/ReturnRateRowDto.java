package com.kaeru.api.insights;

/**
 * Return rate of one value of a dimension (by order date).
 *
 * @param key                the value: SKU, product id, size, colour, category or channel name
 * @param label              display label (product name, variant "name / size / colour", …)
 * @param unitsSold          units on orders placed in the period
 * @param unitsReturned      units of those orders on return requests
 * @param returnRate         {@code unitsReturned ÷ unitsSold × 100}, {@code null} when nothing sold
 * @param previousReturnRate the same in the comparison period
 */
public record ReturnRateRowDto(String key, String label, long unitsSold, long unitsReturned, Double returnRate,
                               Double previousReturnRate, DrillDownDto drill) {
}
