package com.kaeru.api.insights;

import java.util.List;

/**
 * The agency roll-up report's recipients, by address; those without a language of their own read
 * {@code defaultLanguage} (always {@code ja}: an agency has no language setting).
 */
public record AgencyReportRecipientsDto(String agency, String defaultLanguage, List<ReportRecipientDto> recipients) {
}
