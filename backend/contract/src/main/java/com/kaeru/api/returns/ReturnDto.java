package com.kaeru.api.returns;

import com.kaeru.api.vocabulary.ReturnAction;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.ReturnStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A return request (RMA) with its lines, timeline and refunds.
 *
 * @param rmaNumber      the shop's human number, e.g. {@code R-000123} (what the label's barcode carries)
 * @param status         lifecycle state
 * @param orderNumber    the order it belongs to
 * @param customerName   customer's name (staff view only; {@code null} on the portal)
 * @param customerEmail  customer's e-mail (staff view only)
 * @param createdAt      when it was requested
 * @param refundDueAt    receipt + the shop's refund deadline, once received
 * @param refundOverdue  the deadline passed and the request is not completed
 * @param returnMethod   how the parcel comes back
 * @param needsBackorder an exchange item was out of stock at approval
 * @param currency       ISO currency of all amounts
 * @param lines          the returned lines
 * @param timeline       every status change, oldest first
 * @param refunds        refunds issued or waiting for approval
 * @param photos         photos the customer attached
 * @param logistics      return method details and the pickup/exchange address
 * @param allowedActions what the caller may do now (from the state and the caller's permissions or the customer's
 *                       rights); the server still checks each request
 * @param upgradePayment the price difference of the return's upgrade exchanges and where its collection stands,
 *                       or {@code null} when nothing is due (docs/payments.md)
 * @param rating         the customer's rating of the completed return, {@code null} until given
 */
public record ReturnDto(String rmaNumber, ReturnStatus status, String orderNumber, String customerName, String customerEmail,
                        Instant createdAt, Instant refundDueAt, boolean refundOverdue, ReturnMethod returnMethod,
                        boolean needsBackorder, String currency, List<ReturnLineDto> lines,
                        List<TimelineEntryDto> timeline, List<RefundDto> refunds, List<PhotoDto> photos,
                        ReturnLogisticsDto logistics, Set<ReturnAction> allowedActions,
                        UpgradePaymentDto upgradePayment, ReturnRatingDto rating) {
    /** Named for JSON-B: Yasson refuses to pick between a record's constructors. */
    @jakarta.json.bind.annotation.JsonbCreator
    public ReturnDto {
    }

    /** A return not rated (yet). */
    public ReturnDto(String rmaNumber, ReturnStatus status, String orderNumber, String customerName, String customerEmail,
                     Instant createdAt, Instant refundDueAt, boolean refundOverdue, ReturnMethod returnMethod,
                     boolean needsBackorder, String currency, List<ReturnLineDto> lines,
                     List<TimelineEntryDto> timeline, List<RefundDto> refunds, List<PhotoDto> photos,
                     ReturnLogisticsDto logistics, Set<ReturnAction> allowedActions, UpgradePaymentDto upgradePayment) {
        this(rmaNumber, status, orderNumber, customerName, customerEmail, createdAt, refundDueAt, refundOverdue,
                returnMethod, needsBackorder, currency, lines, timeline, refunds, photos, logistics, allowedActions,
                upgradePayment, null);
    }

    /** A return without an upgrade to pay. */
    public ReturnDto(String rmaNumber, ReturnStatus status, String orderNumber, String customerName, String customerEmail,
                     Instant createdAt, Instant refundDueAt, boolean refundOverdue, ReturnMethod returnMethod,
                     boolean needsBackorder, String currency, List<ReturnLineDto> lines,
                     List<TimelineEntryDto> timeline, List<RefundDto> refunds, List<PhotoDto> photos,
                     ReturnLogisticsDto logistics, Set<ReturnAction> allowedActions) {
        this(rmaNumber, status, orderNumber, customerName, customerEmail, createdAt, refundDueAt, refundOverdue,
                returnMethod, needsBackorder, currency, lines, timeline, refunds, photos, logistics, allowedActions, null, null);
    }
}
