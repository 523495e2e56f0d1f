package com.kaeru.backend.dataexport.domain;

/**
 * A person's role in the exported shop as the archive's {@code team.csv} holds it: the e-mail address the
 * directory knows them by and the role ({@code OPERATOR}, {@code ANALYST}, {@code MANAGER}). No account id, name,
 * password or anything else from the identity provider leaves.
 */
public record TeamMembership(String email, String role) {
}
