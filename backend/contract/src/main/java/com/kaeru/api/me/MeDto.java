package com.kaeru.api.me;

import java.util.List;

/**
 * The signed-in staff member as the backend sees them.
 *
 * @param username      Keycloak username
 * @param displayName   full name as the identity provider formats it
 * @param givenName     given name (e.g. 花子), or {@code null}
 * @param familyName    family name (e.g. 佐藤), or {@code null}; Japanese shows it first
 * @param email         e-mail address
 * @param shops         every shop the person may work in, with their role(s) there
 * @param agencies      agencies in which the person is an agency admin
 */
public record MeDto(String username, String displayName, String givenName, String familyName, String email,
                    List<ShopMembershipDto> shops, List<String> agencies) {
}
