package com.kaeru.api.policy;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read (any role), replace and try out (managers) the shop's pre-approval policy. */
@Path("/shops/{slug}/policy")
@Tag(name = "Policy", description = "Pre-approval rules")
@Produces(MediaType.APPLICATION_JSON)
public interface PolicyApi {

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Operation(operationId = "getPolicy", summary = "The shop's rules in evaluation order (the default policy when it has none)")
    PolicyDto get(@PathParam("slug") String slug);

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePolicy", summary = "Replace all rules (managers); an empty list returns the shop to the default policy")
    PolicyDto replace(@PathParam("slug") String slug, PolicyDto policy);

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewPolicy", summary = "Try the saved or an unsaved rule list on an order: per line the outcome, the deciding "
            + "rule, fees and bonus, as the portal would show them (managers)")
    @APIResponse(responseCode = "404", description = "No order with this number in the shop")
    @APIResponse(responseCode = "422", description = "The unsaved rules are not valid; field errors say why")
    PolicyPreviewDto preview(@PathParam("slug") String slug, PolicyPreviewRequest request);
}
