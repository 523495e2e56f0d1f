package com.kaeru.api.insights;

import java.time.Instant;
import java.util.List;

/**
 * A shop's insights for a period: the dashboard in one answer.
 *
 * @param kpis         tiles in a fixed order (see {@link InsightsApi#METRICS})
 * @param series       returns, sales and refunds per bucket over the period
 * @param reasons      reasons breakdown, most units first
 * @param topVariants  the most-returned variants (by returned units, at most 10), with their fit signal
 * @param fitSignals   every variant of the period with a fit signal (RUNS_SMALL/RUNS_LARGE)
 * @param projectedAt  when the projection last took in an event (freshness), {@code null} if never
 */
public record ShopInsightsDto(String shop, InsightsPeriodDto period, List<KpiDto> kpis,
                              List<SeriesPointDto> series, List<ReasonShareDto> reasons,
                              List<VariantInsightDto> topVariants, List<VariantInsightDto> fitSignals,
                              ResolutionMixDto resolutions, LeadTimeDto leadTime, GradeMixDto grades,
                              BackorderInsightDto backorders, CustomerInsightDto customers, Instant projectedAt) {
}
