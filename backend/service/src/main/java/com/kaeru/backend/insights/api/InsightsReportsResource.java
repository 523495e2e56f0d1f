package com.kaeru.backend.insights.api;

import java.util.List;

import com.kaeru.api.insights.ArchivedReportDto;
import com.kaeru.api.insights.InsightsReportsApi;
import com.kaeru.api.insights.ReportRecipientsDto;
import com.kaeru.api.insights.ReportRecipientsUpdate;
import com.kaeru.api.insights.ReportRequest;
import com.kaeru.api.insights.ReportSendDto;
import com.kaeru.backend.insights.application.ReportArchive;
import com.kaeru.backend.insights.application.ReportGenerator;
import com.kaeru.backend.platform.web.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class InsightsReportsResource implements InsightsReportsApi {
    @Inject
    ReportArchive archive;
    @Inject
    ReportGenerator generator;
    @Inject
    RequestBodies bodies;

    @Override
    public List<ArchivedReportDto> list(String slug) {
        return archive.list(ReportArchive.Archive.shop(slug));
    }

    /**
     * Asks for the report (committed: from now on every other request finds it), then makes it here
     * unless another request or instance already holds it; answers the archive's state either way.
     */
    @Override
    public ArchivedReportDto generate(String slug, ReportRequest request) {
        ReportRequest valid = bodies.validated(request);
        ReportArchive.Requested requested = archive.request(ReportArchive.Archive.shop(slug), valid.kind, valid.date, valid.language);
        generator.generate(requested.owner(), requested.reportId(), java.time.Instant.now());
        return archive.get(ReportArchive.Archive.shop(slug), requested.reportId());
    }

    @Override
    public ArchivedReportDto get(String slug, long id) {
        return archive.get(ReportArchive.Archive.shop(slug), id);
    }

    @Override
    public Response pdf(String slug, long id) {
        return download(archive.file(ReportArchive.Archive.shop(slug), id, "pdf", null));
    }

    @Override
    public Response csv(String slug, long id, String charset) {
        return download(archive.file(ReportArchive.Archive.shop(slug), id, "csv", charset));
    }

    @Override
    public ReportSendDto send(String slug, long id) {
        return archive.send(ReportArchive.Archive.shop(slug), id);
    }

    @Override
    public ReportRecipientsDto recipients(String slug) {
        return dto(archive.recipients(ReportArchive.Archive.shop(slug)));
    }

    @Override
    public ReportRecipientsDto setRecipients(String slug, ReportRecipientsUpdate update) {
        return dto(archive.setRecipients(ReportArchive.Archive.shop(slug), bodies.validated(update).recipients));
    }

    private static ReportRecipientsDto dto(ReportArchive.Recipients recipients) {
        return new ReportRecipientsDto(recipients.slug(), recipients.defaultLanguage(), recipients.recipients());
    }

    static Response download(ReportArchive.File file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
