package com.kaeru.api.inventory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Units of a purchase order that arrived, per SKU on the order; fewer than still due is a partial receipt. */
public final class ReceiptRequest {
    @NotEmpty
    @Size(max = 500)
    public List<@Valid @NotNull SkuQuantity> lines;

    public ReceiptRequest() {
    }

    public ReceiptRequest(List<SkuQuantity> lines) {
        this.lines = lines;
    }
}
