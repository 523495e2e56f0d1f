package com.kaeru.api.integration;

import java.time.Instant;

import com.kaeru.api.Bounds;
import com.kaeru.api.WholeUnits;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Absolute stock of one SKU as the shop system counted it. Without {@code asOf} the count is the
 * level now; with {@code asOf} (when the shop system counted) Kaeru keeps what moved here after
 * that instant: level = count + the non-sync movements after {@code asOf} (a unit graded back to
 * stock after the count is not erased). A count older than one already applied is refused.
 * {@code location} is a location code; the shop's default location when absent. docs/inventory.md.
 */
public final class StockRecord {
    @NotBlank
    @Schema(example = "SA-LINEN-SHIRT-WHT-M")
    public String sku;
    @NotNull
    @PositiveOrZero
    @Schema(example = "12")
    @Max(Bounds.MAX_UNITS)
    @JsonbTypeDeserializer(WholeUnits.class)
    public Integer sellable;
    @PositiveOrZero
    @Schema(example = "0")
    @Max(Bounds.MAX_UNITS)
    @JsonbTypeDeserializer(WholeUnits.class)
    public Integer outlet;
    @Size(max = 40)
    @Schema(example = "MAIN")
    public String location;
    @Schema(example = "2026-12-04T05:00:00Z")
    public Instant asOf;

    public StockRecord() {
    }

    public StockRecord(String sku, int sellable) {
        this.sku = sku;
        this.sellable = sellable;
    }
}
