package com.kaeru.backend.it;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Test data through the integrator API, as a shop system would send it. */
public final class Shops {
    private Shops() {
    }

    public static void products(String shop, String json) {
        given().auth().oauth2(TestTokens.token("it-manager", "/shops/" + shop + "/manager")).contentType("application/json")
                .body(json).put("/v1/shops/" + shop + "/integration/products").then().statusCode(200)
                .body("rejected", org.hamcrest.Matchers.equalTo(0));
    }

    public static void stock(String shop, String sku, int sellable) {
        given().auth().oauth2(TestTokens.token("it-manager", "/shops/" + shop + "/manager")).contentType("application/json")
                .body("[{\"sku\":\"" + sku + "\",\"sellable\":" + sellable + "}]")
                .put("/v1/shops/" + shop + "/integration/stock").then().statusCode(200)
                .body("rejected", org.hamcrest.Matchers.equalTo(0));
    }

    /** An order delivered {@code daysAgo} days ago; {@code linesJson} is the JSON array of lines. */
    public static void order(String shop, String number, String email, int daysAgo, long orderDiscount, String linesJson) {
        order(shop, number, email, "山田 花子", daysAgo, orderDiscount, linesJson);
    }

    /** The same for a customer of that name. */
    public static void order(String shop, String number, String email, String customerName, int daysAgo, long orderDiscount,
                             String linesJson) {
        Instant delivered = Instant.now().minus(daysAgo, ChronoUnit.DAYS);
        String body = """
                [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"%7$s",
                  "customerEmail":"%2$s","customerPhone":"090-1111-2222","postalCode":"100-0005",
                  "prefecture":"東京都","city":"千代田区","addressLine1":"丸の内1-9-1","orderedAt":"%3$s","shippedAt":"%3$s",
                  "deliveredAt":"%4$s","orderDiscountMinor":%5$d,"lines":%6$s}]
                """.formatted(number, email, delivered.minus(2, ChronoUnit.DAYS), delivered, orderDiscount, linesJson,
                        customerName.replace("\\", "\\\\").replace("\"", "\\\""));
        given().auth().oauth2(TestTokens.token("it-manager", "/shops/" + shop + "/manager")).contentType("application/json")
                .body(body).put("/v1/shops/" + shop + "/integration/orders").then().statusCode(200)
                .body("rejected", org.hamcrest.Matchers.equalTo(0));
    }

    /**
     * Orders one unit of {@code sku} for the customer and has the customer request a refund of it
     * by prepaid label (which every demo shop offers); returns the RMA.
     */
    public static String refundRequest(String shop, String number, String customerName, String sku) {
        String email = number.toLowerCase(java.util.Locale.ROOT) + "@example.jp";
        order(shop, number, email, customerName, 3, 0,
                "[{\"lineNo\":1,\"sku\":\"" + sku + "\",\"quantity\":1,\"unitPriceMinor\":3000}]");
        String token = customerToken(shop, number, email);
        String portal = "/v1/portal/shops/" + shop;
        Number line = given().header("X-Kaeru-Order-Token", token).get(portal + "/order").then().statusCode(200)
                .extract().path("lines[0].orderLineId");
        return given().header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body("{\"returnMethod\":\"PREPAID_LABEL\",\"lines\":[{\"orderLineId\":" + line
                        + ",\"quantity\":1,\"reasonCode\":\"CHANGED_MIND\",\"resolution\":\"REFUND\","
                        + "\"refundMethod\":\"STORE_CREDIT\"}]}")
                .post(portal + "/returns").then().statusCode(200).extract().path("rmaNumber");
    }

    /** Looks the order up like a customer and returns the order token. */
    public static String customerToken(String shop, String number, String emailOrPhone) {
        return given().contentType("application/json")
                .header("X-Forwarded-For", "198.51.100." + (1 + new java.util.Random().nextInt(250)))
                .body("{\"orderNumber\":\"" + number + "\",\"emailOrPhone\":\"" + emailOrPhone + "\"}")
                .post("/v1/portal/shops/" + shop + "/order-lookups").then().statusCode(200)
                .extract().path("token");
    }
}
