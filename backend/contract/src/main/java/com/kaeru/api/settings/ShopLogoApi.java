package com.kaeru.api.settings;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The uploaded logo, public: the portal header, e-mails and the PDF label load it by URL. The
 * version segment is the image's hash, so a new logo gets a new URL and may be cached for long.
 */
@Path("/portal/shops/{slug}/logo")
@Tag(name = "Portal", description = "Public endpoints of the customer portal")
public interface ShopLogoApi {

    @SecurityRequirementsSet // public: no credentials
    @GET
    @Path("/{version}")
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @Operation(operationId = "getShopLogo", summary = "The shop's uploaded logo")
    @APIResponse(responseCode = "404", description = "No such shop or no uploaded logo")
    Response logo(@PathParam("slug") String slug, @PathParam("version") String version);
}
