package com.kaeru.api.carriers;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Carriers: the shop's carrier settings (managers change them), shipping instructions for
 * return pickups and exchange shipments as the carriers' own CSV layouts (everyone in the shop,
 * API keys), and tracking numbers back in (operators, API keys): a pickup's return moves to
 * IN_TRANSIT, an exchange line is marked shipped; a DELIVERED status marks delivery.
 */
@Path("/shops/{slug}/carriers")
@Tag(name = "Carriers", description = "Yamato B2クラウド and Sagawa e飛伝 exports, tracking-number import")
@Produces(MediaType.APPLICATION_JSON)
public interface CarriersApi {

    @SecurityRequirement(name = "bearer")
    @GET
    @Path("/settings")
    @Operation(operationId = "getCarrierSettings", summary = "The shop's carrier contracts (codes printed into the exports)")
    @APIResponse(responseCode = "403", description = "No role in this shop")
    CarrierSettingsDto settings(@PathParam("slug") String slug);

    @SecurityRequirement(name = "bearer")
    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCarrierSettings", summary = "Change the shop's carrier contracts (managers)")
    @APIResponse(responseCode = "400", description = "A code that is not digits, or an unknown default carrier")
    CarrierSettingsDto updateSettings(@PathParam("slug") String slug, CarrierSettingsDto settings);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/b2cloud.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportYamatoB2Cloud", summary = "Shipping instructions as Yamato B2クラウド 外部データ取込 "
            + "CSV (Shift_JIS, CRLF, header row): scope=pickups (returns to collect from customers), exchanges "
            + "(replacements to ship) or all")
    @APIResponse(responseCode = "422", description = "Unknown scope")
    Response exportB2Cloud(@PathParam("slug") String slug, @QueryParam("scope") @DefaultValue("all") String scope);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/ehiden.csv")
    @Produces("text/csv")
    @Operation(operationId = "exportSagawaEHiden", summary = "Shipping instructions as Sagawa e飛伝 出荷データ CSV "
            + "(Shift_JIS, CRLF, header row); scope as for B2クラウド")
    @APIResponse(responseCode = "422", description = "Unknown scope")
    Response exportEHiden(@PathParam("slug") String slug, @QueryParam("scope") @DefaultValue("all") String scope);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @POST
    @Path("/tracking-imports")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importTrackingCsv", summary = "Tracking numbers from a CSV (UTF-8 or Shift_JIS): "
            + "B2クラウド 発行済データ (お客様管理番号, 伝票番号), e飛伝 (お客様管理番号, お問い合せ送り状No.) or "
            + "rma,line,carrier,tracking[,status]. Each line applies alone; the same file again changes nothing")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB")
    @APIResponse(responseCode = "422", description = "Not readable as CSV (encoding, a quote left open, unknown header)")
    TrackingImportResultDto importCsv(@PathParam("slug") String slug,
            // The raw file: a binary string, not an array of bytes, for client generators.
            @RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))}) byte[] csv);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @POST
    @Path("/tracking-updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "postTrackingUpdates", summary = "Carrier events (SHIPPED or DELIVERED) for pickups and "
            + "exchange shipments; each applies alone and a repeat changes nothing")
    @APIResponse(responseCode = "400", description = "An update without RMA, carrier or tracking number, or an unknown status")
    @APIResponse(responseCode = "403", description = "No right to process returns in this shop")
    TrackingImportResultDto updates(@PathParam("slug") String slug, List<TrackingUpdate> updates);
}
