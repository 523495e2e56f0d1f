package com.kaeru.api.inventory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Counted units of one location (棚卸): one line per SKU counted. */
public final class StocktakeRequest {
    @NotBlank
    @Size(max = 40)
    public String location;

    @Size(max = 500)
    public String note;

    @NotEmpty
    @Size(max = 5000)
    public List<@Valid StocktakeCount> counts;

    public StocktakeRequest() {
    }

    public StocktakeRequest(String location, String note, List<StocktakeCount> counts) {
        this.location = location;
        this.note = note;
        this.counts = counts;
    }
}
