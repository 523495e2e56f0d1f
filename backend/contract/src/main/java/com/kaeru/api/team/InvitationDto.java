package com.kaeru.api.team;

/**
 * The outcome of an invitation.
 *
 * @param member            the person as now listed in the team
 * @param created           whether a new Keycloak user was created (else an existing one was reused)
 * @param emailSent         whether Keycloak sent the "set your password" e-mail
 * @param temporaryPassword for a new user whose e-mail could not be sent: a one-time password to
 *                          hand over (it must be changed at first login); shown only in this answer,
 *                          otherwise {@code null}
 */
public record InvitationDto(TeamMemberDto member, boolean created, boolean emailSent, String temporaryPassword) {
}
