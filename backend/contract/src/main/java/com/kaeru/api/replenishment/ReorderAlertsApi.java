package com.kaeru.api.replenishment;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reorder alerts: variants whose available stock (sellable − reserved over all locations) is at or
 * below their reorder point. Everyone in the shop and API keys read (VIEW_SHOP); managers recompute
 * (MANAGE_SETTINGS). Points are recomputed daily and on every settings change; stock is read live.
 */
@Path("/shops/{slug}/inventory/reorder-alerts")
@Tag(name = "Reorder points", description = "Reorder settings, reorder points and alerts")
@Produces(MediaType.APPLICATION_JSON)
public interface ReorderAlertsApi {

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Operation(operationId = "listReorderAlerts", summary = "Variants at or below their reorder point, with the numbers "
            + "that explain each; sort = shortfall (default), sku, avgDailySales, available, reorderPoint or incoming; "
            + "direction = desc (default for numbers) or asc")
    @APIResponse(responseCode = "422", description = "Unknown sort or direction, or a bad page")
    ReorderAlertPageDto alerts(@PathParam("slug") String slug, @QueryParam("sort") String sort,
                               @QueryParam("direction") String direction,
                               @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("50") int size);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportReorderAlerts", summary = "Every alert as CSV, in the same order as the list; "
            + "charset=UTF-8 (default; bom=true adds a byte-order mark) or Shift_JIS (Windows-31J)")
    @APIResponse(responseCode = "422", description = "Unknown charset, sort or direction")
    jakarta.ws.rs.core.Response export(@PathParam("slug") String slug, @QueryParam("sort") String sort,
                                       @QueryParam("direction") String direction,
                                       @QueryParam("charset") @DefaultValue("UTF-8") String charset,
                                       @QueryParam("bom") @DefaultValue("false") boolean bom);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/recomputation")
    @Operation(operationId = "recomputeReorderPoints", summary = "Recompute every variant's reorder point now "
            + "(managers; also done daily and on every settings change)")
    RecomputationDto recompute(@PathParam("slug") String slug);
}
