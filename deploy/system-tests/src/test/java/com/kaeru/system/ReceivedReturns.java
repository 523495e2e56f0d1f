package com.kaeru.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

/**
 * A fresh one-item refund return in sakura-apparel, made the way it happens in life (through the
 * API): the shop system sends the order, the customer requests the refund on the portal, and the
 * warehouse marks the parcel received. The console tests take it from there.
 */
final class ReceivedReturns {
    static final String SHOP = "sakura-apparel";
    static final String API = "/api/v1";

    private ReceivedReturns() {
    }

    /** A Keycloak-authenticated API call as a demo user. */
    static RequestSpecification api(String username) {
        return given().baseUri(SystemUnderTest.baseUrl()).auth().oauth2(KeycloakTokens.accessToken(username))
                .contentType("application/json");
    }

    /** Creates the order and the request and receives it; returns the RMA number. */
    static String received(String numberPrefix, String customerName, String email, String sku, long priceMinor,
                           String reasonCode, String refundMethod) {
        String number = numberPrefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Instant delivered = Instant.now().minus(2, ChronoUnit.DAYS);
        api("sakura-manager").body("""
                [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"%4$s",
                  "customerEmail":"%5$s","orderedAt":"%2$s","shippedAt":"%2$s","deliveredAt":"%3$s",
                  "lines":[{"lineNo":1,"sku":"%6$s","quantity":1,"unitPriceMinor":%7$d}]}]
                """.formatted(number, delivered.minus(2, ChronoUnit.DAYS), delivered, customerName, email, sku,
                        priceMinor))
                .put(API + "/shops/" + SHOP + "/integration/orders").then().statusCode(200).body("rejected", equalTo(0));
        String orderToken = given().baseUri(SystemUnderTest.baseUrl()).contentType("application/json")
                .body("{\"orderNumber\":\"" + number + "\",\"emailOrPhone\":\"" + email + "\"}")
                .post(API + "/portal/shops/" + SHOP + "/order-lookups").then().statusCode(200).extract().path("token");
        Number line = given().baseUri(SystemUnderTest.baseUrl()).header("X-Kaeru-Order-Token", orderToken)
                .get(API + "/portal/shops/" + SHOP + "/order").then().statusCode(200).extract().path("lines[0].orderLineId");
        String rma = given().baseUri(SystemUnderTest.baseUrl()).header("X-Kaeru-Order-Token", orderToken)
                .contentType("application/json").body("{\"lines\":[{\"orderLineId\":" + line + ",\"quantity\":1,"
                        + "\"reasonCode\":\"" + reasonCode + "\",\"resolution\":\"REFUND\",\"refundMethod\":\""
                        + refundMethod + "\"}]}")
                .post(API + "/portal/shops/" + SHOP + "/returns").then().statusCode(200).extract().path("rmaNumber");
        api("sakura-operator").post(API + "/shops/" + SHOP + "/returns/" + rma + "/receive").then().statusCode(200)
                .body("status", equalTo("RECEIVED"));
        return rma;
    }
}
