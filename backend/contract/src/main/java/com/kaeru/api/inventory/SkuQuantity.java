package com.kaeru.api.inventory;

import com.kaeru.api.Bounds;
import com.kaeru.api.WholeUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Whole units of one SKU (1 to 99,999): a line ordered or received. */
public final class SkuQuantity {
    @NotBlank
    @Size(max = 100)
    public String sku;

    @NotNull
    @Positive
    @Max(Bounds.MAX_UNITS)
    @JsonbTypeDeserializer(WholeUnits.class)
    public Integer quantity;

    public SkuQuantity() {
    }

    public SkuQuantity(String sku, Integer quantity) {
        this.sku = sku;
        this.quantity = quantity;
    }
}
