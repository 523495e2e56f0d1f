package com.kaeru.api.inventory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Posting a stocktake's discrepancies as adjustments needs a reason (kept on every movement). */
public final class StocktakePosting {
    @NotBlank
    @Size(max = 500)
    public String reason;

    public StocktakePosting() {
    }

    public StocktakePosting(String reason) {
        this.reason = reason;
    }
}
