package com.kaeru.api.policy;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read (any role) and replace (managers) the shop's pre-approval policy. */
@Path("/shops/{slug}/policy")
@Tag(name = "Policy", description = "Pre-approval rules")
@Produces(MediaType.APPLICATION_JSON)
public interface PolicyApi {

    @GET
    @Operation(summary = "The shop's rules in evaluation order (the default policy when it has none)")
    PolicyDto get(@PathParam("slug") String slug);

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace all rules (managers); an empty list returns the shop to the default policy")
    PolicyDto replace(@PathParam("slug") String slug, PolicyDto policy);
}
