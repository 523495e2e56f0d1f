package com.kaeru.api.returns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A question staff ask the customer about a return. The text goes to the customer as typed (by
 * e-mail and on the portal's status page), so write it in the customer's language.
 */
public final class InfoRequest {
    public static final int MAX_LENGTH = 1000;

    @NotBlank
    @Size(max = MAX_LENGTH)
    public String message;

    public InfoRequest() {
    }

    public InfoRequest(String message) {
        this.message = message;
    }
}
