package com.kaeru.api.webhooks;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
 * A shop's webhook endpoints (managers: MANAGE_SETTINGS). Messages are signed as Standard Webhooks
 * specifies; docs/webhooks.md has the headers, event types, payloads and retry schedule.
 */
@Path("/shops/{slug}/webhooks")
@Tag(name = "Webhooks", description = "Outbound webhooks: endpoints, secrets, attempts and replays")
@Produces(MediaType.APPLICATION_JSON)
public interface WebhooksApi {

    @SecurityRequirement(name = "bearer")
    @GET
    @Path("/event-types")
    @Operation(operationId = "listWebhookEventTypes", summary = "The dotted event types an endpoint can subscribe to")
    @APIResponse(responseCode = "403", description = "Not allowed to manage this shop's settings")
    List<String> eventTypes(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @GET
    @Operation(operationId = "listWebhookEndpoints", summary = "The shop's endpoints (without secrets)")
    @APIResponse(responseCode = "403", description = "Not allowed to manage this shop's settings")
    List<WebhookEndpointDto> list(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookEndpoint", summary = "Register an endpoint; the answer holds its secret, shown this once")
    @APIResponse(responseCode = "422", description = "Unknown event type, or a URL that is not https or points inside a private network")
    WebhookSecretDto create(@PathParam("slug") String slug, WebhookEndpointRequest request);

    @SecurityRequirement(name = "bearer")
    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookEndpoint", summary = "One endpoint (without its secret)")
    @APIResponse(responseCode = "404", description = "No such endpoint in this shop")
    WebhookEndpointDto get(@PathParam("slug") String slug, @PathParam("id") long id);

    @SecurityRequirement(name = "bearer")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhookEndpoint", summary = "Change the URL, filters or description, or switch it on or off")
    @APIResponse(responseCode = "404", description = "No such endpoint in this shop")
    @APIResponse(responseCode = "422", description = "Unknown event type or refused URL")
    WebhookEndpointDto update(@PathParam("slug") String slug, @PathParam("id") long id, WebhookEndpointRequest request);

    @SecurityRequirement(name = "bearer")
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Remove the endpoint with its queue and log")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such endpoint in this shop")
    void delete(@PathParam("slug") String slug, @PathParam("id") long id);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/{id}/secret-rotations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookSecret", summary = "A new secret, shown this once; the old one keeps signing "
            + "next to it for the overlap")
    @APIResponse(responseCode = "404", description = "No such endpoint in this shop")
    WebhookSecretDto rotate(@PathParam("slug") String slug, @PathParam("id") long id, WebhookRotationRequest request);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/{id}/tests")
    @Operation(operationId = "sendWebhookTest", summary = "Queue a webhook.test message to the endpoint (sent once, even when it is off)")
    @APIResponse(responseCode = "404", description = "No such endpoint in this shop")
    WebhookQueuedDto test(@PathParam("slug") String slug, @PathParam("id") long id);

    @SecurityRequirement(name = "bearer")
    @GET
    @Path("/{id}/attempts")
    @Operation(operationId = "listWebhookAttempts", summary = "The endpoint's latest attempts, newest first")
    @APIResponse(responseCode = "404", description = "No such endpoint in this shop")
    List<WebhookAttemptDto> attempts(@PathParam("slug") String slug, @PathParam("id") long id,
                                     @QueryParam("limit") @DefaultValue("50") int limit);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/{id}/attempts/{attemptId}/replays")
    @Operation(operationId = "replayWebhookAttempt", summary = "Send the attempt's message again, with the same webhook-id "
            + "and body (a new timestamp and signature)")
    @APIResponse(responseCode = "404", description = "No such endpoint or attempt in this shop")
    WebhookQueuedDto replay(@PathParam("slug") String slug, @PathParam("id") long id,
                            @PathParam("attemptId") long attemptId);
}
