package com.kaeru.api.shops;

import java.util.List;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * A shop (the tenant) as staff see it.
 *
 * @param slug            URL name, unique across Kaeru
 * @param name            display name
 * @param agencySlug      owning agency or {@code null}
 * @param defaultLanguage BCP 47 language the portal opens in ({@code ja} or {@code en})
 * @param languages       languages offered on the portal
 * @param timeZone        IANA time zone used to show dates and compute deadlines
 * @param currency        ISO 4217 currency of all amounts
 * @param brandColor      {@code #RRGGBB}
 * @param logoUrl         absolute or site-relative URL of the logo, or {@code null}
 * @param returnAddress   where returned parcels go (changed through {@code PUT /shops/{shop}/settings/return-address}), or {@code null} while not set:
 *                        the shop cannot issue prepaid return labels without it
 */
public record ShopDto(String slug, String name, String agencySlug, String defaultLanguage,
                      List<String> languages, String timeZone, String currency,
                      String brandColor, String logoUrl, ReturnAddressDto returnAddress) {

    /** Named for JSON-B: Yasson refuses to pick between a record's constructors (it would fail in the UIs' clients). */
    @JsonbCreator
    public ShopDto {
    }

    /** Without a return address: keeps callers written before it existed compiling. */
    public ShopDto(String slug, String name, String agencySlug, String defaultLanguage, List<String> languages,
                   String timeZone, String currency, String brandColor, String logoUrl) {
        this(slug, name, agencySlug, defaultLanguage, languages, timeZone, currency, brandColor, logoUrl, null);
    }
}
