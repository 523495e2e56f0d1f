package com.kaeru.api.returns;

import com.kaeru.api.vocabulary.ReturnStatus;

import java.time.Instant;

/**
 * A row of the returns queue.
 *
 * @param customerQuestion WAITING (staff asked the customer, no answer yet), ANSWERED (the customer
 *                         answered the latest question) or {@code null} (never asked)
 */
public record ReturnSummaryDto(String rmaNumber, ReturnStatus status, String orderNumber, String customerName,
                               String customerEmail, int units, Instant createdAt, Instant refundDueAt,
                               boolean refundOverdue, boolean needsBackorder, String customerQuestion) {
}
