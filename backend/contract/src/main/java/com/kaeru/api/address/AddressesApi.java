package com.kaeru.api.address;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Japanese postal codes and address checks, public (no token). Japan Post's data of September 2025;
 * answers in well under a millisecond of server time.
 */
@Path("/addresses")
@Tag(name = "Addresses", description = "Japanese postal codes and address checks (public)")
@Produces(MediaType.APPLICATION_JSON)
public interface AddressesApi {

    @SecurityRequirementsSet // public: no credentials
    @GET
    @Path("/postal-codes/{code}")
    @Operation(operationId = "getPostalCode", summary = "What a postal code stands for: prefecture, city and town(s) with kana, to fill a form")
    @APIResponse(responseCode = "200", description = "The code's towns (several for some codes)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostalCodeDto.class),
                    examples = @ExampleObject(name = "Shibuya", value = """
                            {"postalCode":"150-0002","addresses":[{"postalCode":"150-0002","prefecture":"東京都",
                            "prefectureKana":"トウキョウト","city":"渋谷区","cityKana":"シブヤク","town":"渋谷",
                            "townKana":"シブヤ","building":"","businessName":"","businessAddress":""}]}""")))
    @APIResponse(responseCode = "400", description = "Not seven digits")
    @APIResponse(responseCode = "404", description = "No such postal code")
    PostalCodeDto postalCode(@PathParam("code") String code);

    @SecurityRequirementsSet // public: no credentials
    @POST
    @Path("/checks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkAddress", summary = "Check a typed address against its postal code (while the person types)",
            description = "Findings: INVALID_POSTAL_CODE, UNKNOWN_POSTAL_CODE, POSTAL_CODE_MISMATCH (with the "
                    + "codes of the typed address, or the code's address), BLOCK_NUMBER_MISSING. Messages follow "
                    + "Accept-Language (ja, en). Kyoto street addresses (烏丸通御池上る…町) are understood.")
    @APIResponse(responseCode = "200", description = "The findings; an empty list when the address is right",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AddressCheckDto.class),
                    examples = @ExampleObject(name = "Wrong city for the code", value = """
                            {"postalCode":"150-0002","clean":false,"candidates":[{"postalCode":"150-0002",
                            "prefecture":"東京都","prefectureKana":"トウキョウト","city":"渋谷区","cityKana":"シブヤク",
                            "town":"渋谷","townKana":"シブヤ","building":"","businessName":"","businessAddress":""}],
                            "findings":[{"code":"POSTAL_CODE_MISMATCH","field":"city",
                            "message":"郵便番号 150-0002 は入力された住所と一致しません。この住所の郵便番号は 100-0005 です。",
                            "suggestedPostalCodes":["100-0005"],"suggestedAddresses":[]}]}""")))
    @APIResponse(responseCode = "400", description = "A field is too long, or the body is not JSON")
    AddressCheckDto check(AddressCheckRequest request);
}
