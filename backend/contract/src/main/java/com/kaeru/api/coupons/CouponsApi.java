package com.kaeru.api.coupons;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
 * A shop's coupons. Everyone in the shop and API keys read (VIEW_SHOP); managers issue and void
 * (ISSUE_COUPONS); the shop's systems redeem with an API key (IMPORT_DATA, which managers hold
 * too). A code of another shop is unknown here (404).
 */
@Path("/shops/{slug}/coupons")
@Tag(name = "Coupons", description = "Single-use coupons: issue, void, redeem")
@Produces(MediaType.APPLICATION_JSON)
public interface CouponsApi {
    /** The header that makes a redemption safe to retry. */
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Operation(operationId = "listCoupons", summary = "Coupons, newest first; status filters, q matches the start "
            + "of a code, an e-mail address or an RMA number")
    @APIResponse(responseCode = "422", description = "Unknown status or a bad page")
    CouponPageDto list(@PathParam("slug") String slug, @QueryParam("status") String status,
                       @QueryParam("q") String query,
                       @QueryParam("page") @DefaultValue("0") int page,
                       @QueryParam("size") @DefaultValue("50") int size);

    @SecurityRequirement(name = "bearer")
    @GET
    @Path("/offers/cancelled-backorder")
    @Operation(operationId = "getCancelledBackorderCouponOffer", summary = "The coupon added when a customer cancels a "
            + "backordered exchange for a refund (empty values: none)")
    @APIResponse(responseCode = "403", description = "No role in this shop")
    CouponOfferDto cancelledBackorderOffer(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @jakarta.ws.rs.PUT
    @Path("/offers/cancelled-backorder")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setCancelledBackorderCouponOffer", summary = "Set or clear that coupon (managers)")
    @APIResponse(responseCode = "422", description = "Both an amount and a percentage")
    CouponOfferDto setCancelledBackorderOffer(@PathParam("slug") String slug, CouponOfferDto offer);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/{code}")
    @Operation(operationId = "getCoupon", summary = "One coupon, e.g. to check it before an order is placed")
    @APIResponse(responseCode = "404", description = "No such code in this shop")
    CouponDto get(@PathParam("slug") String slug, @PathParam("code") String code);

    @SecurityRequirement(name = "bearer")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueCoupon", summary = "Issue a coupon with a fresh code (managers)")
    @APIResponse(responseCode = "422", description = "Neither or both of amount and percent, or an expiry in the past "
            + "or more than three years ahead")
    CouponDto issue(@PathParam("slug") String slug, CouponRequest request);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/{code}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "voidCoupon", summary = "Withdraw an unused coupon (managers); voiding twice changes nothing")
    @APIResponse(responseCode = "404", description = "No such code in this shop")
    @APIResponse(responseCode = "409", description = "Already redeemed")
    CouponDto voidCoupon(@PathParam("slug") String slug, @PathParam("code") String code, CouponVoiding voiding);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @POST
    @Path("/{code}/redemptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeemCoupon", summary = "Redeem the coupon for an order, once. Repeating the same "
            + "redemption (same order reference; same Idempotency-Key when one is sent) answers it again unchanged")
    @APIResponse(responseCode = "404", description = "No such code in this shop")
    @APIResponse(responseCode = "409", description = "Already redeemed for another order, voided, or the "
            + "Idempotency-Key was used for another order")
    @APIResponse(responseCode = "422", description = "Expired")
    CouponDto redeem(@PathParam("slug") String slug, @PathParam("code") String code,
                     @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, CouponRedemption redemption);
}
