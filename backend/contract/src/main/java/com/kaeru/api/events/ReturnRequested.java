package com.kaeru.api.events;

/**
 * A customer (or staff on their behalf) filed a return request; the policy decides next.
 * <p>
 * Event type {@code ReturnRequested}, schema version 1.
 *
 * @param rma the return's RMA number, unique per shop
 * @param orderNumber the shop's order number
 * @param customer who returns
 * @param returnMethod PREPAID_LABEL, PICKUP or DROP_OFF
 * @param currency ISO 4217 code of every amount
 * @param lines what is returned, line by line
 * @param status always REQUESTED
 * @param reason why, when staff filed it; empty otherwise
 */
public record ReturnRequested(
        String rma,
        String orderNumber,
        Customer customer,
        String returnMethod,
        String currency,
        java.util.List<ReturnLineData> lines,
        String status,
        String reason) implements EventPayload {
}
