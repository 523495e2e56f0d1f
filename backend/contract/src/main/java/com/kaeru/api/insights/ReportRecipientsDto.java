package com.kaeru.api.insights;

import java.util.List;

/** The monthly report's recipients, by address, and the language of those without their own. */
public record ReportRecipientsDto(String shop, String defaultLanguage, List<ReportRecipientDto> recipients) {
}
