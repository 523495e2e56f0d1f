package com.kaeru.api.integration;

import java.time.LocalDate;

import com.kaeru.api.Bounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One sellable variant (size/colour) of a product; prices in minor units of the shop's currency. */
public final class VariantRecord {
    @NotBlank
    @Size(max = 100)
    @Schema(example = "SA-LINEN-SHIRT-WHT-M")
    public String sku;
    @Size(max = 40)
    @Schema(example = "M")
    public String size;
    @Size(max = 40)
    @Schema(example = "white")
    public String color;
    @NotNull
    @PositiveOrZero
    @Schema(example = "6000")
    @Max(Bounds.MAX_MINOR)
    public Long priceMinor;
    /** Known restock date when out of stock; {@code null} when unknown. */
    @Schema(example = "2026-12-05")
    public LocalDate restockDate;

    public VariantRecord() {
    }

    public VariantRecord(String sku, String size, String color, long priceMinor) {
        this.sku = sku;
        this.size = size;
        this.color = color;
        this.priceMinor = priceMinor;
    }
}
