package com.kaeru.api.replenishment;

import com.kaeru.api.Bounds;
import com.kaeru.api.WholeUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A product's or variant's own lead time and/or safety stock; a value left out (null) is inherited
 * (variant → product → shop). At least one value is required.
 */
public final class ReorderOverrideRequest {
    @Min(0)
    @Max(365)
    @JsonbTypeDeserializer(WholeUnits.class)
    public Integer leadTimeDays;

    @Min(0)
    @Max(Bounds.MAX_UNITS)
    @JsonbTypeDeserializer(WholeUnits.class)
    public Integer safetyStock;

    public ReorderOverrideRequest() {
    }

    public ReorderOverrideRequest(Integer leadTimeDays, Integer safetyStock) {
        this.leadTimeDays = leadTimeDays;
        this.safetyStock = safetyStock;
    }
}
