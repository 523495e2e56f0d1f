package com.kaeru.api.portal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public, unauthenticated shop information for the customer portal. */
@Path("/portal/shops")
@Tag(name = "Portal", description = "Public endpoints of the customer portal")
public interface PortalShopsApi {

    @SecurityRequirementsSet // public: no credentials
    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPortalShop", summary = "Public branding of a shop")
    @APIResponse(responseCode = "200", description = "The shop's branding")
    @APIResponse(responseCode = "404", description = "No such shop")
    PortalShopDto shop(@PathParam("slug") String slug);
}
