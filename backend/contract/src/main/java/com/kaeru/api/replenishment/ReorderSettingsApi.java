package com.kaeru.api.replenishment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
 * Lead time, safety stock and sales window: the shop's defaults, and overrides per product or
 * variant. Everyone in the shop reads (VIEW_SHOP); managers change them (MANAGE_SETTINGS), which
 * recomputes the shop's reorder points at once.
 */
@Path("/shops/{slug}/inventory/reorder-settings")
@Tag(name = "Reorder points", description = "Reorder settings, reorder points and alerts")
@Produces(MediaType.APPLICATION_JSON)
public interface ReorderSettingsApi {

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Operation(operationId = "getReorderSettings", summary = "The shop's reorder defaults and its overrides")
    ReorderSettingsDto settings(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReorderSettings", summary = "Set the shop's lead time, safety stock and sales window (managers)")
    ReorderSettingsDto update(@PathParam("slug") String slug, ReorderSettingsRequest request);

    @SecurityRequirement(name = "bearer")
    @PUT
    @Path("/variants/{sku}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setVariantReorderOverride", summary = "A variant's own lead time and/or safety stock (managers)")
    @APIResponse(responseCode = "404", description = "Unknown SKU")
    @APIResponse(responseCode = "422", description = "Neither value given")
    ReorderSettingsDto overrideVariant(@PathParam("slug") String slug, @PathParam("sku") String sku,
                                       ReorderOverrideRequest request);

    @SecurityRequirement(name = "bearer")
    @DELETE
    @Path("/variants/{sku}")
    @Operation(operationId = "removeVariantReorderOverride", summary = "The variant inherits again (managers)")
    @APIResponse(responseCode = "404", description = "Unknown SKU")
    ReorderSettingsDto removeVariantOverride(@PathParam("slug") String slug, @PathParam("sku") String sku);

    @SecurityRequirement(name = "bearer")
    @PUT
    @Path("/products/{product}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setProductReorderOverride", summary = "A product's lead time and/or safety stock for all its "
            + "variants; product = the external id the shop system sent (managers)")
    @APIResponse(responseCode = "404", description = "Unknown product")
    @APIResponse(responseCode = "422", description = "Neither value given")
    ReorderSettingsDto overrideProduct(@PathParam("slug") String slug, @PathParam("product") String product,
                                       ReorderOverrideRequest request);

    @SecurityRequirement(name = "bearer")
    @DELETE
    @Path("/products/{product}")
    @Operation(operationId = "removeProductReorderOverride", summary = "The product's variants inherit the shop's values again (managers)")
    @APIResponse(responseCode = "404", description = "Unknown product")
    ReorderSettingsDto removeProductOverride(@PathParam("slug") String slug, @PathParam("product") String product);
}
