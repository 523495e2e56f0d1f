package com.kaeru.api.returns;

import java.time.Instant;
import java.util.List;

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
 * @param returnMethod   {@code PREPAID_LABEL}, {@code PICKUP} or {@code DROP_OFF}
 * @param needsBackorder an exchange item was out of stock at approval
 * @param currency       ISO currency of all amounts
 * @param lines          the returned lines
 * @param timeline       every status change, oldest first
 * @param refunds        refunds issued or waiting for approval
 * @param photos         photos the customer attached
 * @param logistics      return method details and the pickup/exchange address
 */
public record ReturnDto(String rmaNumber, String status, String orderNumber, String customerName, String customerEmail,
                        Instant createdAt, Instant refundDueAt, boolean refundOverdue, String returnMethod,
                        boolean needsBackorder, String currency, List<ReturnLineDto> lines,
                        List<TimelineEntryDto> timeline, List<RefundDto> refunds, List<PhotoDto> photos,
                        ReturnLogisticsDto logistics) {
}
