package com.kaeru.admin.insights;

import java.util.List;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.api.insights.ArchivedReportDto;
import com.kaeru.api.insights.ReportRecipientsDto;
import com.kaeru.api.insights.ReportRecipientsUpdate;
import com.kaeru.api.insights.ReportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@link ReportArchiveSource} from the backend's reports API ({@code InsightsReportsApi}). */
@ApplicationScoped
public class RestReportArchiveSource implements ReportArchiveSource {
    @Inject
    StaffBackend backend;

    @Override
    public List<Report> reports(String shop) {
        return backend.insightsReports().list(shop).stream().map(RestReportArchiveSource::report).toList();
    }

    @Override
    public Report generate(String shop, String kind, java.time.LocalDate day, String language) {
        return report(backend.insightsReports().generate(shop,
                new ReportRequest(kind, day == null ? null : day.toString(), language)));
    }

    @Override
    public InsightsSource.Download file(String shop, Report report, String format, String charset) {
        boolean pdf = "PDF".equals(format);
        jakarta.ws.rs.core.Response response = pdf ? backend.insightsReports().pdf(shop, report.id())
                : backend.insightsReports().csv(shop, report.id(), charset);
        String name = shop + "-" + report.kind().toLowerCase(java.util.Locale.ROOT) + "-" + report.from() + "-"
                + report.to() + "-" + report.language() + (pdf ? ".pdf" : ".csv");
        return new InsightsSource.Download(response.readEntity(java.io.InputStream.class), name,
                pdf ? "application/pdf" : "text/csv; charset=" + charset);
    }

    @Override
    public List<Recipient> recipients(String shop) {
        return recipients(backend.insightsReports().recipients(shop));
    }

    @Override
    public List<Recipient> saveRecipients(String shop, List<Recipient> recipients) {
        return recipients(backend.insightsReports().setRecipients(shop, new ReportRecipientsUpdate(recipients.stream()
                .map(r -> new ReportRecipientsUpdate.Recipient(r.email(), r.language())).toList())));
    }

    private static List<Recipient> recipients(ReportRecipientsDto dto) {
        return dto.recipients().stream().map(r -> new Recipient(r.email(), r.language())).toList();
    }

    private static Report report(ArchivedReportDto dto) {
        return new Report(dto.id(), dto.kind(), dto.from(), dto.to(), dto.language(), dto.status(), dto.lastError(),
                dto.generatedAt());
    }
}
