package com.kaeru.api.returns;

import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.RefundStatus;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * A refund of a return.
 *
 * @param id          refund id (for approval)
 * @param method      how the money goes back
 * @param amountMinor amount in minor units
 * @param currency    ISO currency
 * @param status      {@code REQUESTED} (a card refund the refund worker pays shortly), {@code PENDING_APPROVAL}
 *                    (held for a manager), {@code ISSUED}, {@code DECLINED} (a manager refused it) or {@code FAILED}
 *                    (the payment service refused it, or kept failing: staff may retry it)
 * @param reference   provider reference; a gift code only masked ({@code ****-****-****-WXYZ}): the customer
 *                    receives the full code by e-mail
 * @param requestedBy who triggered it
 * @param approvedBy  the manager who approved it, when it needed approval
 * @param issuedAt    when the money went out
 * @param holdReason  why it waits or waited for a manager: {@code LIMIT} (the order's refunds exceed the shop's
 *                    approval limit) or {@code GRADE_C} (unsellable units not the shop's fault); {@code null} otherwise
 * @param attempts    how often the payment service has not paid a card refund so far (the refund worker retries
 *                    passing faults with backoff); 0 for others
 * @param lastError   the payment service's last refusal or fault (staff only), kept until it is paid
 * @param nextAttemptAt when the refund worker tries a REQUESTED card refund next
 */
public record RefundDto(long id, RefundMethod method, long amountMinor, String currency, RefundStatus status, String reference,
                        String requestedBy, String approvedBy, Instant issuedAt, String holdReason, int attempts,
                        String lastError, Instant nextAttemptAt) {
    /** Named for JSON-B: Yasson refuses to pick between a record's constructors (it would fail in the UIs' clients). */
    @JsonbCreator
    public RefundDto {
    }

    /** A refund the payment service never refused. */
    public RefundDto(long id, RefundMethod method, long amountMinor, String currency, RefundStatus status, String reference,
                     String requestedBy, String approvedBy, Instant issuedAt, String holdReason) {
        this(id, method, amountMinor, currency, status, reference, requestedBy, approvedBy, issuedAt, holdReason, 0, null,
                null);
    }

    /** A refund that never waited for a manager's decision. */
    public RefundDto(long id, RefundMethod method, long amountMinor, String currency, RefundStatus status, String reference,
                     String requestedBy, String approvedBy, Instant issuedAt) {
        this(id, method, amountMinor, currency, status, reference, requestedBy, approvedBy, issuedAt, null, 0, null, null);
    }
}
