package com.kaeru.api.insights;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
}
