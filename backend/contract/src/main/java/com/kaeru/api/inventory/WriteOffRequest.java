package com.kaeru.api.inventory;

import com.kaeru.api.Bounds;
import com.kaeru.api.WholeUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Units written off (damaged, lost, unsellable) from a location's sellable or outlet stock, with the
 * reason kept on the DISPOSAL movement. {@code location} defaults to the default location.
 */
public final class WriteOffRequest {
    @NotBlank
    @Size(max = 100)
    public String sku;

    @Size(max = 40)
    public String location;

    /** {@code SELLABLE} or {@code OUTLET}. */
    @NotNull
    @Pattern(regexp = "SELLABLE|OUTLET")
    public String bucket;

    @NotNull
    @Positive
    @Max(Bounds.MAX_UNITS)
    @JsonbTypeDeserializer(WholeUnits.class)
    public Integer quantity;

    @NotBlank
    @Size(max = 500)
    public String reason;

    public WriteOffRequest() {
    }

    public WriteOffRequest(String sku, String location, String bucket, Integer quantity, String reason) {
        this.sku = sku;
        this.location = location;
        this.bucket = bucket;
        this.quantity = quantity;
        this.reason = reason;
    }
}
