package com.kaeru.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/** Log in as demo users at the real Keycloak and call the real API with their tokens. */
class RealKeycloakApiIT {

    @Test
    void mixedRolePersonGetsTheirShopsAndRolesFromKeycloak() {
        given().baseUri(SystemUnderTest.baseUrl()).auth().oauth2(KeycloakTokens.accessToken("mixed-staff"))
                .get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("mixed-staff"))
                .body("email", equalTo("mixed-staff@demo.kaeru.app"))
                .body("familyName", equalTo("伊藤"))
                .body("shops.slug", containsInAnyOrder("sakura-apparel", "kumo-zakka"))
                .body("shops.find { it.slug == 'sakura-apparel' }.roles", containsInAnyOrder("OPERATOR"))
                .body("shops.find { it.slug == 'kumo-zakka' }.roles", containsInAnyOrder("MANAGER"));
    }

    @Test
    void agencyAdminCoversBothAgencyShops() {
        given().baseUri(SystemUnderTest.baseUrl()).auth().oauth2(KeycloakTokens.accessToken("agency"))
                .get("/api/v1/me").then().statusCode(200)
                .body("shops.slug", containsInAnyOrder("sakura-apparel", "kumo-zakka"))
                .body("agencies", hasItem("demo-agency"))
                // The console titles agency pages by name, not by slug.
                .body("agencyNames.'demo-agency'", equalTo("デモ運営代行株式会社"));
    }

    @Test
    void keycloakTokenGrantsNothingOutsideTheMembership() {
        String token = KeycloakTokens.accessToken("sakura-operator");
        given().baseUri(SystemUnderTest.baseUrl()).auth().oauth2(token)
                .get("/api/v1/shops/sakura-apparel/return-reasons").then().statusCode(200)
                .body("code", hasItem("SIZE_TOO_SMALL"));
        given().baseUri(SystemUnderTest.baseUrl()).auth().oauth2(token)
                .get("/api/v1/shops/umi-outdoor").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void tamperedKeycloakTokenIsRefused() {
        String token = KeycloakTokens.accessToken("sakura-manager");
        String[] parts = token.split("\\.");
        byte[] signature = java.util.Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        String tampered = parts[0] + "." + parts[1] + "."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        given().baseUri(SystemUnderTest.baseUrl()).auth().oauth2(tampered)
                .get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }
}
