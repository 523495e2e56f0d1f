package com.kaeru.backend.notifications.domain;

/**
 * Sends a composed e-mail (SMTP in {@code notifications.infrastructure}). The e-mail consumer
 * depends on this, not on the transport, so the transport can change without touching use cases.
 */
public interface Mailer {
    /**
     * @param fromName  the sender's display name (the shop's)
     * @param dedupeKey the same for every attempt of one message, so a redelivery is recognisably the
     *                  same mail
     * @throws Exception when the message may not have been sent; the event delivery records it and
     *                   retries later (the transport's own exception is kept as the error)
     */
    void send(Email email, String fromName, String dedupeKey) throws Exception;
}
