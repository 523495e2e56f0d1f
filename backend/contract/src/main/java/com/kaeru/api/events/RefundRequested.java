package com.kaeru.api.events;

/**
 * A refund was created; above the shop's approval limit it waits for a manager (awaitingApproval).
 * <p>
 * Event type {@code RefundRequested}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param refundId the refund
 * @param method ORIGINAL_PAYMENT, STORE_CREDIT or GIFT_CODE
 * @param amountMinor amount in minor units of currency
 * @param currency ISO 4217 code
 * @param awaitingApproval whether a manager must approve it first
 */
public record RefundRequested(
        String rma,
        long refundId,
        String method,
        long amountMinor,
        String currency,
        boolean awaitingApproval) implements EventPayload {
}
