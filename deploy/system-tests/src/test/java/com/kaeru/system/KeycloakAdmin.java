package com.kaeru.system;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/**
 * Looks into the real Keycloak the way an operator of Kaeru would, with the backend's own service
 * account (dev secret of the realm file): who is in a group, and a known password for a person the
 * team screen invited (whose real password would come from the invitation e-mail).
 */
final class KeycloakAdmin {
    private KeycloakAdmin() {
    }

    private static String token() {
        return given().baseUri(SystemUnderTest.keycloakUrl())
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "kaeru-backend")
                .formParam("client_secret", "kaeru-backend-dev-secret")
                .post("/realms/kaeru/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** E-mail addresses of the direct members of a group such as {@code /shops/x/operator}. */
    static List<String> membersOf(String groupPath) {
        String token = token();
        String id = given().baseUri(SystemUnderTest.keycloakUrl()).auth().oauth2(token)
                .urlEncodingEnabled(false)
                .get("/admin/realms/kaeru/group-by-path" + groupPath).then().statusCode(200).extract().path("id");
        return given().baseUri(SystemUnderTest.keycloakUrl()).auth().oauth2(token)
                .get("/admin/realms/kaeru/groups/" + id + "/members").then().statusCode(200).extract().path("email");
    }

    /** Sets a lasting password for the user with this e-mail, so the test can log in as them. */
    static void setPassword(String email, String password) {
        String token = token();
        String id = given().baseUri(SystemUnderTest.keycloakUrl()).auth().oauth2(token)
                .queryParam("email", email).queryParam("exact", true)
                .get("/admin/realms/kaeru/users").then().statusCode(200).extract().path("[0].id");
        given().baseUri(SystemUnderTest.keycloakUrl()).auth().oauth2(token).contentType("application/json")
                .body(Map.of("type", "password", "value", password, "temporary", false))
                .put("/admin/realms/kaeru/users/" + id + "/reset-password").then().statusCode(204);
    }

    /** The user with this e-mail as Keycloak's Admin API returns it. */
    static Map<String, Object> user(String email) {
        return given().baseUri(SystemUnderTest.keycloakUrl()).auth().oauth2(token())
                .queryParam("email", email).queryParam("exact", true)
                .get("/admin/realms/kaeru/users").then().statusCode(200).extract().path("[0]");
    }

    /** What following the invitation link does to the account: its address counts as verified. */
    static void markVerified(String email) {
        Map<String, Object> user = new java.util.HashMap<>(user(email));
        user.put("emailVerified", true);
        given().baseUri(SystemUnderTest.keycloakUrl()).auth().oauth2(token()).contentType("application/json")
                .body(user).put("/admin/realms/kaeru/users/" + user.get("id")).then().statusCode(204);
    }

    /** The {@code kaeru_groups} claim of a fresh token of this person. */
    static List<String> groupsInFreshToken(String username, String password) {
        String token = given().baseUri(SystemUnderTest.keycloakUrl())
                .formParam("client_id", "kaeru-cli").formParam("grant_type", "password")
                .formParam("username", username).formParam("password", password)
                .post("/realms/kaeru/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> groups = io.restassured.path.json.JsonPath.from(payload).getList("kaeru_groups");
        return groups == null ? List.of() : groups;
    }

    static String freshToken(String username, String password) {
        return given().baseUri(SystemUnderTest.keycloakUrl())
                .formParam("client_id", "kaeru-cli").formParam("grant_type", "password")
                .formParam("username", username).formParam("password", password)
                .post("/realms/kaeru/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
