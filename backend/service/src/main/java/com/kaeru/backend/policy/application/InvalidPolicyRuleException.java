package com.kaeru.backend.policy.application;

import com.kaeru.backend.platform.errors.KaeruException;

/**
 * A rule the engine cannot hold (422). Its problem type is the one every returns-rule refusal has
 * always had, so clients that switch on it see no change.
 */
public class InvalidPolicyRuleException extends KaeruException {
    static final String TYPE = "https://kaeru.app/problems/return-rule";

    public InvalidPolicyRuleException(String ruleName, String why) {
        super(422, TYPE, "problem.policy.invalid-rule", ruleName, why);
    }
}
