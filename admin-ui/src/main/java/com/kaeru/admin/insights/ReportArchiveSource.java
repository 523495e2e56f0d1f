package com.kaeru.admin.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The shop's report archive as the Reports view needs it: the adapter {@code RestReportArchiveSource}
 * fills it from the backend's reports API (and only it knows the contract's DTOs), the Karibu tests
 * by hand. Refusals arrive as {@code ApiProblemException}s.
 */
public interface ReportArchiveSource {

    /** An archived report; {@code status} PENDING, READY or FAILED ({@code lastError} says why). */
    record Report(long id, String kind, LocalDate from, LocalDate to, String language, String status, String lastError,
                  Instant generatedAt) {
    }

    /** A recipient of the monthly report; {@code language} null: the shop's default. */
    record Recipient(String email, String language) {
    }

    List<Report> reports(String shop);

    /** "Generate now": the {@code kind} period containing {@code day}, in {@code language}; the archived report. */
    Report generate(String shop, String kind, LocalDate day, String language);

    /** A READY report's PDF ({@code format} PDF) or CSV in {@code charset} (UTF-8 or Shift_JIS). */
    InsightsSource.Download file(String shop, Report report, String format, String charset);

    List<Recipient> recipients(String shop);

    /** Replaces the recipients; the list as stored (addresses lower-cased, each once). */
    List<Recipient> saveRecipients(String shop, List<Recipient> recipients);
}
