package com.kaeru.api.insights;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The agency roll-up for the agency's admins: only shops of this agency, never another's. */
@Path("/agencies/{agency}/insights")
@Tag(name = "Agency", description = "Client shops of an agency")
@Produces(MediaType.APPLICATION_JSON)
public interface AgencyInsightsApi {

    @GET
    @Operation(operationId = "getAgencyInsights", summary = "Every client shop's KPI tiles side by side for a period (same rules for "
            + "from, to and compare as a shop's insights; each shop's dates in its own time zone)")
    @APIResponse(responseCode = "200", description = "One row per shop")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    @APIResponse(responseCode = "422", description = "An unreadable, backwards, too long or future period, or an unknown comparison")
    AgencyInsightsDto rollUp(@PathParam("agency") String agency, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("compare") String compare);

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getAgencyInsightsReportPdf", summary = "The agency roll-up as an A4 landscape report PDF: one row per "
            + "client shop of the agency (never another's) with its KPIs and their change against the comparison period, in lang=ja or en (default: Accept-Language); same period rules as the roll-up")
    @APIResponse(responseCode = "200", description = "The report, as an attachment named <agency>-rollup-<from>-<to>.pdf")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    @APIResponse(responseCode = "422", description = "A bad period, an unknown comparison or language")
    Response reportPdf(@PathParam("agency") String agency, @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("compare") String compare, @QueryParam("lang") String lang);
}
