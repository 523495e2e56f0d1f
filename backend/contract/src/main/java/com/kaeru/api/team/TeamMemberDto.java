package com.kaeru.api.team;

/**
 * A person with a role in a shop.
 *
 * @param id        Keycloak user id (stable; use it to change or remove the role)
 * @param username  login name
 * @param email     e-mail address
 * @param firstName given name, or {@code null}
 * @param lastName  family name, or {@code null}
 * @param role      {@code OPERATOR}, {@code ANALYST} or {@code MANAGER} (the highest one held here)
 * @param you       whether this is the caller
 */
public record TeamMemberDto(String id, String username, String email, String firstName, String lastName,
                            String role, boolean you) {
}
