package com.kaeru.backend.refunds.domain;

/**
 * The facts of a return that its refunds need: which return and order (the approval limit counts
 * every return of the order), the RMA that keys idempotency and the audit trail, and who the
 * customer is (a provider pays them, the e-mail reaches them). Refunds know no more of returns.
 */
public record RefundedReturn(long returnId, String rmaNumber, long orderId, String customerEmail,
                             String customerLanguage) {
    public RefundedReturn {
        java.util.Objects.requireNonNull(rmaNumber);
    }
}
