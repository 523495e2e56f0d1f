package com.kaeru.api.credit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Spend {@code amountMinor} of a customer's credit on an order of the shop's system. */
public final class StoreCreditRedemptionRequest {
    @NotBlank
    @Email
    @Size(max = 254)
    public String customerEmail;
    @NotNull
    @Positive
    public Long amountMinor;
    @NotBlank
    @Pattern(regexp = "[A-Z]{3}")
    public String currency;
    @NotBlank
    @Size(max = 100)
    public String orderReference;

    public StoreCreditRedemptionRequest() {
    }

    public StoreCreditRedemptionRequest(String customerEmail, long amountMinor, String currency, String orderReference) {
        this.customerEmail = customerEmail;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.orderReference = orderReference;
    }
}
