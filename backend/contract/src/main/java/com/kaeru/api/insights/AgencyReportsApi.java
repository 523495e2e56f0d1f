package com.kaeru.api.insights;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An agency's archive of roll-up reports (docs/insights.md, "Agency roll-up report"): the monthly roll-up
 * of every client shop made on the 1st for the month before and e-mailed to the agency's recipients, and
 * weekly, monthly or quarterly roll-ups generated on request; one report per kind, period and language,
 * however often or by however many instances it is asked for. Only the agency's admins, and only its own
 * shops and reports: another agency's report is not found.
 */
@Path("/agencies/{agency}/insights/reports")
@Tag(name = "Agency", description = "Client shops of an agency")
@Produces(MediaType.APPLICATION_JSON)
public interface AgencyReportsApi {

    @GET
    @Operation(operationId = "listAgencyReports", summary = "The agency's archived roll-up reports, newest period first")
    @APIResponse(responseCode = "200", description = "The archive")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    List<ArchivedReportDto> list(@PathParam("agency") String agency);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "generateAgencyReport", summary = "Generates the roll-up report of a complete week, month or "
            + "quarter now and archives it; one of that period and language that exists already (or is being made by "
            + "another request) is answered instead of a second one")
    @APIResponse(responseCode = "200", description = "The archived report (READY), or the one being made (PENDING)")
    @APIResponse(responseCode = "400", description = "An unknown kind or language, an unreadable date; field errors say why")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    @APIResponse(responseCode = "422", description = "The period is not over yet")
    ArchivedReportDto generate(@PathParam("agency") String agency, ReportRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAgencyReport", summary = "One archived roll-up report")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    @APIResponse(responseCode = "404", description = "No such report in this agency")
    ArchivedReportDto get(@PathParam("agency") String agency, @PathParam("id") long id);

    @GET
    @Path("/{id}/report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "downloadAgencyReportPdf", summary = "The archived roll-up report's PDF, as it was made")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment named <agency>-<kind>-<from>-<to>-<lang>.pdf")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    @APIResponse(responseCode = "404", description = "No such report in this agency, or it is not ready")
    Response pdf(@PathParam("agency") String agency, @PathParam("id") long id);

    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadAgencyReportCsv", summary = "The archived roll-up's figures as CSV, one row per shop "
            + "and KPI: charset=UTF-8 (default, with a byte-order mark) or Shift_JIS (Windows-31J)")
    @APIResponse(responseCode = "200", description = "The CSV, as an attachment named <agency>-<kind>-<from>-<to>-<lang>.csv")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    @APIResponse(responseCode = "404", description = "No such report in this agency, or it is not ready")
    @APIResponse(responseCode = "422", description = "An unknown charset")
    Response csv(@PathParam("agency") String agency, @PathParam("id") long id,
                 @QueryParam("charset") @DefaultValue("UTF-8") String charset);

    @POST
    @Path("/{id}/send")
    @Operation(operationId = "sendAgencyReport", summary = "E-mails a ready roll-up report (PDF attached) to every current "
            + "recipient of its language once more")
    @APIResponse(responseCode = "200", description = "Who it was queued for")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    @APIResponse(responseCode = "404", description = "No such report in this agency, or it is not ready")
    ReportSendDto send(@PathParam("agency") String agency, @PathParam("id") long id);

    @GET
    @Path("/recipients")
    @Operation(operationId = "getAgencyReportRecipients", summary = "Who receives the monthly roll-up report, in which language")
    @APIResponse(responseCode = "200", description = "The recipients")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    AgencyReportRecipientsDto recipients(@PathParam("agency") String agency);

    @PUT
    @Path("/recipients")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setAgencyReportRecipients", summary = "Replaces the monthly roll-up report's recipients "
            + "(at most 50; addresses are stored lower-case, one given twice counts once)")
    @APIResponse(responseCode = "200", description = "The recipients now")
    @APIResponse(responseCode = "400", description = "An invalid e-mail address or language, or too many; field errors say why")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    AgencyReportRecipientsDto setRecipients(@PathParam("agency") String agency, ReportRecipientsUpdate update);
}
