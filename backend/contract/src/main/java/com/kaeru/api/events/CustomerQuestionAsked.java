package com.kaeru.api.events;

/**
 * Staff asked the customer a question about the return (sent by e-mail, shown on the portal).
 * <p>
 * Event type {@code CustomerQuestionAsked}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who is asked
 * @param questionNumber 1 for the return's first question, then 2, ...
 * @param question the text as the customer reads it
 */
public record CustomerQuestionAsked(
        String rma,
        Customer customer,
        int questionNumber,
        String question) implements EventPayload {
}
