package com.kaeru.api.team;

/**
 * The outcome of an invitation. Kaeru never hands out passwords: a new person sets theirs through
 * the link in Keycloak's invitation e-mail.
 *
 * @param member    the person as now listed in the team
 * @param created   whether a new Keycloak user was created (else an existing, verified one was reused
 *                  and told by e-mail)
 * @param emailSent whether Keycloak sent the "set your password" e-mail (always, for a new user)
 */
public record InvitationDto(TeamMemberDto member, boolean created, boolean emailSent) {
}
