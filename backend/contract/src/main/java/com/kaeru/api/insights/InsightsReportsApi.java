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
 * A shop's report archive (docs/insights.md, "Report archive"): the monthly report made on the 1st for
 * the month before (in the shop's time zone) and e-mailed to the recipients, and weekly, monthly or
 * quarterly reports generated on request. One report per kind, period and language, however often or
 * by however many instances it is asked for. Roles: VIEW_REPORTS (analysts, managers, agency admins)
 * read and generate; MANAGE_SETTINGS (managers, agency admins) choose the recipients and re-send.
 */
@Path("/shops/{slug}/insights/reports")
@Tag(name = "Insights", description = "Return analytics and KPIs")
@Produces(MediaType.APPLICATION_JSON)
public interface InsightsReportsApi {

    @GET
    @Operation(operationId = "listShopReports", summary = "The archived reports, newest period first")
    @APIResponse(responseCode = "200", description = "The archive")
    @APIResponse(responseCode = "403", description = "The caller may not read this shop's reports")
    List<ArchivedReportDto> list(@PathParam("slug") String slug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "generateShopReport", summary = "Generates the report of a complete week, month or quarter now "
            + "and archives it; a report of that period and language that exists already (or is being made by another "
            + "request) is answered instead of a second one")
    @APIResponse(responseCode = "200", description = "The archived report (READY), or the one being made (PENDING)")
    @APIResponse(responseCode = "400", description = "An unknown kind or language, an unreadable date; field errors say why")
    @APIResponse(responseCode = "403", description = "The caller may not read this shop's reports")
    @APIResponse(responseCode = "422", description = "The period is not over yet")
    ArchivedReportDto generate(@PathParam("slug") String slug, ReportRequest request);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getShopReport", summary = "One archived report")
    @APIResponse(responseCode = "200", description = "The report")
    @APIResponse(responseCode = "403", description = "The caller may not read this shop's reports")
    @APIResponse(responseCode = "404", description = "No such report in this shop")
    ArchivedReportDto get(@PathParam("slug") String slug, @PathParam("id") long id);

    @GET
    @Path("/{id}/report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "downloadShopReportPdf", summary = "The archived report's PDF, as it was made")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment named <shop>-<kind>-<from>-<to>-<lang>.pdf")
    @APIResponse(responseCode = "403", description = "The caller may not read this shop's reports")
    @APIResponse(responseCode = "404", description = "No such report in this shop, or it is not ready")
    Response pdf(@PathParam("slug") String slug, @PathParam("id") long id);

    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadShopReportCsv", summary = "The archived report's figures as CSV: charset=UTF-8 (default, "
            + "with a byte-order mark) or Shift_JIS (Windows-31J)")
    @APIResponse(responseCode = "200", description = "The CSV, as an attachment named <shop>-<kind>-<from>-<to>-<lang>.csv")
    @APIResponse(responseCode = "403", description = "The caller may not read this shop's reports")
    @APIResponse(responseCode = "404", description = "No such report in this shop, or it is not ready")
    @APIResponse(responseCode = "422", description = "An unknown charset")
    Response csv(@PathParam("slug") String slug, @PathParam("id") long id,
                 @QueryParam("charset") @DefaultValue("UTF-8") String charset);

    @POST
    @Path("/{id}/send")
    @Operation(operationId = "sendShopReport", summary = "E-mails a ready report (PDF attached) to every current recipient "
            + "once more (managers)")
    @APIResponse(responseCode = "200", description = "Who it was queued for")
    @APIResponse(responseCode = "403", description = "The caller may not change this shop's settings")
    @APIResponse(responseCode = "404", description = "No such report in this shop, or it is not ready")
    ReportSendDto send(@PathParam("slug") String slug, @PathParam("id") long id);

    @GET
    @Path("/recipients")
    @Operation(operationId = "getShopReportRecipients", summary = "Who receives the monthly report, in which language")
    @APIResponse(responseCode = "200", description = "The recipients")
    @APIResponse(responseCode = "403", description = "The caller may not read this shop's reports")
    ReportRecipientsDto recipients(@PathParam("slug") String slug);

    @PUT
    @Path("/recipients")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setShopReportRecipients", summary = "Replaces the monthly report's recipients (managers)")
    @APIResponse(responseCode = "200", description = "The recipients now")
    @APIResponse(responseCode = "400", description = "An invalid e-mail address or language, or too many; field errors say why")
    @APIResponse(responseCode = "403", description = "The caller may not change this shop's settings")
    ReportRecipientsDto setRecipients(@PathParam("slug") String slug, ReportRecipientsUpdate update);
}
