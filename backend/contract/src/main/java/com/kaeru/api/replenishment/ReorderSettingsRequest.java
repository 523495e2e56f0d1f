package com.kaeru.api.replenishment;

import com.kaeru.api.Bounds;
import com.kaeru.api.WholeUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A shop's defaults: lead time (days), safety stock (units) and the sales window (days) averages are taken over. */
public final class ReorderSettingsRequest {
    @NotNull
    @Min(0)
    @Max(365)
    @JsonbTypeDeserializer(WholeUnits.class)
    public Integer leadTimeDays;

    @NotNull
    @Min(0)
    @Max(Bounds.MAX_UNITS)
    @JsonbTypeDeserializer(WholeUnits.class)
    public Integer safetyStock;

    @NotNull
    @Min(1)
    @Max(365)
    @JsonbTypeDeserializer(WholeUnits.class)
    public Integer salesWindowDays;

    public ReorderSettingsRequest() {
    }

    public ReorderSettingsRequest(Integer leadTimeDays, Integer safetyStock, Integer salesWindowDays) {
        this.leadTimeDays = leadTimeDays;
        this.safetyStock = safetyStock;
        this.salesWindowDays = salesWindowDays;
    }
}
