package com.kaeru.api.shops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * New branding for a shop's portal.
 * <p>
 * A class rather than a record on purpose: constraint annotations on record components also land
 * on the canonical constructor's parameters, which breaks Payara's OpenAPI generator
 * (payara/Payara#7649). Request bodies are validated explicitly by the backend for the same reason.
 */
public final class BrandingUpdate {
    /** Display name, 1–80 characters. */
    @NotBlank
    @Size(max = 80)
    public String name;

    /** {@code #RRGGBB}. */
    @NotBlank
    @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "{kaeru.brandColor.pattern}")
    public String brandColor;

    /**
     * https URL or site-relative path of the logo; empty or {@code null} for none. Not {@code //host}
     * or {@code /\host}: browsers read those as another site, over whatever scheme the page uses.
     */
    @Size(max = 500)
    @Pattern(regexp = "^$|^(https://[^/\\\\\\s]|/(?![/\\\\])).*", message = "{kaeru.logoUrl.pattern}")
    public String logoUrl;

    public BrandingUpdate() {
    }

    public BrandingUpdate(String name, String brandColor, String logoUrl) {
        this.name = name;
        this.brandColor = brandColor;
        this.logoUrl = logoUrl;
    }
}
