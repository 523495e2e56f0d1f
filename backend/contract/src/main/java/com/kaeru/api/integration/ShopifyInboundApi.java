package com.kaeru.api.integration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Shopify's order webhooks ({@code orders/create}, {@code orders/updated}) for one shop, verified
 * with the shop's secret ({@code X-Shopify-Hmac-Sha256} over the raw body) and upserted like the
 * integrator API's orders; a repeated {@code X-Shopify-Webhook-Id} changes nothing.
 */
@Path("/inbound/shopify/{slug}")
@Tag(name = "Integration")
public interface ShopifyInboundApi {
    @SecurityRequirementsSet
    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveShopifyOrder",
            summary = "Receive a Shopify orders/create or orders/updated webhook (signed with the shop's secret)")
    @APIResponse(responseCode = "204", description = "Stored, or a replay of a webhook already stored")
    @APIResponse(responseCode = "401", description = "Missing or wrong X-Shopify-Hmac-Sha256; nothing stored")
    @APIResponse(responseCode = "400", description = "Not an order document, an unknown topic, or an order Kaeru refuses")
    void receiveOrder(@PathParam("slug") String slug, @HeaderParam("X-Shopify-Topic") String topic,
            @HeaderParam("X-Shopify-Webhook-Id") String webhookId,
            @HeaderParam("X-Shopify-Hmac-Sha256") String hmac,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT,
                            description = "Shopify's order document; the signature covers its raw bytes")))
            byte[] body);

    @SecurityRequirement(name = "bearer")
    @PUT
    @Path("/secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setShopifySecret", summary = "Set or rotate the shop's Shopify webhook secret (managers)")
    @APIResponse(responseCode = "204", description = "Saved; webhooks signed with the previous secret are refused from now on")
    void setSecret(@PathParam("slug") String slug, @NotNull @Valid ShopifySecret secret);
}
