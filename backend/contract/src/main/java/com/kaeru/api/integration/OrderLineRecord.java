package com.kaeru.api.integration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** One order line: unit price as charged (tax included), the line's own discount and its tax share. */
public final class OrderLineRecord {
    @NotNull
    @Positive
    public Integer lineNo;
    @NotBlank
    public String sku;
    @NotNull
    @Positive
    public Integer quantity;
    @NotNull
    @PositiveOrZero
    public Long unitPriceMinor;
    @PositiveOrZero
    public long lineDiscountMinor;
    @PositiveOrZero
    public long taxMinor;

    public OrderLineRecord() {
    }

    public OrderLineRecord(int lineNo, String sku, int quantity, long unitPriceMinor, long lineDiscountMinor) {
        this.lineNo = lineNo;
        this.sku = sku;
        this.quantity = quantity;
        this.unitPriceMinor = unitPriceMinor;
        this.lineDiscountMinor = lineDiscountMinor;
    }
}
