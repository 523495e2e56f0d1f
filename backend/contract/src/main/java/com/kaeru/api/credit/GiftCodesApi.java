package com.kaeru.api.credit;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
 * Gift codes issued as refunds, checked and redeemed by the shop's systems with the code the
 * customer typed (hyphens, spaces and case do not matter).
 */
@Path("/shops/{slug}/gift-codes")
@Tag(name = "Gift codes", description = "Gift codes issued as refunds: check and redeem")
@Produces(MediaType.APPLICATION_JSON)
public interface GiftCodesApi {
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/{code}")
    @Operation(operationId = "getGiftCode", summary = "A gift code's value and state, e.g. at checkout")
    @APIResponse(responseCode = "404", description = "No such code in this shop")
    GiftCodeDto get(@PathParam("slug") String slug, @PathParam("code") String code);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @POST
    @Path("/{code}/redemptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeemGiftCode", summary = "Redeem the whole code for an order, once. Repeating the same "
            + "redemption (same order; same Idempotency-Key when one is sent) answers it again unchanged")
    @APIResponse(responseCode = "404", description = "No such code in this shop")
    @APIResponse(responseCode = "409", description = "Already redeemed for another order, or the Idempotency-Key was "
            + "used for another order")
    GiftCodeDto redeem(@PathParam("slug") String slug, @PathParam("code") String code,
                       @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, GiftCodeRedemption redemption);
}
