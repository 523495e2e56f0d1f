package com.kaeru.api.integration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Absolute stock of one SKU: the shop system is the source of truth for sellable units. */
public final class StockRecord {
    @NotBlank
    public String sku;
    @NotNull
    @PositiveOrZero
    public Integer sellable;
    @PositiveOrZero
    public Integer outlet;

    public StockRecord() {
    }

    public StockRecord(String sku, int sellable) {
        this.sku = sku;
        this.sellable = sellable;
    }
}
