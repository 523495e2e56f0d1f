package com.kaeru.api.integration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The secret Shopify shows for the shop's webhooks (the app's client secret or the notification key). */
public final class ShopifySecret {
    @NotBlank
    @Size(min = 16, max = 200)
    @Schema(example = "shpss_0123456789abcdef0123456789abcdef")
    public String secret;
}
