package com.kaeru.api.insights;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * "Generate now": the report of the {@code kind} period that contains {@code date} (yyyy-MM-dd in the
 * shop's time zone; absent: the last complete period), in {@code language} (absent: the shop's
 * default). The period must be over. A class, not a record: see {@code BrandingUpdate}.
 */
public final class ReportRequest {
    /** {@code WEEKLY} (Monday–Sunday), {@code MONTHLY} or {@code QUARTERLY}. */
    @NotBlank
    @Pattern(regexp = "WEEKLY|MONTHLY|QUARTERLY", message = "{kaeru.insights.report.kind.pattern}")
    public String kind;

    /** A day inside the period; absent: the last complete period. */
    @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{kaeru.insights.report.date.pattern}")
    public String date;

    /** {@code ja} or {@code en}; absent: the shop's default language. */
    @Pattern(regexp = "ja|en", message = "{kaeru.insights.report.language.pattern}")
    public String language;

    public ReportRequest() {
    }

    public ReportRequest(String kind, String date, String language) {
        this.kind = kind;
        this.date = date;
        this.language = language;
    }
}
