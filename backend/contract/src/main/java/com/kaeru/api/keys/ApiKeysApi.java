package com.kaeru.api.keys;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * API keys let a shop system call the integrator API without a person's login. A key may read
 * the shop and send data (IMPORT_DATA); it can never change settings, the team or approve refunds.
 */
@Path("/shops/{slug}/api-keys")
@Tag(name = "API keys", description = "Per-shop keys for integrators")
@Produces(MediaType.APPLICATION_JSON)
public interface ApiKeysApi {

    @GET
    @Operation(operationId = "listApiKeys", summary = "The shop's keys (managers)")
    List<ApiKeyDto> list(@PathParam("slug") String slug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create a key; its secret is returned only in this answer")
    NewApiKeyDto create(@PathParam("slug") String slug, ApiKeyRequest request);

    @DELETE
    @Path("/{prefix}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key at once")
    ApiKeyDto revoke(@PathParam("slug") String slug, @PathParam("prefix") String prefix);
}
