package com.kaeru.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Keycloak login for the console. Tokens refresh silently near expiry; logout also ends the
 * Keycloak session. {@code redirectToOriginalResource} stays off: it breaks Vaadin (stack facts),
 * so {@link DeepLinks} remembers where the person was going.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        scope = {"openid", "profile", "email"},
        tokenAutoRefresh = true,
        tokenMinValidity = 10_000,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/loggedout"))
public class AdminSecurity {
}
