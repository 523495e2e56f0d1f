package com.kaeru.api.inventory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** A purchase order's expected date (today or later) and whether the supplier confirmed it. */
public final class PurchaseOrderSchedule {
    @NotNull
    public LocalDate expectedDate;

    @NotNull
    public Boolean confirmed;

    public PurchaseOrderSchedule() {
    }

    public PurchaseOrderSchedule(LocalDate expectedDate, Boolean confirmed) {
        this.expectedDate = expectedDate;
        this.confirmed = confirmed;
    }
}
