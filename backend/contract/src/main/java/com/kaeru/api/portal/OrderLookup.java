package com.kaeru.api.portal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Order number plus the e-mail address or phone number used for the order. */
public final class OrderLookup {
    @NotBlank
    @Size(max = 64)
    @Schema(example = "SA-10001")
    public String orderNumber;
    @NotBlank
    @Size(max = 254)
    @Schema(example = "hanako@example.jp")
    public String emailOrPhone;

    public OrderLookup() {
    }

    public OrderLookup(String orderNumber, String emailOrPhone) {
        this.orderNumber = orderNumber;
        this.emailOrPhone = emailOrPhone;
    }
}
