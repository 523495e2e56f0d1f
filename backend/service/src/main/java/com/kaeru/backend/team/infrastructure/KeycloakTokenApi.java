package com.kaeru.backend.team.infrastructure;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Keycloak's token endpoint, for the service account's client_credentials grant. */
@Path("/realms/{realm}/protocol/openid-connect/token")
public interface KeycloakTokenApi {
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    KeycloakRepresentations.Token token(@PathParam("realm") String realm, @FormParam("grant_type") String grantType,
                                        @FormParam("client_id") String clientId,
                                        @FormParam("client_secret") String clientSecret);
}
