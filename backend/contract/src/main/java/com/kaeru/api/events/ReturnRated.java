package com.kaeru.api.events;

/**
 * The customer rated the completed return on the portal (once per return).
 * <p>
 * Event type {@code ReturnRated}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who rated
 * @param stars 1 (very dissatisfied) to 5 (very satisfied)
 * @param comment what the customer wrote with it; empty when nothing
 */
public record ReturnRated(
        String rma,
        Customer customer,
        int stars,
        String comment) implements EventPayload {
}
