package com.kaeru.api.inventory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new location: a code unique in the shop (letters, digits, {@code -} and {@code _}) and a name. */
public final class LocationRequest {
    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*")
    public String code;

    @NotBlank
    @Size(max = 200)
    public String name;

    public LocationRequest() {
    }

    public LocationRequest(String code, String name) {
        this.code = code;
        this.name = name;
    }
}
