package com.kaeru.api.me;

import java.util.List;

/**
 * The signed-in staff member as the backend sees them.
 *
 * @param username      Keycloak username
 * @param displayName   first and last name
 * @param email         e-mail address
 * @param shops         every shop the person may work in, with their role(s) there
 * @param agencies      agencies in which the person is an agency admin
 */
public record MeDto(String username, String displayName, String email,
                    List<ShopMembershipDto> shops, List<String> agencies) {
}
