package com.kaeru.api.settings;

/**
 * A customer e-mail template (Mustache) for one event and language.
 *
 * @param eventType      e.g. {@code RETURN_AWAITING_SHIPMENT}
 * @param language       {@code ja} or {@code en}
 * @param subject        the subject in use (the shop's own or Kaeru's default)
 * @param body           the plain-text body in use
 * @param customized     true when the shop has its own version
 * @param defaultSubject Kaeru's default subject, to compare or go back to
 * @param defaultBody    Kaeru's default body
 */
public record NotificationTemplateDto(String eventType, String language, String subject, String body,
                                      boolean customized, String defaultSubject, String defaultBody) {
}
