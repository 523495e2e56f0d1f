package com.kaeru.backend.returns.domain;

import java.util.Objects;

import com.kaeru.backend.policy.domain.PolicyOutcome;

/**
 * What the pre-approval policy decided for a line when it was requested, kept with the line:
 * the outcome, the rule that decided, and its message to the customer in both languages.
 */
public record PolicySnapshot(PolicyOutcome outcome, String ruleName, String messageJa, String messageEn) {
    public PolicySnapshot {
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(ruleName);
        if (outcome == PolicyOutcome.REJECT) {
            throw new IllegalArgumentException("A rejected line is never filed");
        }
    }

    /** No person needs to look at the line: approved outright, or an exchange the policy allows. */
    public boolean approvesAtOnce() {
        return outcome == PolicyOutcome.AUTO_APPROVE || outcome == PolicyOutcome.EXCHANGE_ONLY;
    }
}
