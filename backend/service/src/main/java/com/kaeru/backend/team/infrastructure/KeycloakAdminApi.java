package com.kaeru.backend.team.infrastructure;

import java.util.List;

import com.kaeru.backend.team.infrastructure.KeycloakRepresentations.Group;
import com.kaeru.backend.team.infrastructure.KeycloakRepresentations.User;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The few calls of Keycloak's Admin REST API the team needs. Group paths are spelled out segment by
 * segment: a path parameter holding slashes would be sent as %2F.
 */
@Path("/admin/realms/{realm}")
@Produces(MediaType.APPLICATION_JSON)
public interface KeycloakAdminApi {

    @GET
    @Path("/group-by-path/{top}")
    Group groupTop(@PathParam("realm") String realm, @PathParam("top") String top);

    @GET
    @Path("/group-by-path/{top}/{child}")
    Group groupChild(@PathParam("realm") String realm, @PathParam("top") String top, @PathParam("child") String child);

    @GET
    @Path("/group-by-path/{top}/{child}/{leaf}")
    Group groupLeaf(@PathParam("realm") String realm, @PathParam("top") String top, @PathParam("child") String child,
                    @PathParam("leaf") String leaf);

    @POST
    @Path("/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createGroup(@PathParam("realm") String realm, Group group);

    @POST
    @Path("/groups/{id}/children")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createChild(@PathParam("realm") String realm, @PathParam("id") String parentId, Group group);

    @GET
    @Path("/groups/{id}/members")
    List<User> members(@PathParam("realm") String realm, @PathParam("id") String groupId,
                       @QueryParam("first") int first, @QueryParam("max") int max,
                       @QueryParam("briefRepresentation") boolean brief);

    @GET
    @Path("/users")
    List<User> usersByEmail(@PathParam("realm") String realm, @QueryParam("email") String email,
                            @QueryParam("exact") boolean exact);

    @GET
    @Path("/users/{id}")
    User user(@PathParam("realm") String realm, @PathParam("id") String id);

    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    Response createUser(@PathParam("realm") String realm, User user);

    /** Keycloak reads no body here, but a body-less PUT fails in the client (stack facts): send {@code {}}. */
    @PUT
    @Path("/users/{id}/groups/{groupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    void join(@PathParam("realm") String realm, @PathParam("id") String userId, @PathParam("groupId") String groupId,
              String emptyJson);

    @DELETE
    @Path("/users/{id}/groups/{groupId}")
    void leave(@PathParam("realm") String realm, @PathParam("id") String userId, @PathParam("groupId") String groupId);

    @PUT
    @Path("/users/{id}/execute-actions-email")
    @Consumes(MediaType.APPLICATION_JSON)
    void executeActionsEmail(@PathParam("realm") String realm, @PathParam("id") String userId,
                             @QueryParam("lifespan") int lifespanSeconds, List<String> actions);

    @DELETE
    @Path("/users/{id}")
    void deleteUser(@PathParam("realm") String realm, @PathParam("id") String userId);
}
