package com.kaeru.backend.refunds.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/**
 * A provider did not pay a refund. {@link #retryable()} tells a passing fault (rate limit, outage,
 * timeout: the same idempotency key may be sent again) from a refusal that another try will not
 * change (the card is closed, the payment was already refunded). {@link #code()} is the provider's
 * own word for it, kept for staff. Where a provider is called in a request (the grading or the
 * approval), the request is refused as a problem: 503 to try again, 409 for a refusal.
 */
public class RefundNotPaidException extends KaeruException {
    private final boolean retryable;
    private final String code;
    private final String detail;

    public RefundNotPaidException(boolean retryable, String code, String message, Throwable cause) {
        super(retryable ? Refusal.UNAVAILABLE : Refusal.CONFLICT,
                retryable ? "problem.refund.provider-unavailable" : "problem.refund.provider-refused", code);
        if (cause != null) {
            initCause(cause);
        }
        this.detail = message;
        this.retryable = retryable;
        this.code = code;
    }

    public boolean retryable() {
        return retryable;
    }

    public String code() {
        return code;
    }

    /** The provider's own account, for the log (the problem's text is the localized message). */
    public String detail() {
        return detail;
    }
}
