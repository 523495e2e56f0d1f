package com.kaeru.api.integration;

import com.kaeru.api.vocabulary.SalesChannel;

import java.time.Instant;
import java.util.List;

import com.kaeru.api.Bounds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An order from a sales channel, with what the customer actually paid per line. */
public final class OrderRecord {
    @NotBlank
    @Size(max = 100)
    @Schema(example = "shopify-5012345678")
    public String externalId;
    @NotBlank
    @Size(max = 64)
    @Schema(example = "SA-10001")
    public String orderNumber;
    @NotNull
    @Schema(example = "OWN_SITE")
    public SalesChannel channel;
    @NotBlank
    @Size(max = 200)
    @Schema(example = "山田 花子")
    public String customerName;
    @NotBlank
    @Email
    @Size(max = 254)
    @Schema(example = "hanako@example.jp")
    public String customerEmail;
    @Size(max = 40)
    @Schema(example = "090-1111-2222")
    public String customerPhone;
    @Pattern(regexp = "ja|en")
    @Schema(example = "ja")
    public String customerLanguage = "ja";
    @Size(max = 10)
    @Schema(example = "150-0001")
    public String postalCode;
    @Size(max = 20)
    @Schema(example = "東京都")
    public String prefecture;
    @Size(max = 100)
    @Schema(example = "渋谷区")
    public String city;
    @Size(max = 200)
    @Schema(example = "神宮前1-2-3")
    public String addressLine1;
    @Size(max = 200)
    @Schema(example = "ケヤキビル202")
    public String addressLine2;
    @PositiveOrZero
    @Schema(example = "1000")
    @Max(Bounds.MAX_MINOR)
    public long orderDiscountMinor;
    @PositiveOrZero
    @Schema(example = "550")
    @Max(Bounds.MAX_MINOR)
    public long shippingFeeMinor;
    @NotNull
    @Schema(example = "2026-11-10T01:00:00Z")
    public Instant orderedAt;
    @Schema(example = "2026-11-10T21:00:00Z")
    public Instant shippedAt;
    @Schema(example = "2026-11-12T03:00:00Z")
    public Instant deliveredAt;
    @NotEmpty
    @Valid
    public List<OrderLineRecord> lines;
}
