package com.kaeru.api.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A client shop an agency admin opens (a class for the same reason as {@link InvitationRequest}). */
public final class NewShopRequest {
    /** URL name: lower-case letters, digits and single hyphens, 2–63 characters. */
    @NotBlank
    @Size(max = 63)
    @Pattern(regexp = "[a-z0-9](?:-?[a-z0-9])+", message = "{kaeru.shop.slug.pattern}")
    public String slug;

    @NotBlank
    @Size(max = 80)
    public String name;

    /** Language the portal opens in: {@code ja} or {@code en}. */
    @NotBlank
    @Pattern(regexp = "ja|en", message = "{kaeru.shop.language.pattern}")
    public String defaultLanguage;

    /** IANA time zone, e.g. {@code Asia/Tokyo}. */
    @NotBlank
    @Size(max = 64)
    public String timeZone;

    /** ISO 4217 code, e.g. {@code JPY}. */
    @NotBlank
    @Pattern(regexp = "[A-Z]{3}", message = "{kaeru.shop.currency.pattern}")
    public String currency;

    /** {@code #RRGGBB}. */
    @NotBlank
    @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "{kaeru.brandColor.pattern}")
    public String brandColor;

    public NewShopRequest() {
    }

    public NewShopRequest(String slug, String name, String defaultLanguage, String timeZone, String currency,
                          String brandColor) {
        this.slug = slug;
        this.name = name;
        this.defaultLanguage = defaultLanguage;
        this.timeZone = timeZone;
        this.currency = currency;
        this.brandColor = brandColor;
    }
}
