package com.kaeru.backend.policy.domain;

/** What a rule decides for a return line. */
public enum PolicyOutcome {
    /** Approved at once, no person involved. */
    AUTO_APPROVE,
    /** A staff member must look at it (e.g. unusual value or frequent returner). */
    NEEDS_REVIEW,
    /** Not returnable; the customer sees the rule's message. */
    REJECT,
    /** Returnable only as an exchange; a refund is refused. */
    EXCHANGE_ONLY
}
