package com.kaeru.api.reasons;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The return reason codes a shop offers. */
@Path("/shops/{slug}/return-reasons")
@Tag(name = "Return reasons", description = "Per-shop structured return reasons")
public interface ReturnReasonsApi {

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listReturnReasons", summary = "The shop's return reasons, parents before children")
    List<ReturnReasonDto> list(@PathParam("slug") String slug);
}
