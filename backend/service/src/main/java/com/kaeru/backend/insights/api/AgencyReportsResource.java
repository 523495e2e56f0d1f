package com.kaeru.backend.insights.api;

import java.time.Instant;
import java.util.List;

import com.kaeru.api.insights.AgencyReportRecipientsDto;
import com.kaeru.api.insights.AgencyReportsApi;
import com.kaeru.api.insights.ArchivedReportDto;
import com.kaeru.api.insights.ReportRecipientsUpdate;
import com.kaeru.api.insights.ReportRequest;
import com.kaeru.api.insights.ReportSendDto;
import com.kaeru.backend.insights.application.ReportArchive;
import com.kaeru.backend.insights.application.ReportArchive.Archive;
import com.kaeru.backend.insights.application.ReportGenerator;
import com.kaeru.backend.platform.web.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The agency's roll-up report archive: the shop archive's use cases on the agency's own archive. */
@RequestScoped
@SecurityRequirement(name = "bearer")
public class AgencyReportsResource implements AgencyReportsApi {
    @Inject
    ReportArchive archive;
    @Inject
    ReportGenerator generator;
    @Inject
    RequestBodies bodies;

    @Override
    public List<ArchivedReportDto> list(String agency) {
        return archive.list(Archive.agency(agency));
    }

    /** As a shop's "generate now": asked for (committed), then made here unless another request holds it. */
    @Override
    public ArchivedReportDto generate(String agency, ReportRequest request) {
        ReportRequest valid = bodies.validated(request);
        ReportArchive.Requested requested = archive.request(Archive.agency(agency), valid.kind, valid.date, valid.language);
        generator.generate(requested.owner(), requested.reportId(), Instant.now());
        return archive.get(Archive.agency(agency), requested.reportId());
    }

    @Override
    public ArchivedReportDto get(String agency, long id) {
        return archive.get(Archive.agency(agency), id);
    }

    @Override
    public Response pdf(String agency, long id) {
        return InsightsReportsResource.download(archive.file(Archive.agency(agency), id, "pdf", null));
    }

    @Override
    public Response csv(String agency, long id, String charset) {
        return InsightsReportsResource.download(archive.file(Archive.agency(agency), id, "csv", charset));
    }

    @Override
    public ReportSendDto send(String agency, long id) {
        return archive.send(Archive.agency(agency), id);
    }

    @Override
    public AgencyReportRecipientsDto recipients(String agency) {
        return dto(archive.recipients(Archive.agency(agency)));
    }

    @Override
    public AgencyReportRecipientsDto setRecipients(String agency, ReportRecipientsUpdate update) {
        return dto(archive.setRecipients(Archive.agency(agency), bodies.validated(update).recipients));
    }

    private static AgencyReportRecipientsDto dto(ReportArchive.Recipients recipients) {
        return new AgencyReportRecipientsDto(recipients.slug(), recipients.defaultLanguage(), recipients.recipients());
    }
}
