package com.kaeru.api.policy;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A shop's policy.
 */
public final class PolicyDto {
    /** True when the shop has no rules of its own and the default policy applies. */
    public boolean usingDefault;
    @NotNull
    @Size(max = 100)
    @Valid
    public List<PolicyRuleDto> rules;

    public PolicyDto() {
    }

    public PolicyDto(boolean usingDefault, List<PolicyRuleDto> rules) {
        this.usingDefault = usingDefault;
        this.rules = rules;
    }
}
