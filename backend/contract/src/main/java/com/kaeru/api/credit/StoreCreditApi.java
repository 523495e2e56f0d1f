package com.kaeru.api.credit;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
 * A customer's store credit: staff and shop systems read the balance; shop systems (API key,
 * IMPORT_DATA, which managers hold too) spend it on their orders.
 */
@Path("/shops/{slug}/store-credit")
@Tag(name = "Store credit", description = "Store-credit balances, ledgers and redemptions")
@Produces(MediaType.APPLICATION_JSON)
public interface StoreCreditApi {
    String IDEMPOTENCY_KEY = "Idempotency-Key";
    int MAX_ENTRIES = 100;

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Operation(operationId = "getStoreCredit", summary = "A customer's balance and newest ledger entries (e-mail in any case)")
    @APIResponse(responseCode = "422", description = "Not an e-mail address")
    StoreCreditAccountDto account(@PathParam("slug") String slug, @QueryParam("customerEmail") String customerEmail);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @POST
    @Path("/redemptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeemStoreCredit", summary = "Spend credit on an order. The Idempotency-Key is required: "
            + "repeating the call with it answers the first redemption again and spends nothing more")
    @APIResponse(responseCode = "409", description = "The balance does not cover the amount, or the Idempotency-Key "
            + "was used for a different redemption")
    @APIResponse(responseCode = "422", description = "No Idempotency-Key, an amount of 0 or less, or another currency "
            + "than the shop's")
    StoreCreditRedemptionDto redeem(@PathParam("slug") String slug, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                                    StoreCreditRedemptionRequest request);
}
