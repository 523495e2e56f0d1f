package com.kaeru.api.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A customer to put on the shop's blocklist: exactly one of {@code email} or {@code phone}, and
 * why. A class, not a record, for the same reason as {@link PolicyDto}.
 */
public final class BlocklistEntryRequest {
    @Size(max = 254)
    public String email;

    @Size(max = 40)
    public String phone;

    @NotBlank
    @Size(max = 500)
    public String reason;

    public BlocklistEntryRequest() {
    }

    public BlocklistEntryRequest(String email, String phone, String reason) {
        this.email = email;
        this.phone = phone;
        this.reason = reason;
    }
}
