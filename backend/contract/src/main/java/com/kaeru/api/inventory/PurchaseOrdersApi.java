package com.kaeru.api.inventory;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Incoming supply: purchase orders from suppliers. Everyone in the shop and API keys read
 * (VIEW_SHOP); operators receive (PROCESS_RETURNS); managers place, reschedule, confirm and cancel
 * (MANAGE_SUPPLY). Placing makes the units incoming, receiving turns them into sellable units at
 * the order's location, cancelling takes what is still due out of incoming — each as ledger
 * movements referenced by the PO number. Quantities are whole units from 1 to 99,999.
 */
@Path("/shops/{slug}/inventory/purchase-orders")
@Tag(name = "Inventory", description = "Locations, stock levels, the stock ledger and stocktakes")
@Produces(MediaType.APPLICATION_JSON)
public interface PurchaseOrdersApi {

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Operation(operationId = "listPurchaseOrders", summary = "Purchase orders, newest first; filtered by status, by a SKU on them, "
            + "or overdue=true (open and expected before today)")
    @APIResponse(responseCode = "404", description = "Unknown SKU")
    @APIResponse(responseCode = "422", description = "Unknown status or a bad page")
    PurchaseOrderPageDto list(@PathParam("slug") String slug, @QueryParam("status") String status,
                              @QueryParam("sku") String sku, @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                              @QueryParam("page") @DefaultValue("0") int page,
                              @QueryParam("size") @DefaultValue("50") int size);

    @SecurityRequirement(name = "bearer")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "placePurchaseOrder", summary = "Place a purchase order; its units become incoming (managers)")
    @APIResponse(responseCode = "404", description = "Unknown location")
    @APIResponse(responseCode = "422", description = "Unknown or repeated SKU, or an expected date in the past")
    PurchaseOrderDto place(@PathParam("slug") String slug, PurchaseOrderRequest request);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/{number}")
    @Operation(operationId = "getPurchaseOrder", summary = "A purchase order with its lines")
    @APIResponse(responseCode = "404", description = "No such purchase order in this shop")
    PurchaseOrderDto get(@PathParam("slug") String slug, @PathParam("number") String number);

    @SecurityRequirement(name = "bearer")
    @PUT
    @Path("/{number}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reschedulePurchaseOrder", summary = "Change the expected date or mark it confirmed by the "
            + "supplier; customers waiting for its SKUs are told (managers)")
    @APIResponse(responseCode = "404", description = "No such purchase order in this shop")
    @APIResponse(responseCode = "409", description = "The order is received or cancelled")
    @APIResponse(responseCode = "422", description = "An expected date in the past")
    PurchaseOrderDto reschedule(@PathParam("slug") String slug, @PathParam("number") String number,
                                PurchaseOrderSchedule schedule);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/{number}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receivePurchaseOrder", summary = "Receive units of a purchase order, partially or fully; "
            + "at the default location they are allocated to waiting exchanges first (operators)")
    @APIResponse(responseCode = "404", description = "No such purchase order in this shop")
    @APIResponse(responseCode = "409", description = "The order is cancelled or fully received, or the Idempotency-Key "
            + "was used for another purchase order")
    @APIResponse(responseCode = "422", description = "A SKU not on the order, or more units than still due")
    PurchaseOrderDto receive(@PathParam("slug") String slug, @PathParam("number") String number,
                             @Parameter(description = "Makes a retried receipt answer the first one's result instead "
                                     + "of receiving twice (up to 100 characters)")
                             @HeaderParam("Idempotency-Key") String idempotencyKey,
                             ReceiptRequest request);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/{number}/cancellation")
    @Operation(operationId = "cancelPurchaseOrder", summary = "Cancel what is still due; received units stay (managers)")
    @APIResponse(responseCode = "404", description = "No such purchase order in this shop")
    @APIResponse(responseCode = "409", description = "The order is received or cancelled already")
    PurchaseOrderDto cancel(@PathParam("slug") String slug, @PathParam("number") String number);
}
