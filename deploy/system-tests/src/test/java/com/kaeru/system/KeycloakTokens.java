package com.kaeru.system;

import static io.restassured.RestAssured.given;

/** Real tokens from the real Keycloak, through the dev realm's {@code kaeru-cli} client. */
final class KeycloakTokens {
    static final String PASSWORD = "kaeru-demo";

    private KeycloakTokens() {
    }

    static String accessToken(String username) {
        return accessToken(SystemUnderTest.keycloakUrl(), username);
    }

    /** A token of a Keycloak other than the suite's (a test's own stack). */
    static String accessToken(String keycloakUrl, String username) {
        return given().baseUri(keycloakUrl)
                .formParam("client_id", "kaeru-cli")
                .formParam("grant_type", "password")
                .formParam("username", username)
                .formParam("password", PASSWORD)
                .post("/realms/kaeru/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
