package com.kaeru.api.portal;

import java.time.Instant;
import java.util.List;

import com.kaeru.api.returns.ReturnSummaryDto;

/** The order opened with a lookup token: lines with eligibility, and earlier returns. */
public record PortalOrderDto(String orderNumber, Instant orderedAt, Instant deliveredAt, String currency,
                             List<PortalOrderLineDto> lines, List<ReturnSummaryDto> returns) {
}
