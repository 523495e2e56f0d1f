package com.kaeru.api.dataexport;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Closing a shop (managers and agency admins): the portal shows a closed page and refuses new returns, a final
 * export is queued for the person who closed it, and after the grace period ({@code kaeru.shops.closure.grace-days},
 * 30 by default) a scheduled job deletes every row of the shop. Until then the closure can be undone.
 */
@Path("/shops/{slug}/closure")
@Tag(name = "Data export", description = "A shop's complete data as a ZIP, and its import into an empty shop")
public interface ShopClosureApi {

    @SecurityRequirement(name = "bearer")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getShopClosure", summary = "Whether the shop is closed and when its data will be deleted")
    @APIResponse(responseCode = "403", description = "Not a manager or agency admin of the shop")
    ShopClosureDto get(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "closeShop", summary = "Close the shop: the portal closes, a final export is queued and "
            + "the data is deleted after the grace period")
    @APIResponse(responseCode = "200", description = "The closure")
    @APIResponse(responseCode = "403", description = "Not a manager or agency admin of the shop")
    @APIResponse(responseCode = "409", description = "Already closed")
    ShopClosureDto close(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenShop", summary = "Undo the closure before the data is deleted")
    @APIResponse(responseCode = "200", description = "The shop, open again")
    @APIResponse(responseCode = "403", description = "Not a manager or agency admin of the shop")
    @APIResponse(responseCode = "409", description = "Not closed, or its data is already deleted")
    ShopClosureDto reopen(@PathParam("slug") String slug);
}
