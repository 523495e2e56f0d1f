package com.kaeru.api.integration;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * CSV imports of orders, the catalog and stock counts: upload → preview (per-row errors) → commit all-or-nothing or valid rows only. A commit goes
 * through the same upsert as {@link IntegrationApi#upsertOrders}, so a job committed twice, or the same file
 * uploaded and committed again, creates each order once.
 */
@Path("/shops/{slug}/imports")
@Tag(name = "Imports", description = "CSV imports with preview, commit and history")
public interface ImportsApi {
    /** Largest file accepted (bytes). */
    int MAX_FILE_BYTES = 32 * 1024 * 1024;

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @POST
    @Path("/orders")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewOrderImport", summary = "Upload an order CSV (UTF-8 with or without BOM, or "
            + "Shift_JIS): it is parsed and kept as a previewed job with its row errors; nothing is imported yet")
    @APIResponse(responseCode = "200", description = "The previewed job")
    @APIResponse(responseCode = "413", description = "Larger than 32 MB")
    @APIResponse(responseCode = "422", description = "Empty, an unknown preset or charset")
    ImportJobDto previewOrders(@PathParam("slug") String slug,
            @QueryParam("fileName") @DefaultValue("orders.csv") String fileName,
            @QueryParam("preset") @DefaultValue("GENERIC") String preset,
            @QueryParam("charset") String charset,
            @RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))}) byte[] csv);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @POST
    @Path("/products")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewProductImport", summary = "Upload a catalog CSV (one row per variant: product_id, "
            + "name_ja, name_en, category, tags, final_sale, status, sku, size, color, price in minor units, "
            + "restock_date): previewed like an order file; the commit upserts products and variants by id and SKU")
    @APIResponse(responseCode = "200", description = "The previewed job")
    @APIResponse(responseCode = "413", description = "Larger than 32 MB")
    @APIResponse(responseCode = "422", description = "Empty, or an unknown charset")
    ImportJobDto previewProducts(@PathParam("slug") String slug,
            @QueryParam("fileName") @DefaultValue("products.csv") String fileName,
            @QueryParam("charset") String charset,
            @RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))}) byte[] csv);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @POST
    @Path("/stock")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewStockImport", summary = "Upload a stock CSV (sku, sellable, outlet, location, "
            + "as_of): previewed like an order file; the commit applies each count through the stock ledger "
            + "(a SYNC movement), as PUT …/integration/stock does")
    @APIResponse(responseCode = "200", description = "The previewed job")
    @APIResponse(responseCode = "413", description = "Larger than 32 MB")
    @APIResponse(responseCode = "422", description = "Empty, or an unknown charset")
    ImportJobDto previewStock(@PathParam("slug") String slug,
            @QueryParam("fileName") @DefaultValue("stock.csv") String fileName,
            @QueryParam("charset") String charset,
            @RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))}) byte[] csv);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listImports", summary = "The shop's imports, newest first (who, when, file, counts)")
    List<ImportJobDto> history(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getImport", summary = "One import with its first row errors")
    @APIResponse(responseCode = "404", description = "No such import in this shop")
    ImportJobDto job(@PathParam("slug") String slug, @PathParam("id") long id);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @POST
    @Path("/{id}/commit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "commitImport", summary = "Import a previewed job: mode=ALL_OR_NOTHING (any error → 422 "
            + "and nothing imported) or VALID_ONLY. Committing a committed job again changes nothing. A file of "
            + "2,000 valid orders or more is imported in the background: 202, the job (COMMITTING) at Location; poll it "
            + "until COMMITTED, or PREVIEWED with a failure (refused, nothing imported)")
    @APIResponse(responseCode = "200", description = "The committed job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "202", description = "Being imported in the background; the job is at Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobDto.class)))
    @APIResponse(responseCode = "404", description = "No such import in this shop")
    @APIResponse(responseCode = "422", description = "ALL_OR_NOTHING and the file has errors; nothing imported")
    Response commit(@PathParam("slug") String slug, @PathParam("id") long id,
            @QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") String mode);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/{id}/errors.csv")
    @Produces("text/csv")
    @Operation(operationId = "downloadImportErrors", summary = "All row errors of an import as CSV (UTF-8 with BOM): "
            + "line, column, message in the caller's language")
    @APIResponse(responseCode = "200", description = "The errors")
    @APIResponse(responseCode = "404", description = "No such import in this shop")
    Response errors(@PathParam("slug") String slug, @PathParam("id") long id);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/mapping")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getImportMapping", summary = "The shop's saved column mapping for order files")
    ImportMappingDto mapping(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @PUT
    @Path("/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putImportMapping", summary = "Save the shop's column mapping (replaces the previous one)")
    @APIResponse(responseCode = "422", description = "An unknown field or a blank header")
    ImportMappingDto saveMapping(@PathParam("slug") String slug, ImportMappingDto mapping);
}
