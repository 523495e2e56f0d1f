package com.kaeru.api.integration;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An order from a sales channel, with what the customer actually paid per line. */
public final class OrderRecord {
    @NotBlank
    @Size(max = 100)
    public String externalId;
    @NotBlank
    @Size(max = 64)
    public String orderNumber;
    @NotNull
    @Pattern(regexp = "OWN_SITE|RAKUTEN|AMAZON|SHOPIFY|OTHER")
    public String channel;
    @NotBlank
    @Size(max = 200)
    public String customerName;
    @NotBlank
    @Email
    @Size(max = 254)
    public String customerEmail;
    @Size(max = 40)
    public String customerPhone;
    @Pattern(regexp = "ja|en")
    public String customerLanguage = "ja";
    @Size(max = 10)
    public String postalCode;
    @Size(max = 20)
    public String prefecture;
    @Size(max = 100)
    public String city;
    @Size(max = 200)
    public String addressLine1;
    @Size(max = 200)
    public String addressLine2;
    @PositiveOrZero
    public long orderDiscountMinor;
    @PositiveOrZero
    public long shippingFeeMinor;
    @NotNull
    public Instant orderedAt;
    public Instant shippedAt;
    public Instant deliveredAt;
    @NotEmpty
    @Valid
    public List<OrderLineRecord> lines;
}
