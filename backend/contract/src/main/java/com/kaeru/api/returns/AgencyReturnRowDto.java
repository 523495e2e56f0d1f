package com.kaeru.api.returns;

/** A row of an agency's returns queue: the return and the client shop it belongs to. */
public record AgencyReturnRowDto(String shopSlug, String shopName, ReturnSummaryDto returnSummary) {
}
