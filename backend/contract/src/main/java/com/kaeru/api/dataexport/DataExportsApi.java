package com.kaeru.api.dataexport;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Everything of one shop as a ZIP of CSV + JSON with a {@code manifest.json} (format version, per-file row counts
 * and SHA-256). Managers and agency admins only. The export runs in the background; the requester gets an e-mail
 * with the link once it is ready, and the link expires (docs/data-export.md).
 */
@Path("/shops/{slug}/data-exports")
@Tag(name = "Data export", description = "A shop's complete data as a ZIP, and its import into an empty shop")
public interface DataExportsApi {

    @SecurityRequirement(name = "bearer")
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestDataExport", summary = "Queue an export of everything of the shop (managers and "
            + "agency admins); the requester is e-mailed a download link when it is ready")
    @APIResponse(responseCode = "200", description = "The queued export")
    @APIResponse(responseCode = "403", description = "Not a manager or agency admin of the shop")
    DataExportDto request(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDataExports", summary = "The shop's exports, newest first, with their progress")
    @APIResponse(responseCode = "403", description = "Not a manager or agency admin of the shop")
    List<DataExportDto> list(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDataExport", summary = "One export with its status and progress")
    @APIResponse(responseCode = "403", description = "Not a manager or agency admin of the shop")
    @APIResponse(responseCode = "404", description = "No such export in this shop")
    DataExportDto get(@PathParam("slug") String slug, @PathParam("id") long id);

    @SecurityRequirement(name = "bearer")
    @GET
    @Path("/{id}/download")
    @Produces("application/zip")
    @Operation(operationId = "downloadDataExport", summary = "The export's ZIP (streamed)")
    @APIResponse(responseCode = "200", description = "The ZIP")
    @APIResponse(responseCode = "404", description = "No such export in this shop")
    @APIResponse(responseCode = "409", description = "Not ready yet (or failed)")
    @APIResponse(responseCode = "410", description = "The link has expired and the ZIP was removed")
    Response download(@PathParam("slug") String slug, @PathParam("id") long id);
}
