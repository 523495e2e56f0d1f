package com.kaeru.api.dataexport;

import java.io.InputStream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Restores an export ZIP ({@link DataExportsApi}) into an empty shop: orders and lines, catalog, stock (locations,
 * movements, levels), return reasons, policy rules, returns with their lines and notes, and refunds. All or
 * nothing; the archive's files are checked against its manifest first.
 */
@Path("/shops/{slug}/data-imports")
@Tag(name = "Data export", description = "A shop's complete data as a ZIP, and its import into an empty shop")
public interface DataImportsApi {
    /** Largest archive accepted (bytes). */
    long MAX_ARCHIVE_BYTES = 512L * 1024 * 1024;

    @SecurityRequirement(name = "bearer")
    @POST
    @Consumes("application/zip")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importDataExport", summary = "Restore an export ZIP into this empty shop (managers and "
            + "agency admins)")
    @APIResponse(responseCode = "200", description = "What was restored")
    @APIResponse(responseCode = "403", description = "Not a manager or agency admin of the shop")
    @APIResponse(responseCode = "409", description = "The shop already has orders, products or returns")
    @APIResponse(responseCode = "413", description = "Larger than 512 MB")
    @APIResponse(responseCode = "422", description = "Not a Kaeru export, another format version, or a file that "
            + "does not match the manifest; nothing restored")
    DataImportDto restore(@PathParam("slug") String slug,
            @RequestBody(required = true, content = @Content(mediaType = "application/zip",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) InputStream archive);
}
