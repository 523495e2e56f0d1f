package com.kaeru.admin.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report archive as the report pages need it — a shop's ({@code ReportsView}) or an agency's roll-up
 * reports ({@code AgencyReportsView}), named by {@link Archive}: the adapter {@code RestReportArchiveSource}
 * fills it from the backend's reports APIs (and only it knows the contract's DTOs), the Karibu tests by
 * hand. Refusals arrive as {@code ApiProblemException}s.
 */
public interface ReportArchiveSource {

    /** Whose archive: a shop's by its slug, or ({@code agency}) an agency's by the agency's slug. */
    record Archive(boolean agency, String slug) {
        public static Archive shop(String slug) {
            return new Archive(false, slug);
        }

        public static Archive agency(String slug) {
            return new Archive(true, slug);
        }
    }

    /** An archived report; {@code status} PENDING, READY or FAILED ({@code lastError} says why). */
    record Report(long id, String kind, LocalDate from, LocalDate to, String language, String status, String lastError,
                  Instant generatedAt) {
    }

    /** A recipient of the monthly report; {@code language} null: the archive's default. */
    record Recipient(String email, String language) {
    }

    List<Report> reports(Archive archive);

    /** "Generate now": the {@code kind} period containing {@code day}, in {@code language}; the archived report. */
    Report generate(Archive archive, String kind, LocalDate day, String language);

    /** A READY report's PDF ({@code format} PDF) or CSV in {@code charset} (UTF-8 or Shift_JIS). */
    InsightsSource.Download file(Archive archive, Report report, String format, String charset);

    List<Recipient> recipients(Archive archive);

    /** Replaces the recipients; the list as stored (addresses lower-cased, each once). */
    List<Recipient> saveRecipients(Archive archive, List<Recipient> recipients);

    /** E-mails a READY report once more to the recipients of its language; the addresses it was queued for. */
    List<String> resend(Archive archive, Report report);
}
