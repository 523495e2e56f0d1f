package com.kaeru.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.restassured.response.Response;

/**
 * A customer's way through sakura-apparel's portal API against any Kaeru instance (a balancer, one
 * instance, a stack of a fault test): an order sent by the shop's system, the lookup, the order page and a
 * one-unit store-credit refund request.
 */
final class PortalCustomers {
    static final String SHOP = "sakura-apparel";
    private static final String API = "/api/v1";

    private PortalCustomers() {
    }

    /** An order of one linen shirt delivered two days ago, sent with a real Keycloak token; its number. */
    static String order(String base, String prefix, String email) {
        return order(base, prefix, email, KeycloakTokens.accessToken("sakura-manager"));
    }

    /** The same, with a manager's token of the Keycloak that {@code base} trusts. */
    static String order(String base, String prefix, String email, String managerToken) {
        String number = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Instant delivered = Instant.now().minus(2, ChronoUnit.DAYS);
        given().baseUri(base).auth().oauth2(managerToken)
                .contentType("application/json").body("""
                        [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"試験 花子",
                          "customerEmail":"%2$s","orderedAt":"%3$s","shippedAt":"%3$s","deliveredAt":"%4$s",
                          "lines":[{"lineNo":1,"sku":"LINEN-SHIRT-S-WHITE","quantity":1,"unitPriceMinor":7900}]}]
                        """.formatted(number, email, delivered.minus(2, ChronoUnit.DAYS), delivered))
                .put(API + "/shops/" + SHOP + "/integration/orders").then().statusCode(200).body("rejected", equalTo(0));
        return number;
    }

    /** The lookup from {@code client} (the instances trust loopback's X-Forwarded-For). */
    static Response lookup(String base, String number, String email, String client) {
        return given().baseUri(base).contentType("application/json").header("X-Forwarded-For", client)
                .body("{\"orderNumber\":\"" + number + "\",\"emailOrPhone\":\"" + email + "\"}")
                .post(API + "/portal/shops/" + SHOP + "/order-lookups");
    }

    static Response orderPage(String base, String token) {
        return given().baseUri(base).header("X-Kaeru-Order-Token", token).get(API + "/portal/shops/" + SHOP + "/order");
    }

    /** The order line a customer returns, read through {@code base} with the order token. */
    static Number firstLine(String base, String token) {
        return orderPage(base, token).then().statusCode(200).extract().path("lines[0].orderLineId");
    }

    static String submission(Number orderLineId) {
        return "{\"lines\":[{\"orderLineId\":" + orderLineId + ",\"quantity\":1,\"reasonCode\":\"SIZE_TOO_SMALL\","
                + "\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"}]}";
    }

    static Response submit(String base, String token, Number orderLineId) {
        return given().baseUri(base).header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body(submission(orderLineId)).post(API + "/portal/shops/" + SHOP + "/returns");
    }
}
