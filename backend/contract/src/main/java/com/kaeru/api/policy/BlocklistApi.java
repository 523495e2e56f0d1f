package com.kaeru.api.policy;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The customers a shop's policy treats as blocklisted (the rule condition "blocklist"): managers
 * list, add and remove e-mail addresses and phone numbers; every change is audited.
 */
@Path("/shops/{slug}/blocklist")
@Tag(name = "Blocklist", description = "Customers the pre-approval policy treats as blocklisted")
@Produces(MediaType.APPLICATION_JSON)
public interface BlocklistApi {

    @GET
    @Operation(operationId = "listBlocklistEntries", summary = "The shop's blocklist, newest first (managers)")
    List<BlocklistEntryDto> list(@PathParam("slug") String slug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addBlocklistEntry", summary = "Add an e-mail address or a phone number with a reason (managers)")
    @APIResponse(responseCode = "409", description = "The e-mail address or phone number is already listed")
    @APIResponse(responseCode = "422", description = "Neither or both of e-mail and phone, or one that is not valid")
    BlocklistEntryDto add(@PathParam("slug") String slug, BlocklistEntryRequest request);

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "removeBlocklistEntry", summary = "Remove an entry (managers)")
    @APIResponse(responseCode = "404", description = "No such entry in this shop")
    void remove(@PathParam("slug") String slug, @PathParam("id") long id);
}
