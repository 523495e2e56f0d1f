package com.kaeru.api.keys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the key is for, e.g. "Rakuten RMS sync". */
public final class ApiKeyRequest {
    @NotBlank
    @Size(max = 100)
    public String name;

    public ApiKeyRequest() {
    }

    public ApiKeyRequest(String name) {
        this.name = name;
    }
}
