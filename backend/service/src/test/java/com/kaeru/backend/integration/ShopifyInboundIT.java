package com.kaeru.backend.integration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.kaeru.backend.integration.application.ShopifySignature;
import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shopify's order webhooks over HTTP: signed with the shop's own secret or refused with 401 and
 * nothing stored; created, replayed, updated; Shopify's documented payload shape (files under
 * {@code src/test/resources/shopify/}, ids and SKUs made unique per run).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopifyInboundIT {
    private static final String SAKURA = "sakura-apparel";
    private static final String KUMO = "kumo-zakka";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private final String run = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    private final String sakuraSecret = "shpss_sakura_" + UUID.randomUUID();
    private final String kumoSecret = "shpss_kumo_" + UUID.randomUUID();

    @BeforeEach
    void catalogAndSecrets() {
        RestAssured.baseURI = base.toString().replaceAll("/$", "");
        String products = """
                [{"externalId":"SHOPIFY-SHIRT-%1$s","nameJa":"リネンシャツ","nameEn":"Linen shirt","variants":[
                  {"sku":"SHIRT-S-%1$s","size":"S","color":"white","priceMinor":6000}]},
                 {"externalId":"SHOPIFY-TOTE-%1$s","nameJa":"キャンバストート","nameEn":"Canvas tote","variants":[
                  {"sku":"TOTE-%1$s","priceMinor":1650}]}]
                """.formatted(run);
        manager(SAKURA).body(products).put("/v1/shops/" + SAKURA + "/integration/products").then().statusCode(200)
                .body("rejected", equalTo(0));
        manager(SAKURA).body("{\"secret\":\"" + sakuraSecret + "\"}")
                .put("/v1/inbound/shopify/" + SAKURA + "/secret").then().statusCode(204);
        manager(KUMO).body("{\"secret\":\"" + kumoSecret + "\"}")
                .put("/v1/inbound/shopify/" + KUMO + "/secret").then().statusCode(204);
    }

    private static io.restassured.specification.RequestSpecification manager(String shop) {
        String user = shop.startsWith("sakura") ? "sakura-manager" : "kumo-manager";
        return given().auth().oauth2(TestTokens.token(user, "/shops/" + shop + "/manager")).contentType("application/json");
    }

    private byte[] payload(String file) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/shopify/" + file)) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("5012345678901", "50" + run).replace("#1001", "#S" + run)
                    .replace("SA-LINEN-SHIRT-WHT-S", "SHIRT-S-" + run).replace("SA-TOTE-NAT", "TOTE-" + run);
            return json.getBytes(StandardCharsets.UTF_8);
        }
    }

    private Response deliver(String shop, String topic, String webhookId, String signature, byte[] body) {
        var request = given().contentType("application/json").header("X-Shopify-Topic", topic)
                .header("X-Shopify-Shop-Domain", shop + ".myshopify.com").header("X-Shopify-Webhook-Id", webhookId);
        if (signature != null) {
            request = request.header("X-Shopify-Hmac-Sha256", signature);
        }
        return request.body(body).post("/v1/inbound/shopify/" + shop + "/orders");
    }

    private long orders(String shop) {
        return Sql.number("select count(*) from customer_order o join shop s on s.id = o.shop_id "
                + "where s.slug = ? and o.external_id = ?", shop, "shopify-50" + run);
    }

    private long quantityOfFirstLine() {
        return Sql.number("select l.quantity from order_line l join customer_order o on o.id = l.order_id "
                + "join shop s on s.id = o.shop_id where s.slug = ? and o.external_id = ? order by l.line_no limit 1",
                SAKURA, "shopify-50" + run);
    }

    @Test
    void aSignedOrderIsStoredOnceAndItsUpdateApplied() throws IOException {
        byte[] created = payload("orders-create.json");
        String hook = "hook-create-" + run;
        deliver(SAKURA, "orders/create", hook, ShopifySignature.sign(sakuraSecret, created), created)
                .then().statusCode(204);
        assertThat(orders(SAKURA)).isEqualTo(1);
        assertThat(Sql.text("select o.customer_name from customer_order o join shop s on s.id = o.shop_id "
                + "where s.slug = ? and o.external_id = ?", SAKURA, "shopify-50" + run)).isEqualTo("山田 花子");
        assertThat(quantityOfFirstLine()).isEqualTo(2);

        deliver(SAKURA, "orders/create", hook, ShopifySignature.sign(sakuraSecret, created), created)
                .then().statusCode(204);
        assertThat(Sql.number("select count(*) from shopify_webhook_receipt where webhook_id = ?", hook)).isEqualTo(1);
        assertThat(orders(SAKURA)).as("a replay stores nothing new").isEqualTo(1);

        byte[] updated = payload("orders-updated.json");
        deliver(SAKURA, "orders/updated", "hook-update-" + run, ShopifySignature.sign(sakuraSecret, updated), updated)
                .then().statusCode(204);
        assertThat(orders(SAKURA)).isEqualTo(1);
        assertThat(quantityOfFirstLine()).as("orders/updated upserts by the same order").isEqualTo(3);
        assertThat(Sql.text("select o.address_line1 from customer_order o join shop s on s.id = o.shop_id "
                + "where s.slug = ? and o.external_id = ?", SAKURA, "shopify-50" + run)).isEqualTo("神宮前4-5-6");
    }

    /**
     * Shopify retries a delivery it thinks timed out, sometimes while the first is still running: four
     * copies of one webhook at once, and two other webhooks of the same order at once, store one order.
     */
    @Test
    void copiesOfOneDeliveryArrivingAtOnceStoreTheOrderOnce() throws Exception {
        byte[] created = payload("orders-create.json");
        String signature = ShopifySignature.sign(sakuraSecret, created);
        String hook = "hook-race-" + run;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.CompletableFuture<Integer>> copies = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    // Four copies of one delivery, and two more deliveries (other ids) of the same order.
                    String id = i < 4 ? hook : hook + "-other-" + i;
                    return deliver(SAKURA, "orders/create", id, signature, created).then().extract().statusCode();
                })).toList();
        start.countDown();
        java.util.concurrent.CompletableFuture.allOf(copies.toArray(java.util.concurrent.CompletableFuture[]::new))
                .get(120, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(copies.stream().map(java.util.concurrent.CompletableFuture::join).toList())
                .as("every copy is acknowledged, so Shopify stops retrying").containsOnly(204);
        assertThat(Sql.number("select count(*) from shopify_webhook_receipt where webhook_id = ?", hook)).isEqualTo(1);
        assertThat(orders(SAKURA)).as("one order whatever arrived at once").isEqualTo(1);
        assertThat(quantityOfFirstLine()).isEqualTo(2);
    }

    @Test
    void aWrongMissingOrOtherShopsSignatureIs401AndStoresNothing() throws IOException {
        byte[] created = payload("orders-create.json");
        deliver(SAKURA, "orders/create", "hook-a-" + run, ShopifySignature.sign("shpss_wrong_secret_000000", created),
                created).then().statusCode(401).contentType("application/problem+json");
        deliver(SAKURA, "orders/create", "hook-b-" + run, null, created).then().statusCode(401);
        deliver(SAKURA, "orders/create", "hook-c-" + run, ShopifySignature.sign(kumoSecret, created), created)
                .then().statusCode(401);
        deliver("no-such-shop", "orders/create", "hook-d-" + run, ShopifySignature.sign(sakuraSecret, created), created)
                .then().statusCode(401);
        assertThat(orders(SAKURA)).isZero();
        assertThat(orders(KUMO)).isZero();
        assertThat(Sql.number("select count(*) from shopify_webhook_receipt where webhook_id like ?", "hook-_-" + run))
                .isZero();
    }

    @Test
    void anOrderKaeruRefusesLeavesNoReceiptSoShopifysRetryIsApplied() throws IOException {
        byte[] body = new String(payload("orders-create.json"), StandardCharsets.UTF_8)
                .replace("TOTE-" + run, "UNKNOWN-" + run).getBytes(StandardCharsets.UTF_8);
        deliver(SAKURA, "orders/create", "hook-refused-" + run, ShopifySignature.sign(sakuraSecret, body), body)
                .then().statusCode(400);
        assertThat(Sql.number("select count(*) from shopify_webhook_receipt where webhook_id = ?", "hook-refused-" + run))
                .isZero();
        assertThat(orders(SAKURA)).isZero();
        byte[] signed = payload("orders-create.json");
        deliver(SAKURA, "orders/delete", "hook-topic-" + run, ShopifySignature.sign(sakuraSecret, signed), signed)
                .then().statusCode(400);
    }
}
