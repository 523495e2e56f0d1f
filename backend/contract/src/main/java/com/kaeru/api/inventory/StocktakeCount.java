package com.kaeru.api.inventory;

import com.kaeru.api.Bounds;
import com.kaeru.api.WholeUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Units of one SKU found on the shelf: sellable, and outlet when outlet stock was counted too. */
public final class StocktakeCount {
    @NotBlank
    @Size(max = 100)
    public String sku;

    @NotNull
    @PositiveOrZero
    @Max(Bounds.MAX_UNITS)
    @JsonbTypeDeserializer(WholeUnits.class)
    public Integer sellable;

    @PositiveOrZero
    @Max(Bounds.MAX_UNITS)
    @JsonbTypeDeserializer(WholeUnits.class)
    public Integer outlet;

    public StocktakeCount() {
    }

    public StocktakeCount(String sku, Integer sellable, Integer outlet) {
        this.sku = sku;
        this.sellable = sellable;
        this.outlet = outlet;
    }
}
