package com.kaeru.backend.team.domain;

/**
 * A person as the identity provider knows them.
 *
 * @param emailVerified whether the person proved they own the address (an invitation link followed);
 *                      only such an account may be given a role in another shop
 * @param language      the language of their e-mails and login pages ({@code ja}, {@code en}), or null
 */
public record DirectoryUser(String id, String username, String email, String firstName, String lastName,
                            boolean emailVerified, String language) {
}
