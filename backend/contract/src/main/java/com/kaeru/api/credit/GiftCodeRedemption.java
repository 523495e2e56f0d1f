package com.kaeru.api.credit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The order a shop system used the gift code on. */
public final class GiftCodeRedemption {
    @NotBlank
    @Size(max = 100)
    public String orderReference;

    public GiftCodeRedemption() {
    }

    public GiftCodeRedemption(String orderReference) {
        this.orderReference = orderReference;
    }
}
