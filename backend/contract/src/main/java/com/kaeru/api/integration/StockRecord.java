package com.kaeru.api.integration;

import com.kaeru.api.Bounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Absolute stock of one SKU: the shop system is the source of truth for sellable units. */
public final class StockRecord {
    @NotBlank
    @Schema(example = "SA-LINEN-SHIRT-WHT-M")
    public String sku;
    @NotNull
    @PositiveOrZero
    @Schema(example = "12")
    @Max(Bounds.MAX_UNITS)
    public Integer sellable;
    @PositiveOrZero
    @Schema(example = "0")
    @Max(Bounds.MAX_UNITS)
    public Integer outlet;

    public StockRecord() {
    }

    public StockRecord(String sku, int sellable) {
        this.sku = sku;
        this.sellable = sellable;
    }
}
