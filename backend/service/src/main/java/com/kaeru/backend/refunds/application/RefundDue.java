package com.kaeru.backend.refunds.application;

/**
 * A card refund was queued for the worker; observed after the requesting transaction commits, it
 * wakes the worker at once instead of at its next tick.
 */
public record RefundDue(long shopId, long refundId) {
}
