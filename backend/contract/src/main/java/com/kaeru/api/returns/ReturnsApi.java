package com.kaeru.api.returns;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff work on returns. Every call checks the caller's role in the shop. */
@Path("/shops/{slug}/returns")
@Tag(name = "Returns", description = "Return requests for shop staff")
@Produces(MediaType.APPLICATION_JSON)
public interface ReturnsApi {

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Operation(operationId = "searchReturns", summary = "The returns queue, newest first. Filters combine (AND): status (comma-separated), "
            + "search by RMA, order number, e-mail or name, refund overdue, reason (a parent reason includes its "
            + "children), resolution, return method, and a date range (yyyy-MM-dd, inclusive, in the shop's time zone) "
            + "on the request date or, with dateField=RECEIVED, the receipt date; question=WAITING (staff asked the "
            + "customer, no answer yet) or ANSWERED (the customer answered the latest question); refund=FAILED "
            + "(a refund the payment service refused or that used up its retries, waiting for staff to retry it) or "
            + "another refund status: returns with at least one refund in that status; upgradePayment=FAILED (the price "
            + "difference of an upgrade exchange could not be charged, waiting for staff to retry it) or another "
            + "upgrade payment status (REQUESTED, PAID, CANCELLED)")
    @APIResponse(responseCode = "422", description = "An unknown status, resolution, method, question state, refund status, "
            + "upgrade payment status or an unreadable date")
    ReturnPageDto search(@PathParam("slug") String slug, @QueryParam("status") String status,
                         @QueryParam("q") String query, @QueryParam("overdue") @DefaultValue("false") boolean overdueOnly,
                         @QueryParam("reason") String reason, @QueryParam("resolution") String resolution,
                         @QueryParam("method") String returnMethod, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("dateField") String dateField,
                         @QueryParam("question") String question,
                         @QueryParam("refund") String refund,
                         @QueryParam("upgradePayment") String upgradePayment,
                         @QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("50") int size);

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(operationId = "exportReturns", summary = "The returns matching the same filters as the queue, one CSV row per returned line, "
            + "streamed. charset=UTF-8 (default; bom=true adds a byte-order mark for spreadsheet programs) or "
            + "Shift_JIS (Windows-31J: characters it cannot hold become '?')")
    @APIResponse(responseCode = "403", description = "The caller may not export this shop's data (VIEW_REPORTS)")
    @APIResponse(responseCode = "422", description = "Unknown charset or filter value")
    jakarta.ws.rs.core.Response export(@PathParam("slug") String slug, @QueryParam("status") String status,
                                       @QueryParam("q") String query,
                                       @QueryParam("overdue") @DefaultValue("false") boolean overdueOnly,
                                       @QueryParam("reason") String reason, @QueryParam("resolution") String resolution,
                                       @QueryParam("method") String returnMethod, @QueryParam("from") String from,
                                       @QueryParam("to") String to, @QueryParam("dateField") String dateField,
                                       @QueryParam("question") String question,
                                       @QueryParam("refund") String refund,
                                       @QueryParam("upgradePayment") String upgradePayment,
                                       @QueryParam("charset") @DefaultValue("UTF-8") String charset,
                                       @QueryParam("bom") @DefaultValue("false") boolean bom);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/{rma}")
    @Operation(operationId = "getReturn", summary = "One return with lines, timeline and refunds")
    @APIResponse(responseCode = "404", description = "No such return in this shop")
    ReturnDto get(@PathParam("slug") String slug, @PathParam("rma") String rma);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/{rma}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(operationId = "getReturnPhoto", summary = "A photo the customer attached")
    jakarta.ws.rs.core.Response photo(@PathParam("slug") String slug, @PathParam("rma") String rma,
                                      @PathParam("photoId") long photoId);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/{rma}/label")
    @Produces("application/pdf")
    @Operation(operationId = "getReturnLabel", summary = "The prepaid return label (100×150 mm PDF, QR and Code 128 of the RMA) in the customer's "
            + "language, e.g. to reprint it for the customer")
    @APIResponse(responseCode = "200", description = "The label, as an attachment named <RMA>-label.pdf")
    @APIResponse(responseCode = "409", description = "No label in this state (before approval, or closed), "
            + "or the shop has no return address")
    @APIResponse(responseCode = "422", description = "The return does not come back with a prepaid label")
    jakarta.ws.rs.core.Response label(@PathParam("slug") String slug, @PathParam("rma") String rma);

    @POST
    @Path("/{rma}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveReturn", summary = "Approve a request that needs review")
    @APIResponse(responseCode = "409", description = "Not possible from the current state")
    ReturnDto approve(@PathParam("slug") String slug, @PathParam("rma") String rma, Decision decision);

    @POST
    @Path("/{rma}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectReturn", summary = "Reject a request, with a message for the customer")
    ReturnDto reject(@PathParam("slug") String slug, @PathParam("rma") String rma, Decision decision);

    @POST
    @Path("/{rma}/receive")
    @Operation(operationId = "receiveReturn", summary = "The parcel arrived (what the receiving station's scanner triggers); starts the refund clock")
    ReturnDto receive(@PathParam("slug") String slug, @PathParam("rma") String rma);

