package com.kaeru.backend.returns.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/** A request that breaks a returns rule (422), e.g. more units than bought or a refused refund. */
public class ReturnRuleViolation extends KaeruException {
    public static final String TYPE = "https://kaeru.app/problems/return-rule";

    public ReturnRuleViolation(String messageKey, Object... arguments) {
        super(422, TYPE, messageKey, arguments);
    }
}
