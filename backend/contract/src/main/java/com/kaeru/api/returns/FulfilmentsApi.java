package com.kaeru.api.returns;

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
 * The warehouse's side of exchanges: shipping instructions and the backorder queue, read by
 * everyone in the shop and API keys (VIEW_SHOP); operators mark replacements shipped and delivered
 * (PROCESS_RETURNS); managers release or cancel a held replacement (APPROVE_REFUNDS).
 */
@Path("/shops/{slug}/fulfilments")
@Tag(name = "Fulfilment", description = "Exchange replacements: shipping instructions, backorders, tracking")
@Produces(MediaType.APPLICATION_JSON)
public interface FulfilmentsApi {

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Operation(operationId = "listFulfilments", summary = "Exchange fulfilments, oldest first: state (comma-separated, "
            + "e.g. SHIPMENT_REQUESTED for the shipping instructions, BACKORDERED for the backorder queue), late=true "
            + "(backorders past their promised date, shipment requests older than 24 h), sku, rma")
    @APIResponse(responseCode = "404", description = "Unknown SKU")
    @APIResponse(responseCode = "422", description = "Unknown state, or a bad page")
    FulfilmentPageDto list(@PathParam("slug") String slug, @QueryParam("state") String state,
                           @QueryParam("late") @DefaultValue("false") boolean late, @QueryParam("sku") String sku,
                           @QueryParam("rma") String rma, @QueryParam("page") @DefaultValue("0") int page,
                           @QueryParam("size") @DefaultValue("50") int size);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportFulfilments", summary = "The same list as CSV (at most 10,000 rows), with the "
            + "ship-to address: charset=UTF-8 (default; bom=true adds a byte-order mark) or Shift_JIS (Windows-31J)")
    @APIResponse(responseCode = "422", description = "Unknown charset or state")
    jakarta.ws.rs.core.Response export(@PathParam("slug") String slug, @QueryParam("state") String state,
                                       @QueryParam("late") @DefaultValue("false") boolean late,
                                       @QueryParam("sku") String sku, @QueryParam("rma") String rma,
                                       @QueryParam("charset") @DefaultValue("UTF-8") String charset,
                                       @QueryParam("bom") @DefaultValue("false") boolean bom);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/{rma}/{lineId}/shipment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markFulfilmentShipped", summary = "The replacement was handed to a carrier: stock leaves "
            + "(EXCHANGE_SHIPMENT) and the customer gets the tracking number. The same tracking number again answers "
            + "the same result (operators)")
    @APIResponse(responseCode = "404", description = "No such exchange line in this shop")
    @APIResponse(responseCode = "409", description = "Not requested for shipment, or shipped with another tracking number")
    FulfilmentDto ship(@PathParam("slug") String slug, @PathParam("rma") String rma,
                       @PathParam("lineId") long lineId, ShipmentRecord shipment);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/{rma}/{lineId}/delivery")
    @Operation(operationId = "markFulfilmentDelivered", summary = "The carrier delivered the replacement (operators; "
            + "again changes nothing)")
    @APIResponse(responseCode = "404", description = "No such exchange line in this shop")
    @APIResponse(responseCode = "409", description = "Not shipped")
    FulfilmentDto deliver(@PathParam("slug") String slug, @PathParam("rma") String rma,
                          @PathParam("lineId") long lineId);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/{rma}/{lineId}/release")
    @Operation(operationId = "releaseHeldFulfilment", summary = "Let a held replacement go (returned units graded C or "
            + "missing): shipment requested, or back in the backorder queue in its place (managers)")
    @APIResponse(responseCode = "404", description = "No such exchange line in this shop")
    @APIResponse(responseCode = "409", description = "Not held")
    FulfilmentDto release(@PathParam("slug") String slug, @PathParam("rma") String rma,
                          @PathParam("lineId") long lineId);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/{rma}/{lineId}/cancellation")
    @Operation(operationId = "cancelHeldFulfilment", summary = "Cancel a held replacement: its reservation goes back to "
            + "sale (managers)")
    @APIResponse(responseCode = "404", description = "No such exchange line in this shop")
    @APIResponse(responseCode = "409", description = "Not held")
    FulfilmentDto cancel(@PathParam("slug") String slug, @PathParam("rma") String rma,
                         @PathParam("lineId") long lineId);
}
