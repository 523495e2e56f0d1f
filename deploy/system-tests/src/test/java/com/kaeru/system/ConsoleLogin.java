package com.kaeru.system;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

/** Signs a demo user in on Keycloak's login page, where the console has just redirected the browser. */
final class ConsoleLogin {
    private ConsoleLogin() {
    }

    static void logIn(Page page, String username) {
        page.waitForURL(Pattern.compile(".*/realms/kaeru/protocol/openid-connect/auth.*"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(KeycloakTokens.PASSWORD);
        page.locator("#kc-login").click();
    }
}
