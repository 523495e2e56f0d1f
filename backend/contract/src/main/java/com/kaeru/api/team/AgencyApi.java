package com.kaeru.api.team;

import java.util.List;

import com.kaeru.api.shops.ShopDto;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An agency's client shops, for its admins ({@code /agencies/{agency}/admins} in Keycloak). */
@Path("/agencies/{agency}/shops")
@Tag(name = "Agency", description = "Client shops of an agency")
@Produces(MediaType.APPLICATION_JSON)
public interface AgencyApi {

    @GET
    @Operation(operationId = "listAgencyShops", summary = "The agency's client shops")
    @APIResponse(responseCode = "200", description = "The shops, by name")
    @APIResponse(responseCode = "403", description = "The caller is not an admin of this agency")
    List<ShopDto> shops(@PathParam("agency") String agency);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAgencyShop", summary = "Open a client shop: the tenant with the default policy and reasons, and its Keycloak groups")
    @APIResponse(responseCode = "200", description = "The new shop")
    @APIResponse(responseCode = "400", description = "Invalid input; field errors say why")
    @APIResponse(responseCode = "409", description = "The slug is taken")
    @APIResponse(responseCode = "422", description = "Unknown time zone or currency")
    @APIResponse(responseCode = "503", description = "Keycloak cannot be reached")
    ShopDto create(@PathParam("agency") String agency, NewShopRequest shop);
}
