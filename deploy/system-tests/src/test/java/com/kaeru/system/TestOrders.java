package com.kaeru.system;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Fresh catalog and orders for one browser scenario, sent through the integrator API with a real
 * Keycloak token, so scenarios never share units and can run against a long-lived stack.
 */
final class TestOrders {
    static final String SHOP = "sakura-apparel";
    static final String EMAIL = "browser-test@example.jp";

    final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String token = KeycloakTokens.accessToken("sakura-manager");

    TestOrders() {
        put("products", """
                [{"externalId":"BT-TEE-%1$s","nameJa":"リネンシャツ %1$s","nameEn":"Linen shirt %1$s","category":"tops",
                  "variants":[{"sku":"BT-%1$s-S","size":"S","color":"white","priceMinor":6000},
                              {"sku":"BT-%1$s-M","size":"M","color":"white","priceMinor":6000},
                              {"sku":"BT-%1$s-L","size":"L","color":"white","priceMinor":6500}]},
                 {"externalId":"BT-FINAL-%1$s","nameJa":"セール最終品スカーフ %1$s","nameEn":"Final sale scarf %1$s",
                  "finalSale":true,"variants":[{"sku":"BT-FINAL-%1$s","priceMinor":2000}]}]
                """.formatted(run));
        put("stock", "[{\"sku\":\"BT-%1$s-M\",\"sellable\":3},{\"sku\":\"BT-%1$s-S\",\"sellable\":3}]".formatted(run));
    }

    /** An order delivered three days ago: two shirts in S and a final-sale scarf. */
    String order() {
        String number = "BT-" + run + "-" + (int) (Math.random() * 1000);
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS);
        put("orders", """
                [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"山田 花子",
                  "customerEmail":"%2$s","customerPhone":"090-1111-2222","postalCode":"150-0001",
                  "prefecture":"東京都","city":"渋谷区","addressLine1":"神宮前1-2-3",
                  "orderedAt":"%3$s","shippedAt":"%3$s","deliveredAt":"%4$s",
                  "lines":[{"lineNo":1,"sku":"BT-%5$s-S","quantity":2,"unitPriceMinor":6000},
                           {"lineNo":2,"sku":"BT-FINAL-%5$s","quantity":1,"unitPriceMinor":2000}]}]
                """.formatted(number, EMAIL, delivered.minus(2, ChronoUnit.DAYS), delivered, run));
        return number;
    }

    private void put(String what, String json) {
        given().baseUri(SystemUnderTest.baseUrl()).auth().oauth2(token).contentType("application/json").body(json)
                .put("/api/v1/shops/" + SHOP + "/integration/" + what).then().statusCode(200)
                .body("rejected", org.hamcrest.Matchers.equalTo(0));
    }
}
