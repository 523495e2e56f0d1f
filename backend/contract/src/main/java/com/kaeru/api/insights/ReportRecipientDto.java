package com.kaeru.api.insights;

/** Who receives the monthly report; {@code language} null: the shop's default language. */
public record ReportRecipientDto(String email, String language) {
}
