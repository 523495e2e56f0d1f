package com.kaeru.backend.notifications.domain;

import java.util.List;
import java.util.Locale;

/**
 * A composed e-mail, ready to send: one recipient, a subject, text and HTML alternatives, their
 * language, and files attached to it (none for most mails).
 */
public record Email(String to, String subject, String text, String html, Locale locale, List<Attachment> attachments) {

    public Email {
        attachments = List.copyOf(attachments);
    }

    public Email(String to, String subject, String text, String html, Locale locale) {
        this(to, subject, text, html, locale, List.of());
    }

    /** The same mail with {@code more} attached as well. */
    public Email attaching(List<Attachment> more) {
        List<Attachment> all = new java.util.ArrayList<>(attachments);
        all.addAll(more);
        return new Email(to, subject, text, html, locale, all);
    }

    /** A file sent with the mail (a report's PDF). */
    public record Attachment(String fileName, String mediaType, byte[] content) {
    }
}
