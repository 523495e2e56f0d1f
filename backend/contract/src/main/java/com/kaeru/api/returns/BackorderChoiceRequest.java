package com.kaeru.api.returns;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The choice for a backordered line; {@code sku} names the variant to switch to (SWITCH only). */
public final class BackorderChoiceRequest {
    @NotNull
    public BackorderChoice choice;

    @Size(max = 100)
    public String sku;

    public BackorderChoiceRequest() {
    }

    public BackorderChoiceRequest(BackorderChoice choice, String sku) {
        this.choice = choice;
        this.sku = sku;
    }
}
