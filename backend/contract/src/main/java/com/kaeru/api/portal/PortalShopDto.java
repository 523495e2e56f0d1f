package com.kaeru.api.portal;

import java.util.List;

/**
 * What anyone may know about a shop: what its portal needs to brand itself.
 *
 * @param slug            URL name
 * @param name            display name
 * @param brandColor      {@code #RRGGBB}
 * @param logoUrl         logo URL or {@code null}
 * @param defaultLanguage language the portal opens in when the browser has no preference
 * @param languages       languages the portal offers
 */
public record PortalShopDto(String slug, String name, String brandColor, String logoUrl,
                            String defaultLanguage, List<String> languages) {
}
