package com.kaeru.api.portal;

import com.kaeru.api.problem.Problem;
import com.kaeru.api.returns.ReturnDto;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
 * The customer's self-service: look up an order, see what may be returned and why, submit,
 * follow, answer the shop's questions and cancel. No account: a lookup gives a short-lived token for that order only.
 * Shares its root path with {@link PortalShopsApi}; Jersey merges the two.
 */
@Path("/portal/shops")
@Tag(name = "Portal", description = "Public endpoints of the customer portal")
@Produces(MediaType.APPLICATION_JSON)
public interface PortalReturnsApi {

    @SecurityRequirementsSet // public: no credentials
    @POST
    @Path("/{slug}/order-lookups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lookUpOrder", summary = "Open an order with its number and the e-mail or phone used for it")
    @APIResponse(responseCode = "200", description = "A token for this order")
    @APIResponse(responseCode = "404", description = "Same answer for a wrong number and a wrong e-mail/phone",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = """
                            {"type":"https://kaeru.app/problems/not-found","title":"Not found","status":404,
                             "detail":"No order matches this number and e-mail or phone.",
                             "instance":"/api/v1/portal/shops/sakura-apparel/order-lookups","errors":[]}""")))
    @APIResponse(responseCode = "429", description = "Too many attempts; retry after the given seconds")
    OrderAccessDto lookup(@PathParam("slug") String slug, OrderLookup lookup);

    @SecurityRequirementsSet // public: no credentials
    @GET
    @Path("/{slug}/order")
    @Operation(operationId = "getPortalOrder", summary = "The order opened by the token: lines, eligibility with reasons, exchange options, earlier returns")
    PortalOrderDto order(@PathParam("slug") String slug, @HeaderParam(OrderAccessDto.HEADER) String token);

    @SecurityRequirementsSet // public: no credentials
    @POST
    @Path("/{slug}/returns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitReturn", summary = "Submit a return request; the policy decides at once")
    @APIResponse(responseCode = "200", description = "The filed request with the policy's decision per line")
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields (listed in errors)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-field", value = """
                            {"type":"https://kaeru.app/problems/validation","title":"Invalid input","status":400,
                             "detail":"Some fields are invalid.","instance":"/api/v1/portal/shops/sakura-apparel/returns",
                             "errors":[{"field":"lines[0].quantity","message":"must be greater than 0"}]}""")))
    @APIResponse(responseCode = "422", description = "A line is not returnable as asked; nothing was saved",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exchange-only", value = """
                            {"type":"https://kaeru.app/problems/return-rule","title":"Not possible","status":422,
                             "detail":"SA-COAT-GRY-S can only be exchanged, not refunded.",
                             "instance":"/api/v1/portal/shops/sakura-apparel/returns","errors":[]}""")))
    ReturnDto submit(@PathParam("slug") String slug, @HeaderParam(OrderAccessDto.HEADER) String token,
                     ReturnSubmission submission);

    @SecurityRequirementsSet // public: no credentials
    @GET
    @Path("/{slug}/returns/{rma}")
    @Operation(operationId = "getPortalReturn", summary = "Status and timeline of a return of the opened order")
    ReturnDto status(@PathParam("slug") String slug, @HeaderParam(OrderAccessDto.HEADER) String token,
                     @PathParam("rma") String rma);

    @SecurityRequirementsSet // public: no credentials
    @GET
    @Path("/{slug}/returns/{rma}/label")
    @Produces("application/pdf")
    @Operation(operationId = "getPortalReturnLabel", summary = "The prepaid return label to print and stick on the parcel (100×150 mm PDF in the "
            + "customer's language; the warehouse scans its QR or barcode)")
    @APIResponse(responseCode = "200", description = "The label, as an attachment named <RMA>-label.pdf")
    @APIResponse(responseCode = "404", description = "No such return on the opened order")
    @APIResponse(responseCode = "409", description = "No label in this state (before approval, or closed), "
            + "or the shop has no return address")
    @APIResponse(responseCode = "422", description = "The return does not come back with a prepaid label")
    jakarta.ws.rs.core.Response label(@PathParam("slug") String slug, @HeaderParam(OrderAccessDto.HEADER) String token,
                                      @PathParam("rma") String rma);

    @SecurityRequirementsSet // public: no credentials
    @POST
    @Path("/{slug}/returns/{rma}/lines/{lineId}/photos")
    @Consumes({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "addReturnPhoto", summary = "Attach a photo (JPEG, PNG or WebP, at most 5 MB, 5 per line) to a line of a return")
    @APIResponse(responseCode = "413", description = "Larger than 5 MB")
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or WebP image")
    com.kaeru.api.returns.PhotoDto addPhoto(@PathParam("slug") String slug,
                                            @HeaderParam(OrderAccessDto.HEADER) String token,
                                            @PathParam("rma") String rma, @PathParam("lineId") long lineId,
                                            java.io.InputStream image);

    @SecurityRequirementsSet // public: no credentials
    @GET
    @Path("/{slug}/credit")
    @Operation(operationId = "getPortalCredit", summary = "The opened order's customer's store-credit balance and gift "
            + "codes (masked), shown on the status page")
    @APIResponse(responseCode = "401", description = "No valid order token")
    PortalCreditDto credit(@PathParam("slug") String slug, @HeaderParam(OrderAccessDto.HEADER) String token);

    @SecurityRequirementsSet // public: no credentials
    @POST
    @Path("/{slug}/returns/{rma}/cancel")
    @Operation(operationId = "cancelPortalReturn", summary = "Cancel a return until the parcel ships")
    ReturnDto cancel(@PathParam("slug") String slug, @HeaderParam(OrderAccessDto.HEADER) String token,
                     @PathParam("rma") String rma);

    @SecurityRequirementsSet // public: no credentials
    @POST
    @Path("/{slug}/returns/{rma}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerShopQuestion", summary = "Answer the shop's open question about a return",
            description = "Staff ask through the console (e-mailed and shown on the status page); the answer is "
                    + "kept in the return's timeline for both sides. One answer per question.")
    @APIResponse(responseCode = "200", description = "The return, its timeline ending with the answer")
    @APIResponse(responseCode = "404", description = "No such return on the opened order")
    @APIResponse(responseCode = "409", description = "No question is waiting for an answer, or the return is closed",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Empty, or longer than 1,000 characters")
    ReturnDto answer(@PathParam("slug") String slug, @HeaderParam(OrderAccessDto.HEADER) String token,
                     @PathParam("rma") String rma, QuestionAnswer answer);

    @SecurityRequirementsSet // public: no credentials
    @POST
    @Path("/{slug}/returns/{rma}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rateReturn", summary = "Rate a completed return: 1–5 stars and an optional comment, once",
            description = "Offered on the status page once the return is COMPLETED (every refund issued, every "
                    + "replacement shipped; allowedActions contains RATE). One rating per return: a second submit, "
                    + "also at the same time, answers the return with the rating stored first.")
    @APIResponse(responseCode = "200", description = "The return with its rating")
    @APIResponse(responseCode = "404", description = "No such return on the opened order")
    @APIResponse(responseCode = "409", description = "The return is not completed yet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Stars missing or outside 1–5",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "A comment longer than 1,000 characters")
    ReturnDto rate(@PathParam("slug") String slug, @HeaderParam(OrderAccessDto.HEADER) String token,
                   @PathParam("rma") String rma, ReturnRating rating);

    @SecurityRequirementsSet // public: no credentials
    @GET
    @Path("/{slug}/returns/{rma}/lines/{lineId}/backorder")
    @Operation(operationId = "getPortalBackorderOptions", summary = "What the customer may choose for an exchange line "
            + "that waits for stock (wait, switch, split, cancel for a refund), and what was chosen")
    @APIResponse(responseCode = "404", description = "No such return of this order, or the line is no exchange")
    com.kaeru.api.returns.BackorderOptionsDto backorderOptions(@PathParam("slug") String slug,
            @HeaderParam(OrderAccessDto.HEADER) String token, @PathParam("rma") String rma,
            @PathParam("lineId") long lineId);

    @SecurityRequirementsSet // public: no credentials
    @POST
    @Path("/{slug}/returns/{rma}/lines/{lineId}/backorder/choice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chooseBackorderOption", summary = "Choose for a backordered exchange line; repeating the "
            + "choice already made answers it again")
    @APIResponse(responseCode = "404", description = "No such return of this order, or the line is no exchange")
    @APIResponse(responseCode = "409", description = "The line no longer waits (e.g. stock arrived and it was allocated) "
            + "or another choice was made")
    @APIResponse(responseCode = "422", description = "The variant is not offered, or nothing to split")
    com.kaeru.api.returns.BackorderOptionsDto chooseBackorder(@PathParam("slug") String slug,
            @HeaderParam(OrderAccessDto.HEADER) String token, @PathParam("rma") String rma,
            @PathParam("lineId") long lineId, com.kaeru.api.returns.BackorderChoiceRequest choice);
}
