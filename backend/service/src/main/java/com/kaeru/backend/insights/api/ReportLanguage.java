package com.kaeru.backend.insights.api;

import java.util.Locale;

import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.i18n.ApiMessages;
import com.kaeru.backend.platform.web.RequestLanguage;
import jakarta.ws.rs.core.HttpHeaders;

/** A report's language: {@code lang=ja|en}, else the request's Accept-Language; anything else is a 422 problem. */
final class ReportLanguage {
    private ReportLanguage() {
    }

    static Locale of(String lang, HttpHeaders headers) {
        if (lang == null || lang.isBlank()) {
            return RequestLanguage.of(headers);
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> ApiMessages.JAPANESE;
            case "en" -> ApiMessages.ENGLISH;
            default -> throw new InvalidValueException("problem.insights.report-language", lang);
        };
    }
}
