/**
 * Insights: return analytics and KPIs of a shop and of an agency's client shops, today's work
 * counts, and the drill-down to the returns behind a figure. Semantics and formulas:
 * docs/insights.md. Dates are {@code yyyy-MM-dd}, inclusive, in the shop's time zone; money is in
 * minor units of the shop's currency; percentages are 0–100.
 */
package com.kaeru.api.insights;
