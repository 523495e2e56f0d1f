package com.kaeru.api.me;

import java.util.List;
import java.util.Map;

/**
 * The signed-in staff member as the backend sees them.
 *
 * @param username      Keycloak username
 * @param displayName   full name as the identity provider formats it
 * @param givenName     given name (e.g. 花子), or {@code null}
 * @param familyName    family name (e.g. 佐藤), or {@code null}; Japanese shows it first
 * @param email         e-mail address
 * @param shops         every shop the person may work in, with their role(s) there
 * @param agencies      agencies in which the person is an agency admin (their slugs)
 * @param agencyNames   those agencies' names by slug, for titles (e.g. {@code demo-agency} → デモ運営代行)
 */
public record MeDto(String username, String displayName, String givenName, String familyName, String email,
                    List<ShopMembershipDto> shops, List<String> agencies, Map<String, String> agencyNames) {

    /** The agency's name, or its slug when the name is not known (not an agency of this person). */
    public String agencyName(String agencySlug) {
        return agencyNames == null ? agencySlug : agencyNames.getOrDefault(agencySlug, agencySlug);
    }
}
