package com.kaeru.backend.policy.domain;

import java.util.Comparator;
import java.util.List;

/** Evaluates a shop's rules for one line: the first enabled rule that matches decides. */
public final class PolicyEngine {
    private PolicyEngine() {
    }

    /** With no matching rule, a person decides: never silently approve or reject. */
    public static PolicyDecision evaluate(List<PolicyRule> rules, LineFacts facts) {
        return rules.stream()
                .sorted(Comparator.comparingInt(PolicyRule::position))
                .filter(rule -> rule.matches(facts))
                .findFirst()
                .map(PolicyRule::decision)
                .orElseGet(() -> new PolicyDecision(PolicyOutcome.NEEDS_REVIEW, PolicyDecision.NO_RULE_MATCHED,
                        "スタッフが内容を確認します。", "Our staff will review this request.", 0, 0, 0, 0, 0, false));
    }
}
