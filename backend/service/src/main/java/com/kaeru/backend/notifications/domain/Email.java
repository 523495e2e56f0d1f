package com.kaeru.backend.notifications.domain;

import java.util.Locale;

/** A composed e-mail, ready to send: one recipient, a subject, text and HTML alternatives, their language. */
public record Email(String to, String subject, String text, String html, Locale locale) {
}
