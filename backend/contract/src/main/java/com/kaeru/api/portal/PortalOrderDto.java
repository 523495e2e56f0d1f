package com.kaeru.api.portal;

import java.time.Instant;
import java.util.List;

import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.returns.ReturnSummaryDto;

/**
 * The order opened with a lookup token: lines with eligibility, and earlier returns.
 *
 * @param orderNumber     the shop's order number
 * @param orderedAt       when it was ordered
 * @param deliveredAt     when it was delivered, if known
 * @param currency        ISO currency of all amounts
 * @param lines           the lines with eligibility and exchange options
 * @param returns         earlier returns of this order
 * @param shippingAddress where the order went: the default pickup and exchange address
 * @param reasons         the shop's return reasons to choose from, parents before children
 */
public record PortalOrderDto(String orderNumber, Instant orderedAt, Instant deliveredAt, String currency,
                             List<PortalOrderLineDto> lines, List<ReturnSummaryDto> returns,
                             PostalAddressDto shippingAddress, List<ReturnReasonDto> reasons) {
}
