package com.kaeru.api.integration;

import com.kaeru.api.Bounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One order line: unit price as charged (tax included), the line's own discount and its tax share. */
public final class OrderLineRecord {
    @NotNull
    @Positive
    @Schema(example = "1")
    public Integer lineNo;
    @NotBlank
    @Schema(example = "SA-LINEN-SHIRT-WHT-S")
    public String sku;
    @NotNull
    @Positive
    @Schema(example = "2")
    @Max(Bounds.MAX_UNITS)
    public Integer quantity;
    @NotNull
    @PositiveOrZero
    @Schema(example = "6000")
    @Max(Bounds.MAX_MINOR)
    public Long unitPriceMinor;
    @PositiveOrZero
    @Schema(example = "0")
    @Max(Bounds.MAX_MINOR)
    public long lineDiscountMinor;
    @PositiveOrZero
    @Schema(example = "1090")
    @Max(Bounds.MAX_MINOR)
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
