package com.kaeru.admin.insights;

import java.util.List;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.api.insights.ArchivedReportDto;
import com.kaeru.api.insights.ReportRecipientDto;
import com.kaeru.api.insights.ReportRecipientsUpdate;
import com.kaeru.api.insights.ReportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@link ReportArchiveSource} from the backend's reports APIs: {@code InsightsReportsApi} for a shop,
 * {@code AgencyReportsApi} for an agency (the same DTOs and rules).
 */
@ApplicationScoped
public class RestReportArchiveSource implements ReportArchiveSource {
    @Inject
    StaffBackend backend;

    @Override
    public List<Report> reports(Archive archive) {
        List<ArchivedReportDto> list = archive.agency() ? backend.agencyReports().list(archive.slug())
                : backend.insightsReports().list(archive.slug());
        return list.stream().map(RestReportArchiveSource::report).toList();
    }

    @Override
    public Report generate(Archive archive, String kind, java.time.LocalDate day, String language) {
        ReportRequest request = new ReportRequest(kind, day == null ? null : day.toString(), language);
        return report(archive.agency() ? backend.agencyReports().generate(archive.slug(), request)
                : backend.insightsReports().generate(archive.slug(), request));
    }

    @Override
    public InsightsSource.Download file(Archive archive, Report report, String format, String charset) {
        boolean pdf = "PDF".equals(format);
        String slug = archive.slug();
        jakarta.ws.rs.core.Response response = archive.agency()
                ? pdf ? backend.agencyReports().pdf(slug, report.id()) : backend.agencyReports().csv(slug, report.id(), charset)
                : pdf ? backend.insightsReports().pdf(slug, report.id()) : backend.insightsReports().csv(slug, report.id(), charset);
        String name = slug + "-" + report.kind().toLowerCase(java.util.Locale.ROOT) + "-" + report.from() + "-"
                + report.to() + "-" + report.language() + (pdf ? ".pdf" : ".csv");
        return new InsightsSource.Download(response.readEntity(java.io.InputStream.class), name,
                pdf ? "application/pdf" : "text/csv; charset=" + charset);
    }

    @Override
    public List<Recipient> recipients(Archive archive) {
        return recipients(archive.agency() ? backend.agencyReports().recipients(archive.slug()).recipients()
                : backend.insightsReports().recipients(archive.slug()).recipients());
    }

    @Override
    public List<Recipient> saveRecipients(Archive archive, List<Recipient> recipients) {
        ReportRecipientsUpdate update = new ReportRecipientsUpdate(recipients.stream()
                .map(r -> new ReportRecipientsUpdate.Recipient(r.email(), r.language())).toList());
        return recipients(archive.agency() ? backend.agencyReports().setRecipients(archive.slug(), update).recipients()
                : backend.insightsReports().setRecipients(archive.slug(), update).recipients());
    }

    @Override
    public List<String> resend(Archive archive, Report report) {
        return (archive.agency() ? backend.agencyReports().send(archive.slug(), report.id())
                : backend.insightsReports().send(archive.slug(), report.id())).queuedTo();
    }

    private static List<Recipient> recipients(List<ReportRecipientDto> list) {
        return list.stream().map(r -> new Recipient(r.email(), r.language())).toList();
    }

    private static Report report(ArchivedReportDto dto) {
        return new Report(dto.id(), dto.kind(), dto.from(), dto.to(), dto.language(), dto.status(), dto.lastError(),
                dto.generatedAt());
    }
}
