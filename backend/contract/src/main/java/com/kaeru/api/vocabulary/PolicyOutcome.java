package com.kaeru.api.vocabulary;

/** What a pre-approval rule decides for a line. */
public enum PolicyOutcome {
    AUTO_APPROVE, NEEDS_REVIEW, REJECT, EXCHANGE_ONLY
}
