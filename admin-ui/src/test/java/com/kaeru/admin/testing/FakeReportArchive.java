package com.kaeru.admin.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kaeru.admin.insights.InsightsSource;
import com.kaeru.admin.insights.ReportArchiveSource;
import com.kaeru.api.problem.Problem;
import com.kaeru.client.ApiProblemException;

/**
 * The report archive the way the backend answers: two archived reports of sakura-apparel, "generate
 * now" for a finished month (the same period twice is the same report), a 400 with a field error for
 * an address without "@", and a 403 for anyone without VIEW_REPORTS (operators). An agency's archive answers
 * the same for demo-agency and a 403 for any other agency; re-sends reach the recipients of the report's
 * language.
 */
public class FakeReportArchive implements ReportArchiveSource {
    public final List<Report> reports = new ArrayList<>(List.of(
            new Report(2, "MONTHLY", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "ja", "READY", null,
                    Instant.parse("2026-11-30T15:05:00Z")),
            new Report(1, "WEEKLY", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), "en", "FAILED",
                    "IllegalStateException: font missing", null)));
    public final List<Recipient> recipients = new ArrayList<>(List.of(new Recipient("tencho@example.jp", null)));
    /** Every generate call, as "kind day language". */
    public final List<String> generated = new ArrayList<>();
    /** Every file asked for, as "id format charset". */
    public final List<String> files = new ArrayList<>();
    /** Every re-send, as "archive-slug id". */
    public final List<String> resent = new ArrayList<>();
    private final boolean refused;

    public FakeReportArchive(boolean refused) {
        this.refused = refused;
    }

    private void check(Archive archive) {
        if (archive.agency() ? !"demo-agency".equals(archive.slug()) : refused) {
            throw FakeReturns.problem(403, archive.agency() ? "You do not administer agency \"" + archive.slug() + "\"."
                    : "You may not read this shop's reports.");
        }
    }

    @Override
    public List<Report> reports(Archive archive) {
        check(archive);
        return List.copyOf(reports);
    }

    @Override
    public Report generate(Archive archive, String kind, LocalDate day, String language) {
        check(archive);
        generated.add(kind + " " + day + " " + language);
        LocalDate from = day.withDayOfMonth(1);
        if (!from.plusMonths(1).isBefore(LocalDate.of(2026, 12, 6))) {
            throw FakeReturns.problem(422, "The MONTHLY period " + from + " – " + from.plusMonths(1).minusDays(1)
                    + " is not over yet.");
        }
        for (Report r : reports) {
            if (r.kind().equals(kind) && r.from().equals(from) && r.language().equals(language)) {
                return r;
            }
        }
        Report made = new Report(reports.size() + 1, kind, from, from.plusMonths(1).minusDays(1), language, "READY", null,
                Instant.parse("2026-12-05T01:00:00Z"));
        reports.add(0, made);
        return made;
    }

    @Override
    public InsightsSource.Download file(Archive archive, Report report, String format, String charset) {
        files.add(report.id() + " " + format + " " + charset);
        return new InsightsSource.Download(new java.io.ByteArrayInputStream(new byte[] {'%', 'P', 'D', 'F'}),
                archive.slug() + "." + format.toLowerCase(Locale.ROOT), "application/pdf");
    }

    @Override
    public List<Recipient> recipients(Archive archive) {
        check(archive);
        return List.copyOf(recipients);
    }

    @Override
    public List<Recipient> saveRecipients(Archive archive, List<Recipient> wanted) {
        check(archive);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            if (!wanted.get(i).email().contains("@")) {
                errors.add(new Problem.FieldError("recipients[" + i + "].email", "must be a well-formed email address"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblemException(new Problem("https://kaeru.app/problems/validation", "Invalid", 400,
                    "1 field is invalid", null, errors));
        }
        recipients.clear();
        wanted.forEach(r -> recipients.add(new Recipient(r.email().toLowerCase(Locale.ROOT), r.language())));
        return List.copyOf(recipients);
    }

    @Override
    public List<String> resend(Archive archive, Report report) {
        check(archive);
        resent.add(archive.slug() + " " + report.id());
        return recipients.stream().filter(r -> (r.language() == null ? "ja" : r.language()).equals(report.language()))
                .map(Recipient::email).toList();
    }
}
