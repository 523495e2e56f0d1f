package com.kaeru.api.inventory;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A purchase order to place: the supplier, the location receiving it ({@code MAIN}, the default
 * location, when absent), the expected date (today or later, in the shop's time zone), whether the
 * supplier confirmed it, and one line per SKU.
 */
public final class PurchaseOrderRequest {
    @NotBlank
    @Size(max = 200)
    public String supplier;

    @Size(max = 40)
    public String location;

    @NotNull
    public LocalDate expectedDate;

    public boolean confirmed;

    @Size(max = 500)
    public String note;

    @NotEmpty
    @Size(max = 500)
    public List<@Valid @NotNull SkuQuantity> lines;

    public PurchaseOrderRequest() {
    }

    public PurchaseOrderRequest(String supplier, String location, LocalDate expectedDate, boolean confirmed, String note,
                                List<SkuQuantity> lines) {
        this.supplier = supplier;
        this.location = location;
        this.expectedDate = expectedDate;
        this.confirmed = confirmed;
        this.note = note;
        this.lines = lines;
    }
}
