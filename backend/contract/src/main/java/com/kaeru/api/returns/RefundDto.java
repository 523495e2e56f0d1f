package com.kaeru.api.returns;

import java.time.Instant;

/**
 * A refund of a return.
 *
 * @param id          refund id (for approval)
 * @param method      {@code ORIGINAL_PAYMENT}, {@code STORE_CREDIT} or {@code GIFT_CODE}
 * @param amountMinor amount in minor units
 * @param currency    ISO currency
 * @param status      {@code PENDING_APPROVAL} (above the shop's limit), {@code ISSUED} or {@code FAILED}
 * @param reference   provider reference, or the gift code
 * @param requestedBy who triggered it
 * @param approvedBy  the manager who approved it, when it needed approval
 * @param issuedAt    when the money went out
 */
public record RefundDto(long id, String method, long amountMinor, String currency, String status, String reference,
                        String requestedBy, String approvedBy, Instant issuedAt) {
}
