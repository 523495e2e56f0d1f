package com.kaeru.api.insights;

import java.util.List;

/**
 * Refund lead time of refunds issued in the period on received returns. Buckets: 0–6, 6–12, 12–24,
 * 24–48, 48–72, 72+ hours.
 *
 * @param refundsIssued       refunds issued in the period after a receipt
 * @param within24h           of them, issued less than 24 h after the receipt
 * @param compliance          {@code within24h ÷ refundsIssued × 100}, {@code null} if none
 * @param medianHours         median lead time in hours, one decimal
 * @param p90Hours            90th percentile in hours
 */
public record LeadTimeDto(List<LeadTimeBucketDto> buckets, long refundsIssued, long within24h, Double compliance,
                          Double medianHours, Double p90Hours) {
}
