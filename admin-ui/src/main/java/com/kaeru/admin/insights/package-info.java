/**
 * Insights in the console (issue 11): the shop dashboard's parts ({@code WorkTiles}, {@code DateRangeBar},
 * {@code KpiTiles}, {@code DashboardCharts}, {@code DrillRowsDialog}), the agency roll-up
 * ({@code AgencyInsightsView}), the period ({@code DateRange}) and {@code InsightsSource}: what the views need,
 * in the console's terms, filled from the backend's insights API by {@code RestInsightsSource}.
 */
package com.kaeru.admin.insights;
