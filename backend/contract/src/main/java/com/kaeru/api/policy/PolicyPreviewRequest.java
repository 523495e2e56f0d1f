package com.kaeru.api.policy;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * "Try it": which outcome each line of an order would get. A class, not a record, for the same
 * reason as {@link PolicyDto} (bean-validation annotations on records break Payara's OpenAPI).
 */
public final class PolicyPreviewRequest {
    /** The shop's order number, as staff and customers know it. */
    @NotBlank
    @Size(max = 60)
    public String orderNumber;

    /** Unsaved rules to try instead of the saved ones; {@code null} previews the saved policy. */
    @Size(max = 100)
    @Valid
    public List<PolicyRuleDto> rules;

    /** A return reason to assume (rules may look at it); {@code null} as the portal's first view has none. */
    @Size(max = 40)
    public String reasonCode;

    public PolicyPreviewRequest() {
    }

    public PolicyPreviewRequest(String orderNumber, List<PolicyRuleDto> rules, String reasonCode) {
        this.orderNumber = orderNumber;
        this.rules = rules;
        this.reasonCode = reasonCode;
    }
}
