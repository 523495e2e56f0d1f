package com.kaeru.backend.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The integrator API: idempotent upserts, per-record errors, limits, and shop isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegrationApiIT {
    private static final String SAKURA = "/v1/shops/sakura-apparel/integration";
    private static final String KUMO = "/v1/shops/kumo-zakka/integration";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.baseURI = base.toString().replaceAll("/$", "");
    }

    private RequestSpecification sakuraManager() {
        return given().auth().oauth2(TestTokens.token("sakura-manager", "/shops/sakura-apparel/manager"))
                .contentType("application/json");
    }

    private String product(String id, String sku, long price) {
        return """
                {"externalId":"%s","nameJa":"リネンシャツ","nameEn":"Linen shirt","category":"shirts",
                 "tags":["linen","summer"],"variants":[{"sku":"%s","size":"M","color":"white","priceMinor":%d}]}
                """.formatted(id, sku, price);
    }

    @Test
    void sameBatchTwiceChangesNothingTheSecondTime() {
        String body = "[" + product("P-" + run, "SKU-" + run, 5900) + "]";
        sakuraManager().body(body).put(SAKURA + "/products").then().statusCode(200)
                .body("created", equalTo(1)).body("records[0].outcome", equalTo("CREATED"));
        sakuraManager().body(body).put(SAKURA + "/products").then().statusCode(200)
                .body("unchanged", equalTo(1)).body("records[0].outcome", equalTo("UNCHANGED"));
        sakuraManager().body("[" + product("P-" + run, "SKU-" + run, 4900) + "]").put(SAKURA + "/products").then()
                .statusCode(200).body("records[0].outcome", equalTo("UPDATED"));
    }

    @Test
    void badRecordsAreReportedWhileGoodOnesAreSaved() {
        String bad = "{\"externalId\":\"BAD-" + run + "\",\"nameEn\":\"No Japanese name\",\"variants\":[]}";
        sakuraManager().body("[" + bad + "," + product("GOOD-" + run, "GOOD-SKU-" + run, 1200) + "]")
                .put(SAKURA + "/products").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(1))
                .body("records[0].outcome", equalTo("REJECTED"))
                .body("records[0].errors.field", hasItem("nameJa"))
                .body("records[0].errors.field", hasItem("variants"))
                .body("records[1].outcome", equalTo("CREATED"));
    }

    @Test
    void skuOfAnotherProductIsRefused() {
        sakuraManager().body("[" + product("A-" + run, "SHARED-" + run, 1000) + "]").put(SAKURA + "/products")
                .then().statusCode(200).body("created", equalTo(1));
        sakuraManager().body("[" + product("B-" + run, "SHARED-" + run, 1000) + "]").put(SAKURA + "/products")
                .then().statusCode(200).body("rejected", equalTo(1))
                .body("records[0].errors[0].message", containsString("A-" + run));
    }

    @Test
    void stockAndOrdersAreUpsertedBySkuAndExternalId() {
        sakuraManager().body("[" + product("S-" + run, "S-SKU-" + run, 3000) + "]").put(SAKURA + "/products")
                .then().statusCode(200);
        sakuraManager().body("[{\"sku\":\"S-SKU-" + run + "\",\"sellable\":5},{\"sku\":\"NOPE-" + run + "\",\"sellable\":1}]")
                .put(SAKURA + "/stock").then().statusCode(200)
                .body("updated", equalTo(1)).body("rejected", equalTo(1));
        String order = """
                [{"externalId":"O-%1$s","orderNumber":"ORD-%1$s","channel":"RAKUTEN","customerName":"山田 太郎",
                  "customerEmail":"taro@example.jp","customerPhone":"090-1234-5678","orderedAt":"2026-11-01T01:00:00Z",
                  "deliveredAt":"2026-11-03T05:00:00Z","orderDiscountMinor":300,
                  "lines":[{"lineNo":1,"sku":"S-SKU-%1$s","quantity":2,"unitPriceMinor":3000}]}]
                """.formatted(run);
        sakuraManager().body(order).put(SAKURA + "/orders").then().statusCode(200).body("created", equalTo(1));
        sakuraManager().body(order).put(SAKURA + "/orders").then().statusCode(200).body("unchanged", equalTo(1));
    }

    @Test
    void anotherShopsSkusDoNotExistHere() {
        sakuraManager().body("[" + product("X-" + run, "X-SKU-" + run, 3000) + "]").put(SAKURA + "/products")
                .then().statusCode(200);
        String order = """
                [{"externalId":"KO-%1$s","orderNumber":"KORD-%1$s","channel":"OWN_SITE","customerName":"A",
                  "customerEmail":"a@example.jp","orderedAt":"2026-11-01T01:00:00Z",
                  "lines":[{"lineNo":1,"sku":"X-SKU-%1$s","quantity":1,"unitPriceMinor":3000}]}]
                """.formatted(run);
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .contentType("application/json").body(order).put(KUMO + "/orders").then().statusCode(200)
                .body("rejected", equalTo(1)).body("records[0].errors[0].message", containsString("Unknown SKU"));
    }

    @Test
    void operatorsAndOtherShopsCannotImport() {
        given().auth().oauth2(TestTokens.token("sakura-operator", "/shops/sakura-apparel/operator"))
                .contentType("application/json").body("[]").put(SAKURA + "/products").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .contentType("application/json").body("[]").put(SAKURA + "/products").then().statusCode(403);
    }

    @Test
    void oversizedWrongTypedOrMalformedBatchesAre400AndChangeNothing() {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= 500; i++) {
            many.append(i == 0 ? "" : ",").append("{\"sku\":\"x\",\"sellable\":1}");
        }
        sakuraManager().body(many.append("]").toString()).put(SAKURA + "/stock").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("500"));
        sakuraManager().body("[{\"externalId\":\"T-" + run + "\",\"variants\":[{\"sku\":\"T\",\"priceMinor\":\"abc\"}]}]")
                .put(SAKURA + "/products").then().statusCode(400).contentType("application/problem+json");
        sakuraManager().body("{not json").put(SAKURA + "/products").then().statusCode(400)
                .contentType("application/problem+json");
        sakuraManager().body("{\"not\":\"a list\"}").put(SAKURA + "/products").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void apiKeysLetShopSystemsImportAndNothingMore() {
        String key = sakuraManager().body("{\"name\":\"Rakuten RMS sync\"}").post("/v1/shops/sakura-apparel/api-keys")
                .then().statusCode(200).body("name", equalTo("Rakuten RMS sync")).extract().path("key");
        // The secret is base64url and may itself contain '_': split into exactly three parts.
        String[] parts = key.split("_", 3);
        String prefix = parts[1];
        String secret = parts[2];
        given().header("X-Api-Key", key).contentType("application/json")
                .body("[" + product("KEY-" + run, "KEY-SKU-" + run, 1000) + "]").put(SAKURA + "/products").then()
                .statusCode(200).body("created", equalTo(1));
        // Read access, but no settings, no other shop, no forged or revoked key.
        given().header("X-Api-Key", key).get("/v1/shops/sakura-apparel/returns").then().statusCode(200);
        given().header("X-Api-Key", key).contentType("application/json").body("{\"rules\":[]}")
                .put("/v1/shops/sakura-apparel/policy").then().statusCode(403);
        given().header("X-Api-Key", key).contentType("application/json").body("[]").put(KUMO + "/products").then()
                .statusCode(401).contentType("application/problem+json");
        given().header("X-Api-Key", forged(key)).contentType("application/json")
                .body("[]").put(SAKURA + "/products").then().statusCode(401);
        sakuraManager().get("/v1/shops/sakura-apparel/api-keys").then().statusCode(200)
                .body("find { it.prefix == '" + prefix + "' }.lastUsedAt", org.hamcrest.Matchers.notNullValue())
                .body(org.hamcrest.Matchers.not(containsString(secret)));
        given().auth().oauth2(TestTokens.token("sakura-operator", "/shops/sakura-apparel/operator"))
                .delete("/v1/shops/sakura-apparel/api-keys/" + prefix).then().statusCode(403);
        sakuraManager().delete("/v1/shops/sakura-apparel/api-keys/" + prefix).then().statusCode(200)
                .body("revokedAt", org.hamcrest.Matchers.notNullValue());
        given().header("X-Api-Key", key).contentType("application/json").body("[]").put(SAKURA + "/products").then()
                .statusCode(401);
    }

    /** The same key with its last character changed, so it can never equal the real one. */
    private static String forged(String key) {
        char last = key.charAt(key.length() - 1);
        return key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
