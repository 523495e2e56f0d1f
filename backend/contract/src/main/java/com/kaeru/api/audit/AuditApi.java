package com.kaeru.api.audit;

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

/** Searching a shop's audit trail (managers and agency admins). */
@Path("/shops/{slug}/audit")
@Tag(name = "Audit", description = "Who did what and when")
@Produces(MediaType.APPLICATION_JSON)
public interface AuditApi {
    int MAX_PAGE_SIZE = 200;

    @GET
    @Operation(operationId = "listAuditEntries", summary = "The audit trail newest first. entity: RMA, refund, key prefix or slug (exact, any case); "
            + "actor: part of the name; action: exact; from/to: yyyy-MM-dd inclusive in the shop's time zone")
    @APIResponse(responseCode = "422", description = "Unreadable date or page size")
    AuditPageDto search(@PathParam("slug") String slug, @QueryParam("entityType") String entityType,
                        @QueryParam("entity") String entity, @QueryParam("actor") String actor,
                        @QueryParam("action") String action, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
                        @QueryParam("size") @DefaultValue("50") int size);

    @GET
    @Path("/actions")
    @Operation(operationId = "getAuditFacets", summary = "The actions and entity types that occur in this shop's trail, for filter choices")
    AuditFacetsDto facets(@PathParam("slug") String slug);
}
