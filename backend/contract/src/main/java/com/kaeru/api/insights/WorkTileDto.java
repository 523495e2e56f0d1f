package com.kaeru.api.insights;

/**
 * One of today's work counts.
 *
 * @param code  NEEDS_REVIEW, REFUNDS_OVERDUE, RECEIVED_TODAY, WAITING_FOR_PARCEL, CUSTOMER_ANSWERED or
 *              REFUNDS_FAILED (a refund FAILED: refused by the payment service or out of retries)
 * @param count how many returns are in that state now
 * @param queue the returns-queue filters that list exactly those returns
 */
public record WorkTileDto(String code, long count, QueueFilterDto queue) {
}
