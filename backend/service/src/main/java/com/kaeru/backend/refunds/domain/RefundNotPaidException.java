package com.kaeru.backend.refunds.domain;

/**
 * A provider did not pay a refund. {@link #retryable()} tells a passing fault (rate limit, outage,
 * timeout: the same idempotency key may be sent again) from a refusal that another try will not
 * change (the card is closed, the payment was already refunded). {@link #code()} is the provider's
 * own word for it, kept for staff.
 */
public class RefundNotPaidException extends RuntimeException {
    private final boolean retryable;
    private final String code;

    public RefundNotPaidException(boolean retryable, String code, String message, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.code = code;
    }

    public boolean retryable() {
        return retryable;
    }

    public String code() {
        return code;
    }
}
