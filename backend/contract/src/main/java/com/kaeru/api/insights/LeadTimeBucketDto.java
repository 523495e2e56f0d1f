package com.kaeru.api.insights;

/**
 * Refunds whose lead time (parcel received → refund issued) lies in {@code [fromHours, toHours)}.
 *
 * @param toHours exclusive upper bound, {@code null} for the open last bucket
 */
public record LeadTimeBucketDto(int fromHours, Integer toHours, long refunds) {
}
