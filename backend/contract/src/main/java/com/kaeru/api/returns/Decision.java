package com.kaeru.api.returns;

import jakarta.validation.constraints.Size;

/** A staff decision with an optional message for the customer (required when rejecting). */
public final class Decision {
    @Size(max = 1000)
    public String message;

    public Decision() {
    }

    public Decision(String message) {
        this.message = message;
    }
}
