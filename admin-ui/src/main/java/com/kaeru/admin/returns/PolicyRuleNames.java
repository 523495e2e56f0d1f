package com.kaeru.admin.returns;

import java.util.Set;
import java.util.function.Function;

/**
 * The name of the policy rule that decided a line, as staff should read it. A shop's own rules are
 * stored by their name and shown as they are; when none of them decided, the backend stores a code
 * ({@code DEFAULT_REVIEW}: no rule matched, so staff review; {@code ALREADY_RETURNED}) that a person
 * should not have to decode, so those read as a sentence in the console's language.
 */
final class PolicyRuleNames {
    /** The codes the backend writes instead of a rule name (PolicyDecision, ReturnAssessment). */
    private static final Set<String> SYSTEM_CODES = Set.of("DEFAULT_REVIEW", "ALREADY_RETURNED");

    private PolicyRuleNames() {
    }

    static boolean isSystemCode(String rule) {
        return rule != null && SYSTEM_CODES.contains(rule);
    }

    /** A system code in words ({@code t} translates a key); a shop's rule name as it is. */
    static String readable(String rule, Function<String, String> t) {
        return isSystemCode(rule) ? t.apply("admin.policyRule." + rule) : rule;
    }
}
