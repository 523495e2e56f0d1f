package com.kaeru.api.integration;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk upserts from shop systems. Idempotent: sending the same batch twice changes nothing (the
 * second answer says UNCHANGED). At most {@value #MAX_BATCH} records per call.
 */
@Path("/shops/{slug}/integration")
@Tag(name = "Integration", description = "Idempotent bulk upserts of products, stock and orders")
public interface IntegrationApi {
    int MAX_BATCH = 500;

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @PUT
    @Path("/products")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "upsertProducts", summary = "Create or update products and their variants, keyed by externalId and SKU")
    @APIResponse(responseCode = "200", description = "Per-record outcome; bad records are REJECTED, good ones saved")
    @APIResponse(responseCode = "400", description = "Not a list, or more than 500 records")
    BatchResult upsertProducts(@PathParam("slug") String slug, List<ProductRecord> products);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @PUT
    @Path("/stock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "upsertStock", summary = "Set absolute stock levels per SKU")
    BatchResult upsertStock(@PathParam("slug") String slug, List<StockRecord> stock);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @PUT
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "upsertOrders", summary = "Create or update orders, keyed by externalId; lines reference SKUs")
    BatchResult upsertOrders(@PathParam("slug") String slug, List<OrderRecord> orders);
}
