package com.kaeru.api.team;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The people of a shop and their roles, kept as Keycloak group memberships
 * ({@code /shops/{shop}/{operator|analyst|manager}}). Managers of the shop and admins of its agency
 * only (MANAGE_TEAM).
 */
@Path("/shops/{slug}/team")
@Tag(name = "Team", description = "People and their roles in a shop")
@Produces(MediaType.APPLICATION_JSON)
public interface TeamApi {

    @GET
    @Operation(operationId = "listTeamMembers", summary = "The people with a role in the shop")
    @APIResponse(responseCode = "200", description = "The team, by name")
    @APIResponse(responseCode = "403", description = "The caller may not manage this shop's team")
    @APIResponse(responseCode = "503", description = "Keycloak cannot be reached")
    List<TeamMemberDto> list(@PathParam("slug") String slug);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteTeamMember", summary = "Invite a person (new or existing Keycloak user) with a role")
    @APIResponse(responseCode = "200", description = "The person is in the team")
    @APIResponse(responseCode = "400", description = "Invalid e-mail or role; field errors say why")
    @APIResponse(responseCode = "409", description = "The person already has a role in this shop")
    @APIResponse(responseCode = "503", description = "Keycloak cannot be reached")
    InvitationDto invite(@PathParam("slug") String slug, InvitationRequest invitation);

    @PUT
    @Path("/{userId}/role")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTeamMemberRole", summary = "Give a person another role in the shop")
    @APIResponse(responseCode = "200", description = "The person with the new role")
    @APIResponse(responseCode = "404", description = "The person has no role in this shop")
    @APIResponse(responseCode = "409", description = "The last manager would be demoted by themself")
    TeamMemberDto changeRole(@PathParam("slug") String slug, @PathParam("userId") String userId, RoleChange change);

    @DELETE
    @Path("/{userId}")
    @Operation(operationId = "removeTeamMember", summary = "Remove a person's access to the shop (their Keycloak account stays)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The person has no role in this shop")
    @APIResponse(responseCode = "409", description = "The last manager would remove themself")
    void remove(@PathParam("slug") String slug, @PathParam("userId") String userId);
}
