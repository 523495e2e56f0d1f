package com.kaeru.api.shops;

import jakarta.ws.rs.Consumes;
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

/** Shops as staff see them; every call is checked against the caller's role in that shop. */
@Path("/shops")
@Tag(name = "Shops", description = "Shop settings for staff")
public interface ShopsApi {

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getShop", summary = "A shop the caller works in")
    @APIResponse(responseCode = "200", description = "The shop")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller has no role in this shop")
    ShopDto shop(@PathParam("slug") String slug);

    @PUT
    @Path("/{slug}/branding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateBranding", summary = "Change the portal branding (managers only)")
    @APIResponse(responseCode = "200", description = "The updated shop")
    @APIResponse(responseCode = "400", description = "Invalid branding; field errors say why")
    @APIResponse(responseCode = "403", description = "The caller is not a manager of this shop")
    ShopDto updateBranding(@PathParam("slug") String slug, BrandingUpdate branding);
}
