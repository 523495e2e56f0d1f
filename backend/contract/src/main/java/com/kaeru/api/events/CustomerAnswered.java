package com.kaeru.api.events;

/**
 * The customer answered the waiting question on the portal.
 * <p>
 * Event type {@code CustomerAnswered}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who answered
 * @param answer the text as typed
 */
public record CustomerAnswered(
        String rma,
        Customer customer,
        String answer) implements EventPayload {
}