    @POST
    @Path("/{rma}/lines/{lineId}/grades")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "gradeReturnLine", summary = "Grade units of a line; when all units are graded the refund or exchange shipment fires")
    ReturnDto grade(@PathParam("slug") String slug, @PathParam("rma") String rma, @PathParam("lineId") long lineId,
                    GradeSubmission grades);

    @POST
    @Path("/{rma}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelReturn", summary = "Cancel a request that has not shipped")
    ReturnDto cancel(@PathParam("slug") String slug, @PathParam("rma") String rma, Decision decision);

    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "apiKey")
    @GET
    @Path("/{rma}/notes")
    @Operation(operationId = "listReturnNotes", summary = "Internal staff notes on a return, oldest first (never shown to the customer)")
    java.util.List<ReturnNoteDto> notes(@PathParam("slug") String slug, @PathParam("rma") String rma);

    @POST
    @Path("/{rma}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addReturnNote", summary = "Add an internal note (people who process returns); notes cannot be changed or deleted")
    ReturnNoteDto addNote(@PathParam("slug") String slug, @PathParam("rma") String rma, NoteSubmission note);

    @POST
    @Path("/{rma}/info-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestCustomerInfo", summary = "Ask the customer for information (people who process returns): the question is e-mailed to "
            + "the customer, shown on the portal's status page and kept in the timeline as INFO_REQUESTED; the status "
            + "does not change")
    @APIResponse(responseCode = "400", description = "No question, or longer than 1,000 characters")
    @APIResponse(responseCode = "409", description = "The return is closed (completed, rejected or cancelled)")
    ReturnDto requestInfo(@PathParam("slug") String slug, @PathParam("rma") String rma, InfoRequest request);

    @POST
    @Path("/{rma}/refunds/{refundId}/approve")
    @Operation(operationId = "approveRefund", summary = "A manager approves a held refund (above the shop's limit, or for grade-C units) — not the "
            + "person who triggered it")
    ReturnDto approveRefund(@PathParam("slug") String slug, @PathParam("rma") String rma,
                            @PathParam("refundId") long refundId);

    @POST
    @Path("/{rma}/refunds/{refundId}/retry")
    @Operation(operationId = "retryRefund", summary = "A manager retries a FAILED card refund: requested again with a "
            + "fresh count of attempts, the refund worker pays it shortly (under the same idempotency key, so nothing "
            + "is paid twice). Idempotent: a REQUESTED or ISSUED refund is returned unchanged")
    @APIResponse(responseCode = "404", description = "No such refund on this return")
    @APIResponse(responseCode = "409", description = "The refund waits for a manager or was declined")
    ReturnDto retryRefund(@PathParam("slug") String slug, @PathParam("rma") String rma,
                          @PathParam("refundId") long refundId);

    @POST
    @Path("/{rma}/upgrade-payment/retry")
    @Operation(operationId = "retryUpgradePayment", summary = "A manager retries the FAILED collection of an upgrade "
            + "exchange's price difference (after asking the customer): charged again to the order's card shortly, "
            + "under a new idempotency key after the card was refused. The replacements ship once it is PAID. "
            + "Idempotent: a REQUESTED or PAID payment is returned unchanged")
    @APIResponse(responseCode = "404", description = "No upgrade payment on this return")
    ReturnDto retryUpgradePayment(@PathParam("slug") String slug, @PathParam("rma") String rma);

    @POST
    @Path("/{rma}/refunds/{refundId}/decline")
    @Operation(operationId = "declineRefund", summary = "A manager refuses a held refund: nothing is paid (e.g. an empty parcel, or damage the "
            + "customer caused); the return completes once nothing else waits")
    ReturnDto declineRefund(@PathParam("slug") String slug, @PathParam("rma") String rma,
                            @PathParam("refundId") long refundId);

    @SecurityRequirement(name = "bearer")
    @GET
    @Path("/{rma}/lines/{lineId}/backorder")
    @Operation(operationId = "getBackorderOptions", summary = "What may be chosen for an exchange line that waits for "
            + "stock, and what was chosen (everyone in the shop)")
    @APIResponse(responseCode = "404", description = "No such return, or the line is no exchange")
    BackorderOptionsDto backorderOptions(@PathParam("slug") String slug, @PathParam("rma") String rma,
                                         @PathParam("lineId") long lineId);

    @SecurityRequirement(name = "bearer")
    @POST
    @Path("/{rma}/lines/{lineId}/backorder/choice")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "chooseBackorderOptionForCustomer", summary = "Make the customer's choice for a "
            + "backordered exchange line (operators), as the customer can on the portal")
    @APIResponse(responseCode = "404", description = "No such return, or the line is no exchange")
    @APIResponse(responseCode = "409", description = "The line no longer waits, or another choice was made")
    @APIResponse(responseCode = "422", description = "The variant is not offered, or nothing to split")
    BackorderOptionsDto chooseBackorder(@PathParam("slug") String slug, @PathParam("rma") String rma,
                                        @PathParam("lineId") long lineId, BackorderChoiceRequest choice);
}
