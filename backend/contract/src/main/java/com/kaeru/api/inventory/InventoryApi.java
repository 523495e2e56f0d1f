package com.kaeru.api.inventory;

import java.util.List;

import jakarta.ws.rs.Consumes;
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
 * Stock per location and its ledger. Everyone in the shop and API keys read (VIEW_SHOP); operators
 * enter stocktake counts (PROCESS_RETURNS); managers create locations and post adjustments
 * (ADJUST_STOCK), and write off damaged or lost units (ADJUST_STOCK). Quantities are whole units
 * from 0 to 99,999. Purchase orders: {@link PurchaseOrdersApi}.
 */
@Path("/shops/{slug}/inventory")
@Tag(name = "Inventory", description = "Locations, stock levels, the stock ledger and stocktakes")
@Produces(MediaType.APPLICATION_JSON)
public interface InventoryApi {

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/locations")
    @Operation(operationId = "listLocations", summary = "The shop's locations, the default one first")
    List<LocationDto> locations(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/locations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addLocation", summary = "Add a location (managers)")
    @APIResponse(responseCode = "409", description = "The code is taken in this shop")
    LocationDto addLocation(@PathParam("slug") String slug, LocationRequest request);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/levels")
    @Operation(operationId = "searchStockLevels", summary = "Levels per variant and location; q matches the start of a SKU or part of a product name")
    @APIResponse(responseCode = "404", description = "Unknown location")
    StockLevelPageDto levels(@PathParam("slug") String slug, @QueryParam("q") String query,
                             @QueryParam("location") String location,
                             @QueryParam("page") @DefaultValue("0") int page,
                             @QueryParam("size") @DefaultValue("50") int size);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/skus/{sku}")
    @Operation(operationId = "getSkuStock", summary = "One SKU's levels at every location")
    @APIResponse(responseCode = "404", description = "Unknown SKU")
    List<StockLevelDto> sku(@PathParam("slug") String slug, @PathParam("sku") String sku);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/movements")
    @Operation(operationId = "listStockMovements", summary = "The ledger, newest first, filtered by SKU, location, cause or reference")
    @APIResponse(responseCode = "404", description = "Unknown SKU or location")
    @APIResponse(responseCode = "422", description = "Unknown cause")
    MovementPageDto movements(@PathParam("slug") String slug, @QueryParam("sku") String sku,
                              @QueryParam("location") String location, @QueryParam("cause") String cause,
                              @QueryParam("reference") String reference,
                              @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("50") int size);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/stocktakes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "countStock", summary = "Enter counted units of a location; answers the discrepancy per SKU (operators)")
    @APIResponse(responseCode = "404", description = "Unknown location")
    @APIResponse(responseCode = "422", description = "Unknown SKU or a SKU counted twice")
    StocktakeDto count(@PathParam("slug") String slug, StocktakeRequest request);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/stocktakes/{id}")
    @Operation(operationId = "getStocktake", summary = "A stocktake with its discrepancy report")
    @APIResponse(responseCode = "404", description = "No such stocktake in this shop")
    StocktakeDto stocktake(@PathParam("slug") String slug, @PathParam("id") long id);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/stocktakes/{id}/discrepancies.csv")
    @Produces("text/csv")
    @Operation(operationId = "getStocktakeDiscrepancyReport", summary = "The discrepancy report as CSV; charset=UTF-8 (default; bom=true adds a byte-order mark) "
            + "or Shift_JIS (Windows-31J)")
    @APIResponse(responseCode = "404", description = "No such stocktake in this shop")
    @APIResponse(responseCode = "422", description = "Unknown charset")
    jakarta.ws.rs.core.Response discrepancyReport(@PathParam("slug") String slug, @PathParam("id") long id,
                                                  @QueryParam("charset") @DefaultValue("UTF-8") String charset,
                                                  @QueryParam("bom") @DefaultValue("false") boolean bom);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/stocktakes/{id}/adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postStocktakeAdjustments", summary = "Post the discrepancies as STOCKTAKE_ADJUSTMENT movements with a reason (managers)")
    @APIResponse(responseCode = "404", description = "No such stocktake in this shop")
    @APIResponse(responseCode = "409", description = "Already posted, or an adjustment would leave fewer sellable "
            + "units than are reserved")
    StocktakeDto post(@PathParam("slug") String slug, @PathParam("id") long id, StocktakePosting posting);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/write-offs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "writeOffStock", summary = "Write off sellable or outlet units (damaged, lost) with a reason: "
            + "a DISPOSAL movement (managers)")
    @APIResponse(responseCode = "404", description = "Unknown SKU or location")
    @APIResponse(responseCode = "409", description = "Fewer units than that are there, or they are reserved for exchanges")
    MovementDto writeOff(@PathParam("slug") String slug, WriteOffRequest request);
}
