package com.kaeru.api.insights;

/**
 * How to list the returns behind a figure. Always answerable through
 * {@code GET /shops/{slug}/insights/returns?figure=<figure>&key=<key>&from=&to=} (same period as the
 * figure); when the existing returns queue can show exactly those rows, {@code queue} carries its
 * filters too (open the queue with them).
 *
 * @param figure one of {@link InsightsApi#FIGURES}
 * @param key    the row's key within the figure (reason code, SKU, grade, resolution, …) or {@code null}
 * @param queue  equivalent returns-queue filters, or {@code null} when the queue cannot express it
 */
public record DrillDownDto(String figure, String key, QueueFilterDto queue) {
}
