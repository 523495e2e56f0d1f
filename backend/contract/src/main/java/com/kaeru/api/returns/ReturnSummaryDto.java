package com.kaeru.api.returns;

import java.time.Instant;

/** A row of the returns queue. */
public record ReturnSummaryDto(String rmaNumber, String status, String orderNumber, String customerName,
                               String customerEmail, int units, Instant createdAt, Instant refundDueAt,
                               boolean refundOverdue, boolean needsBackorder) {
}
