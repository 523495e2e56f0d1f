package com.kaeru.api.insights;

/**
 * One KPI tile.
 *
 * @param metric   the metric's code (see {@link InsightsApi#METRICS}; formulas in docs/insights.md)
 * @param unit     COUNT, MONEY (minor units of {@code currency} of the period), PERCENT (0–100, one
 *                 decimal), HOURS or DAYS (one decimal), STARS (mean of 1–5 stars, one decimal)
 * @param value    the figure for the period, {@code null} when undefined (e.g. a rate without a denominator)
 * @param previous the same figure for the comparison period, {@code null} when undefined or no comparison
 * @param drill    where to list the returns behind the figure, {@code null} when it is not about returns
 *                 (sales, orders, average order value)
 */
public record KpiDto(String metric, String unit, Double value, Double previous, DrillDownDto drill) {
}
