package com.kaeru.api.returns;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The "all my shops" queue of an agency's admins: every client shop's returns in one list. */
@Path("/agencies/{agency}/returns")
@Tag(name = "Agency", description = "Client shops of an agency")
@Produces(MediaType.APPLICATION_JSON)
public interface AgencyReturnsApi {

    @GET
    @Operation(operationId = "listAgencyReturns", summary = "The returns of all the agency's shops, newest first, each row with its shop. The same "
            + "filters as a shop's queue (reason codes of any of the shops; dates in the time zone most of the "
            + "agency's shops use)")
    @APIResponse(responseCode = "200", description = "A page of returns")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    @APIResponse(responseCode = "422", description = "An unknown status, resolution, method or an unreadable date")
    AgencyReturnPageDto search(@PathParam("agency") String agency, @QueryParam("status") String status,
                               @QueryParam("q") String query,
                               @QueryParam("overdue") @DefaultValue("false") boolean overdueOnly,
                               @QueryParam("reason") String reason, @QueryParam("resolution") String resolution,
                               @QueryParam("method") String returnMethod, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("dateField") String dateField,
                               @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("50") int size);
}
