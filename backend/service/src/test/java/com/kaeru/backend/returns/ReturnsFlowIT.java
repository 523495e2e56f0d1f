package com.kaeru.backend.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A return from start to end through the API alone: order in, customer lookup, eligibility,
 * mixed exchange + refund, auto-approval, receipt, grading A and C, the refund issued once,
 * stock moved, audit complete — plus the concurrency guarantees and the refusals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReturnsFlowIT {
    private static final String SHOP = "sakura-apparel";
    private static final String PORTAL = "/v1/portal/shops/" + SHOP;
    private static final String STAFF = "/v1/shops/" + SHOP + "/returns";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private String run;

    @BeforeEach
    void catalog() {
        // Through loopback, as the portal UI calls the API: only then is X-Forwarded-For trusted.
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Shops.products(SHOP, """
                [{"externalId":"TEE-%1$s","nameJa":"オーガニックTシャツ","nameEn":"Organic tee","category":"tops",
                  "variants":[{"sku":"TEE-%1$s-S","size":"S","color":"white","priceMinor":5000},
                              {"sku":"TEE-%1$s-M","size":"M","color":"white","priceMinor":5000},
                              {"sku":"TEE-%1$s-L","size":"L","color":"white","priceMinor":5500}]},
                 {"externalId":"FINAL-%1$s","nameJa":"セール最終品","nameEn":"Final sale scarf","finalSale":true,
                  "variants":[{"sku":"FINAL-%1$s","priceMinor":2000}]},
                 {"externalId":"COAT-%1$s","nameJa":"ウールコート","nameEn":"Wool coat",
                  "variants":[{"sku":"COAT-%1$s","priceMinor":58000}]}]
                """.formatted(run));
        Shops.stock(SHOP, "TEE-" + run + "-M", 1);
        Shops.stock(SHOP, "TEE-" + run + "-S", 3);
    }

    private RequestSpecification customer(String token) {
        return given().header("X-Kaeru-Order-Token", token).contentType("application/json");
    }

    private RequestSpecification staff(String user, String role) {
        return given().auth().oauth2(TestTokens.token(user, "/shops/" + SHOP + "/" + role)).contentType("application/json");
    }

    private String teeOrder(String number, int daysAgo) {
        Shops.order(SHOP, number, "hanako@example.jp", daysAgo, 1000, """
                [{"lineNo":1,"sku":"TEE-%1$s-S","quantity":2,"unitPriceMinor":5000},
                 {"lineNo":2,"sku":"FINAL-%1$s","quantity":1,"unitPriceMinor":2000}]""".formatted(run));
        return Shops.customerToken(SHOP, number, "hanako@example.jp");
    }

    private long lineId(String token, String sku) {
        return ((Number) customer(token).get(PORTAL + "/order").then().statusCode(200)
                .extract().path("lines.find { it.sku == '" + sku + "' }.orderLineId")).longValue();
    }

    @Test
    void exchangePlusRefundFromLookupToCompletion() {
        String token = teeOrder("ORD-" + run, 3);
        // Eligibility with reasons: the tee is within 30 days, the scarf is final sale.
        customer(token).header("Accept-Language", "ja").get(PORTAL + "/order").then().statusCode(200)
                .body("lines.find { it.sku == 'TEE-" + run + "-S' }.eligibility.outcome", equalTo("AUTO_APPROVE"))
                .body("lines.find { it.sku == 'TEE-" + run + "-S' }.returnableQuantity", equalTo(2))
                // 2 x 5000 + 2000 = 12000 net; the 1000 order discount splits 833/167: 9167 for 2 tees
                .body("lines.find { it.sku == 'TEE-" + run + "-S' }.paidPerUnitMinor", equalTo(4584))
                .body("lines.find { it.sku == 'TEE-" + run + "-S' }.exchangeOptions.sku",
                        hasItems("TEE-" + run + "-M", "TEE-" + run + "-L"))
                .body("lines.find { it.sku == 'TEE-" + run + "-S' }.exchangeOptions.find { it.sku == 'TEE-" + run
                        + "-M' }.available", equalTo(1))
                .body("lines.find { it.sku == 'FINAL-" + run + "' }.eligibility.outcome", equalTo("REJECT"))
                .body("lines.find { it.sku == 'FINAL-" + run + "' }.eligibility.message",
                        equalTo("セール最終品（返品不可）のため、返品・交換はお受けできません。"));

        long tee = lineId(token, "TEE-" + run + "-S");
        String rma = customer(token).body("""
                {"returnMethod":"PREPAID_LABEL","lines":[
                  {"orderLineId":%1$d,"quantity":1,"reasonCode":"SIZE_TOO_SMALL","resolution":"EXCHANGE","exchangeSku":"TEE-%2$s-M"},
                  {"orderLineId":%1$d,"quantity":1,"reasonCode":"DEFECTIVE","resolution":"REFUND","refundMethod":"STORE_CREDIT"}]}
                """.formatted(tee, run)).post(PORTAL + "/returns").then().statusCode(200)
                .body("status", equalTo("AWAITING_SHIPMENT"))
                .body("lines.find { it.resolution == 'EXCHANGE' }.reserved", equalTo(true))
                .body("lines.find { it.resolution == 'REFUND' }.refundAmountMinor", equalTo(4583))
                .body("lines[0].policyRule", equalTo("30日以内"))
                .extract().path("rmaNumber");
        assertThat(rma).matches("R-\\d{6}");
        assertThat(Sql.number("select reserved from stock_level s join variant v on v.id = s.variant_id where v.sku = ?",
                "TEE-" + run + "-M")).isEqualTo(1);

        ValidatableResponse received = staff("sakura-operator", "operator").post(STAFF + "/" + rma + "/receive").then()
                .statusCode(200).body("status", equalTo("RECEIVED")).body("refundDueAt", notNullValue());
        List<Integer> lineIds = received.extract().path("lines.id");
        String exchangeLine = received.extract().path("lines.find { it.resolution == 'EXCHANGE' }.id").toString();
        String refundLine = received.extract().path("lines.find { it.resolution == 'REFUND' }.id").toString();
        assertThat(lineIds).hasSize(2);

        staff("sakura-operator", "operator").body("{\"grades\":[\"A\"]}")
                .post(STAFF + "/" + rma + "/lines/" + exchangeLine + "/grades").then().statusCode(200)
                .body("status", equalTo("RECEIVED"));
        staff("sakura-operator", "operator").body("{\"grades\":[\"C\"]}")
                .post(STAFF + "/" + rma + "/lines/" + refundLine + "/grades").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("refunds.size()", equalTo(1))
                .body("refunds[0].method", equalTo("STORE_CREDIT"))
                .body("refunds[0].amountMinor", equalTo(4583))
                .body("refunds[0].status", equalTo("ISSUED"))
                .body("timeline.action", hasItems("GRADED", "STOCK_RESERVED", "EXCHANGE_SHIPMENT_REQUESTED",
                        "REFUND_ISSUED"))
                .body("timeline.to", hasItems("REQUESTED", "APPROVED", "AWAITING_SHIPMENT", "RECEIVED", "INSPECTED",
                        "COMPLETED"))
                .body("lines.find { it.resolution == 'EXCHANGE' }.fulfilment.state", equalTo("SHIPMENT_REQUESTED"));
        // Issue 10: inspection issues a shipping instruction; the unit leaves when the warehouse ships it.
        assertThat(Sql.number("select reserved from stock_level s join variant v on v.id = s.variant_id where v.sku = ?",
                "TEE-" + run + "-M")).as("still reserved until shipped").isEqualTo(1);
        staff("sakura-operator", "operator").body("{\"carrier\":\"ヤマト運輸\",\"trackingNumber\":\"TR-" + run + "\"}")
                .post("/v1/shops/" + SHOP + "/fulfilments/" + rma + "/" + exchangeLine + "/shipment").then()
                .statusCode(200).body("state", equalTo("SHIPPED"));
        staff("sakura-operator", "operator").get(STAFF + "/" + rma).then().statusCode(200)
                .body("timeline.action", hasItem("EXCHANGE_SHIPPED"));

        // Stock: the A unit is sellable again, the exchange unit left, the C unit was disposed.
        assertThat(Sql.number("select sellable from stock_level s join variant v on v.id = s.variant_id where v.sku = ?",
                "TEE-" + run + "-S")).isEqualTo(4);
        assertThat(Sql.number("select sellable + reserved * 1000 from stock_level s join variant v on v.id = s.variant_id "
                + "where v.sku = ?", "TEE-" + run + "-M")).isZero();
        assertThat(Sql.number("select coalesce(sum(quantity), 0) from disposal_record d join variant v on v.id = d.variant_id "
                + "where v.sku = ?", "TEE-" + run + "-S")).isEqualTo(1);
        assertThat(Sql.number("select coalesce(sum(amount_minor), 0) from store_credit_entry where customer_email = ? "
                + "and description like ?", "hanako@example.jp", "%" + rma + ":%")).isEqualTo(4583);
        // Customer notifications for every transition are in the outbox.
        assertThat(Sql.number("select count(*) from outbox_event where aggregate_ref = ?", rma)).isGreaterThanOrEqualTo(7);

        // Grading again changes nothing and pays nothing.
        staff("sakura-operator", "operator").body("{\"grades\":[\"A\"]}")
                .post(STAFF + "/" + rma + "/lines/" + refundLine + "/grades").then().statusCode(409);
        assertThat(Sql.number("select count(*) from refund r join return_request q on q.id = r.return_id "
                + "where q.rma_number = ? and q.shop_id = r.shop_id", rma)).isEqualTo(1);

        // The customer sees the timeline without staff names.
        customer(token).get(PORTAL + "/returns/" + rma).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("customerEmail", equalTo(null))
                .body("timeline.actor", org.hamcrest.Matchers.everyItem(equalTo(null)));
    }

    @Test
    void refusedLinesChangeNothing() {
        String token = teeOrder("REF-" + run, 3);
        long tee = lineId(token, "TEE-" + run + "-S");
        long scarf = lineId(token, "FINAL-" + run);
        customer(token).body("{\"lines\":[{\"orderLineId\":" + scarf + ",\"quantity\":1,\"reasonCode\":\"OTHER\","
                        + "\"resolution\":\"REFUND\",\"refundMethod\":\"ORIGINAL_PAYMENT\"}]}")
                .post(PORTAL + "/returns").then().statusCode(422).contentType("application/problem+json");
        customer(token).body("{\"lines\":[{\"orderLineId\":" + tee + ",\"quantity\":3,\"reasonCode\":\"OTHER\","
                        + "\"resolution\":\"REFUND\",\"refundMethod\":\"ORIGINAL_PAYMENT\"}]}")
                .post(PORTAL + "/returns").then().statusCode(422);
        customer(token).body("{\"lines\":[{\"orderLineId\":" + tee + ",\"quantity\":1,\"reasonCode\":\"NO_SUCH\","
                        + "\"resolution\":\"REFUND\",\"refundMethod\":\"ORIGINAL_PAYMENT\"}]}")
                .post(PORTAL + "/returns").then().statusCode(422);
        customer(token).body("{\"lines\":[{\"orderLineId\":" + tee + ",\"quantity\":1,\"reasonCode\":\"OTHER\","
                        + "\"resolution\":\"EXCHANGE\",\"exchangeSku\":\"COAT-" + run + "\"}]}")
                .post(PORTAL + "/returns").then().statusCode(422);
        customer(token).body("{\"lines\":[{\"orderLineId\":\"abc\"}]}").post(PORTAL + "/returns").then().statusCode(400);
        assertThat(Sql.number("select count(*) from return_request r join customer_order o on o.id = r.order_id "
                + "where o.order_number = ?", "REF-" + run)).isZero();
    }

    @Test
    void pickupsAreBookedWithASlotAndTheAddressTheCustomerGives() {
        String token = teeOrder("PICK-" + run, 3);
        customer(token).get(PORTAL + "/order").then().statusCode(200)
                .body("shippingAddress.postalCode", equalTo("100-0005"))
                .body("shippingAddress.line1", equalTo("丸の内1-9-1"));
        long tee = lineId(token, "TEE-" + run + "-S");
        String line = "{\"orderLineId\":" + tee + ",\"quantity\":1,\"reasonCode\":\"OTHER\",\"resolution\":\"REFUND\","
                + "\"refundMethod\":\"STORE_CREDIT\"}";
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1).toString();
        customer(token).header("Accept-Language", "en").body("{\"returnMethod\":\"PICKUP\",\"lines\":[" + line + "]}")
                .post(PORTAL + "/returns").then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("Choose a pickup date and time slot."));
        customer(token).body("{\"returnMethod\":\"PICKUP\",\"pickupDate\":\"2020-01-01\",\"pickupSlot\":\"T14_16\","
                + "\"lines\":[" + line + "]}").post(PORTAL + "/returns").then().statusCode(422);
        customer(token).body("{\"returnMethod\":\"PICKUP\",\"pickupDate\":\"2026-02-31\",\"pickupSlot\":\"T14_16\","
                + "\"lines\":[" + line + "]}").post(PORTAL + "/returns").then().statusCode(422);
        customer(token).body("{\"returnMethod\":\"PICKUP\",\"pickupDate\":\"" + tomorrow + "\",\"pickupSlot\":\"T25_26\","
                + "\"lines\":[" + line + "]}").post(PORTAL + "/returns").then().statusCode(400);
        customer(token).body("{\"returnMethod\":\"DROP_OFF\",\"lines\":[" + line + "]}").post(PORTAL + "/returns")
                .then().statusCode(422);
        assertThat(Sql.number("select count(*) from return_request r join customer_order o on o.id = r.order_id "
                + "where o.order_number = ?", "PICK-" + run)).as("refused requests leave nothing").isZero();

        String rma = customer(token).body("""
                {"returnMethod":"PICKUP","pickupDate":"%s","pickupSlot":"T18_20","lines":[%s],
                 "address":{"name":"山田 太郎","postalCode":"6048091","prefecture":"京都府","city":"京都市中京区",
                            "line1":"寺町通御池上る上本能寺前町488","line2":"","phone":"075-000-0000"}}
                """.formatted(tomorrow, line)).post(PORTAL + "/returns").then().statusCode(200)
                .body("logistics.returnMethod", equalTo("PICKUP"))
                .body("logistics.pickupDate", equalTo(tomorrow))
                .body("logistics.pickupSlot", equalTo("T18_20"))
                .body("logistics.address.postalCode", equalTo("604-8091"))
                .body("logistics.address.line2", org.hamcrest.Matchers.nullValue())
                .extract().path("rmaNumber");
        staff("sakura-operator", "operator").get(STAFF + "/" + rma).then().statusCode(200)
                .body("logistics.address.name", equalTo("山田 太郎"))
                .body("logistics.address.city", equalTo("京都市中京区"));
    }

    @Test
    void lateRequestsAreRejectedWithTheRulesMessage() {
        String token = teeOrder("LATE-" + run, 45);
        customer(token).header("Accept-Language", "en").get(PORTAL + "/order").then().statusCode(200)
                .body("lines.find { it.sku == 'TEE-" + run + "-S' }.eligibility.outcome", equalTo("REJECT"))
                .body("lines.find { it.sku == 'TEE-" + run + "-S' }.eligibility.message",
                        equalTo("The 30-day return window after delivery has passed."));
    }

    @Test
    void wrongLookupsGetOneAnswerThatRevealsNothing() {
        teeOrder("LOOK-" + run, 3);
        String wrongEmail = given().contentType("application/json").header("X-Forwarded-For", "203.0.113.7")
                .body("{\"orderNumber\":\"LOOK-" + run + "\",\"emailOrPhone\":\"someone@example.jp\"}")
                .post(PORTAL + "/order-lookups").then().statusCode(404).extract().asString();
        String wrongNumber = given().contentType("application/json").header("X-Forwarded-For", "203.0.113.7")
                .body("{\"orderNumber\":\"NOPE-" + run + "\",\"emailOrPhone\":\"hanako@example.jp\"}")
                .post(PORTAL + "/order-lookups").then().statusCode(404).extract().asString();
        assertThat(wrongEmail.replace("LOOK-" + run, "X")).isEqualTo(wrongNumber.replace("NOPE-" + run, "X"));
        // Phone works as well as e-mail, whatever the formatting.
        Shops.customerToken(SHOP, "LOOK-" + run, "09011112222");
    }

    @Test
    void guessingIsSlowedDown() {
        int status = 0;
        for (int i = 0; i < 30 && status != 429; i++) {
            status = given().contentType("application/json").header("X-Forwarded-For", "192.0.2." + run.hashCode() % 200)
                    .body("{\"orderNumber\":\"GUESS-" + i + "\",\"emailOrPhone\":\"x@example.jp\"}")
                    .post(PORTAL + "/order-lookups").then().extract().statusCode();
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void tokensOpenOneOrderOfOneShopOnly() {
        String token = teeOrder("TOK-" + run, 3);
        customer(token).get("/v1/portal/shops/kumo-zakka/order").then().statusCode(404);
        customer(token + "x").get(PORTAL + "/order").then().statusCode(401);
        given().get(PORTAL + "/order").then().statusCode(401).contentType("application/problem+json");
        String other = teeOrder("TOK2-" + run, 3);
        long tee = lineId(other, "TEE-" + run + "-S");
        String rma = customer(other).body("{\"lines\":[{\"orderLineId\":" + tee + ",\"quantity\":1,\"reasonCode\":\"OTHER\","
                        + "\"resolution\":\"REFUND\",\"refundMethod\":\"ORIGINAL_PAYMENT\"}]}")
                .post(PORTAL + "/returns").then().statusCode(200).extract().path("rmaNumber");
        customer(token).get(PORTAL + "/returns/" + rma).then().statusCode(404);
        customer(token).post(PORTAL + "/returns/" + rma + "/cancel").then().statusCode(404);
        // Staff of another shop cannot see it either.
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .get(STAFF + "/" + rma).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .get("/v1/shops/kumo-zakka/returns/" + rma).then().statusCode(404);
        // The customer may cancel until it ships; then the units are returnable again.
        customer(other).post(PORTAL + "/returns/" + rma + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        customer(other).get(PORTAL + "/order").then()
                .body("lines.find { it.sku == 'TEE-" + run + "-S' }.returnableQuantity", equalTo(2));
    }

    @Test
    void fiftyConcurrentExchangesForTheLastUnitReserveExactlyOne() throws Exception {
        // B is restocked in ten days, so the 49 who miss the last unit may wait for it (the backorder rule).
        Shops.products(SHOP, """
                [{"externalId":"RARE-%1$s","nameJa":"限定品","nameEn":"Limited",
                  "variants":[{"sku":"RARE-%1$s-A","priceMinor":3000},
                              {"sku":"RARE-%1$s-B","priceMinor":3000,"restockDate":"%2$s"}]}]
                """.formatted(run, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(10)));
        Shops.stock(SHOP, "RARE-" + run + "-B", 1);
        List<Callable<Integer>> submissions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String number = "RARE-" + run + "-" + i;
            Shops.order(SHOP, number, "c" + i + "@example.jp", 2, 0,
                    "[{\"lineNo\":1,\"sku\":\"RARE-" + run + "-A\",\"quantity\":1,\"unitPriceMinor\":3000}]");
            String token = Shops.customerToken(SHOP, number, "c" + i + "@example.jp");
            long line = lineId(token, "RARE-" + run + "-A");
            submissions.add(() -> customer(token).body("{\"lines\":[{\"orderLineId\":" + line + ",\"quantity\":1,"
                            + "\"reasonCode\":\"OTHER\",\"resolution\":\"EXCHANGE\",\"exchangeSku\":\"RARE-" + run + "-B\"}]}")
                    .post(PORTAL + "/returns").then().extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Future<Integer> result : pool.invokeAll(submissions)) {
                assertThat(result.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(Sql.number("select count(*) from return_line l join variant v on v.id = l.exchange_variant_id "
                + "where v.sku = ? and l.reserved", "RARE-" + run + "-B")).isEqualTo(1);
        assertThat(Sql.number("select count(*) from return_line l join variant v on v.id = l.exchange_variant_id "
                + "where v.sku = ? and l.backorder", "RARE-" + run + "-B")).isEqualTo(49);
        assertThat(Sql.number("select reserved from stock_level s join variant v on v.id = s.variant_id where v.sku = ?",
                "RARE-" + run + "-B")).isEqualTo(1);
        assertThat(Sql.number("select count(*) from exchange_fulfilment f join variant v on v.id = f.variant_id "
                + "where v.sku = ? and f.state = 'BACKORDERED'", "RARE-" + run + "-B")).isEqualTo(49);
    }

    @Test
    void concurrentGradingPaysOnce() throws Exception {
        String token = teeOrder("RACE-" + run, 3);
        long tee = lineId(token, "TEE-" + run + "-S");
        String rma = customer(token).body("{\"lines\":[{\"orderLineId\":" + tee + ",\"quantity\":1,\"reasonCode\":\"OTHER\","
                        + "\"resolution\":\"REFUND\",\"refundMethod\":\"ORIGINAL_PAYMENT\"}]}")
                .post(PORTAL + "/returns").then().statusCode(200).extract().path("rmaNumber");
        String line = staff("sakura-operator", "operator").post(STAFF + "/" + rma + "/receive").then().statusCode(200)
                .extract().path("lines[0].id").toString();
        List<Callable<Integer>> graders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            graders.add(() -> staff("sakura-operator", "operator").body("{\"grades\":[\"A\"]}")
                    .post(STAFF + "/" + rma + "/lines/" + line + "/grades").then().extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(graders)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses).allMatch(s -> s == 200 || s == 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(Sql.number("select count(*) from refund r join return_request q on q.id = r.return_id "
                + "where q.rma_number = ? and q.shop_id = r.shop_id", rma)).isEqualTo(1);
    }

    @Test
    void refundAboveTheLimitWaitsForAnotherManager() {
        Shops.order(SHOP, "BIG-" + run, "rich@example.jp", 3, 0,
                "[{\"lineNo\":1,\"sku\":\"COAT-" + run + "\",\"quantity\":1,\"unitPriceMinor\":58000}]");
        String token = Shops.customerToken(SHOP, "BIG-" + run, "rich@example.jp");
        long coat = lineId(token, "COAT-" + run);
        String rma = customer(token).body("{\"lines\":[{\"orderLineId\":" + coat + ",\"quantity\":1,\"reasonCode\":\"DEFECTIVE\","
                        + "\"resolution\":\"REFUND\",\"refundMethod\":\"ORIGINAL_PAYMENT\"}]}")
                .post(PORTAL + "/returns").then().statusCode(200).extract().path("rmaNumber");
        String line = staff("sakura-manager", "manager").post(STAFF + "/" + rma + "/receive").then().statusCode(200)
                .extract().path("lines[0].id").toString();
        Number refundId = staff("sakura-manager", "manager").body("{\"grades\":[\"B\"]}")
                .post(STAFF + "/" + rma + "/lines/" + line + "/grades").then().statusCode(200)
                .body("status", equalTo("INSPECTED"))
                .body("refunds[0].status", equalTo("PENDING_APPROVAL"))
                .extract().path("refunds[0].id");
        staff("sakura-operator", "operator").post(STAFF + "/" + rma + "/refunds/" + refundId + "/approve").then()
                .statusCode(403);
        staff("sakura-manager", "manager").post(STAFF + "/" + rma + "/refunds/" + refundId + "/approve").then()
                .statusCode(403).body("type", equalTo("https://kaeru.app/problems/forbidden"));
        // Approved, the card refund is queued; the refund worker pays it after the approval commits.
        staff("other-manager", "manager").post(STAFF + "/" + rma + "/refunds/" + refundId + "/approve").then()
                .statusCode(200).body("refunds[0].approvedBy", equalTo("other-manager"))
                .body("timeline.action", hasItem("REFUND_APPROVED"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                staff("other-manager", "manager").get(STAFF + "/" + rma).then().statusCode(200)
                        .body("status", equalTo("COMPLETED")).body("refunds[0].status", equalTo("ISSUED"))
                        .body("timeline.action", hasItem("REFUND_ISSUED")));
    }

    @Test
    void queueFindsReturnsByRmaOrderAndEmail() {
        String token = teeOrder("Q-" + run, 3);
        long tee = lineId(token, "TEE-" + run + "-S");
        String rma = customer(token).body("{\"lines\":[{\"orderLineId\":" + tee + ",\"quantity\":1,\"reasonCode\":\"OTHER\","
                        + "\"resolution\":\"REFUND\",\"refundMethod\":\"GIFT_CODE\"}]}")
                .post(PORTAL + "/returns").then().statusCode(200).extract().path("rmaNumber");
        staff("sakura-analyst", "analyst").get(STAFF + "?q=" + rma).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].orderNumber", equalTo("Q-" + run));
        staff("sakura-analyst", "analyst").get(STAFF + "?q=Q-" + run + "&status=AWAITING_SHIPMENT").then()
                .statusCode(200).body("items.rmaNumber", hasItem(rma));
        staff("sakura-analyst", "analyst").post(STAFF + "/" + rma + "/receive").then().statusCode(403);
        staff("sakura-analyst", "analyst").get(STAFF + "?status=NOPE").then().statusCode(422);
        staff("sakura-analyst", "analyst").get(STAFF + "?page=abc").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void managersPolicyDecidesWithFeesReviewAndExchangeOnly() {
        String umi = "umi-outdoor";
        var manager = given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager"))
                .contentType("application/json");
        String policy = """
                {"rules":[
                  {"name":"Sale: exchange only","onSale":true,"outcome":"EXCHANGE_ONLY",
                   "messageJa":"セール品は交換のみ承ります。","messageEn":"Sale items can be exchanged only."},
                  {"name":"Expensive: review","minLineValueMinor":20000,"outcome":"NEEDS_REVIEW"},
                  {"name":"Within 14 days","minDays":0,"maxDays":14,"outcome":"AUTO_APPROVE","restockingFeePercent":10},
                  {"name":"Too late","minDays":15,"outcome":"REJECT","messageEn":"Returns are accepted for 14 days."}]}""";
        manager.body(policy).put("/v1/shops/" + umi + "/policy").then().statusCode(200)
                .body("usingDefault", equalTo(false)).body("rules.name", hasItem("Expensive: review"));
        given().auth().oauth2(TestTokens.token("umi-analyst", "/shops/umi-outdoor/analyst")).contentType("application/json")
                .body(policy).put("/v1/shops/" + umi + "/policy").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager")).contentType("application/json")
                .body("{\"rules\":[{\"name\":\"Broken\",\"minDays\":10,\"maxDays\":2,\"outcome\":\"REJECT\"}]}")
                .put("/v1/shops/" + umi + "/policy").then().statusCode(422);
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager")).contentType("application/json")
                .body("{\"rules\":[{\"name\":\"No outcome\"}]}")
                .put("/v1/shops/" + umi + "/policy").then().statusCode(400);

        Shops.products(umi, """
                [{"externalId":"TENT-%1$s","nameJa":"テント","nameEn":"Tent","variants":[{"sku":"TENT-%1$s","priceMinor":30000}]},
                 {"externalId":"CAP-%1$s","nameJa":"キャップ","nameEn":"Cap","variants":[
                   {"sku":"CAP-%1$s-S","size":"S","priceMinor":4000},
                   {"sku":"CAP-%1$s-M","size":"M","priceMinor":4000,"restockDate":"%2$s"}]}]
                """.formatted(run, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(7)));
        Shops.order(umi, "UMI-" + run, "kai@example.jp", 5, 0, """
                [{"lineNo":1,"sku":"TENT-%1$s","quantity":1,"unitPriceMinor":30000},
                 {"lineNo":2,"sku":"CAP-%1$s-S","quantity":1,"unitPriceMinor":4000,"lineDiscountMinor":1000},
                 {"lineNo":3,"sku":"CAP-%1$s-M","quantity":1,"unitPriceMinor":4000}]""".formatted(run));
        String token = Shops.customerToken(umi, "UMI-" + run, "kai@example.jp");
        String portal = "/v1/portal/shops/" + umi;
        var order = customer(token).header("Accept-Language", "en").get(portal + "/order").then().statusCode(200)
                .body("lines.find { it.sku == 'CAP-" + run + "-S' }.eligibility.outcome", equalTo("EXCHANGE_ONLY"))
                .body("lines.find { it.sku == 'CAP-" + run + "-S' }.eligibility.refundAllowed", equalTo(false))
                .body("lines.find { it.sku == 'CAP-" + run + "-S' }.eligibility.message", equalTo("Sale items can be exchanged only."))
                .body("lines.find { it.sku == 'TENT-" + run + "' }.eligibility.outcome", equalTo("NEEDS_REVIEW"))
                .body("lines.find { it.sku == 'CAP-" + run + "-M' }.eligibility.refundFeeMinor", equalTo(400));
        long sale = ((Number) order.extract().path("lines.find { it.sku == 'CAP-" + run + "-S' }.orderLineId")).longValue();
        long tent = ((Number) order.extract().path("lines.find { it.sku == 'TENT-" + run + "' }.orderLineId")).longValue();
        long cap = ((Number) order.extract().path("lines.find { it.sku == 'CAP-" + run + "-M' }.orderLineId")).longValue();
        customer(token).body("{\"lines\":[{\"orderLineId\":" + sale + ",\"quantity\":1,\"reasonCode\":\"OTHER\","
                + "\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"}]}").post(portal + "/returns").then()
                .statusCode(422);
        customer(token).body("{\"lines\":[{\"orderLineId\":" + cap + ",\"quantity\":1,\"reasonCode\":\"OTHER\","
                        + "\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"}]}").post(portal + "/returns").then()
                .statusCode(200).body("status", equalTo("AWAITING_SHIPMENT"))
                .body("lines[0].refundAmountMinor", equalTo(3600)).body("lines[0].feeMinor", equalTo(400))
                .body("lines[0].policyRule", equalTo("Within 14 days"));
        String review = customer(token).body("{\"lines\":[{\"orderLineId\":" + tent + ",\"quantity\":1,"
                        + "\"reasonCode\":\"DEFECTIVE\",\"resolution\":\"REFUND\",\"refundMethod\":\"ORIGINAL_PAYMENT\"},"
                        + "{\"orderLineId\":" + sale + ",\"quantity\":1,\"reasonCode\":\"SIZE_TOO_SMALL\","
                        + "\"resolution\":\"EXCHANGE\",\"exchangeSku\":\"CAP-" + run + "-M\"}]}")
                .post(portal + "/returns").then().statusCode(200).body("status", equalTo("NEEDS_REVIEW"))
                .extract().path("rmaNumber");
        // A person decides; rejection needs a message for the customer, approval reserves the exchange.
        manager.body("{}").post("/v1/shops/" + umi + "/returns/" + review + "/reject").then().statusCode(422);
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager")).contentType("application/json")
                .body("{\"message\":\"ok\"}").post("/v1/shops/" + umi + "/returns/" + review + "/approve").then()
                .statusCode(200).body("status", equalTo("AWAITING_SHIPMENT"))
                .body("lines.find { it.resolution == 'EXCHANGE' }.backorder", equalTo(true));
        // Back to the default policy for the other tests.
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager")).contentType("application/json")
                .body("{\"rules\":[]}").put("/v1/shops/" + umi + "/policy").then().statusCode(200)
                .body("usingDefault", equalTo(true));
    }

    @Test
    void anotherShopsStaffGetNothingThroughAnyDoorAndChangeNothing() {
        String token = teeOrder("X-" + run, 3);
        long tee = lineId(token, "TEE-" + run + "-S");
        var created = customer(token).body("{\"lines\":[{\"orderLineId\":" + tee + ",\"quantity\":1,\"reasonCode\":\"OTHER\","
                + "\"resolution\":\"REFUND\",\"refundMethod\":\"ORIGINAL_PAYMENT\"}]}").post(PORTAL + "/returns").then()
                .statusCode(200);
        String rma = created.extract().path("rmaNumber");
        String line = created.extract().path("lines[0].id").toString();
        String kumo = TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager");
        String[][] doors = {
                {"GET", "/v1/shops/%s"}, {"GET", "/v1/shops/%s/return-reasons"}, {"GET", "/v1/shops/%s/returns"},
                {"GET", "/v1/shops/%s/returns/" + rma}, {"GET", "/v1/shops/%s/policy"}, {"GET", "/v1/shops/%s/api-keys"},
                {"POST", "/v1/shops/%s/returns/" + rma + "/approve"}, {"POST", "/v1/shops/%s/returns/" + rma + "/reject"},
                {"POST", "/v1/shops/%s/returns/" + rma + "/cancel"}, {"POST", "/v1/shops/%s/returns/" + rma + "/receive"},
                {"POST", "/v1/shops/%s/returns/" + rma + "/lines/" + line + "/grades"},
                {"POST", "/v1/shops/%s/returns/" + rma + "/refunds/1/approve"},
                {"POST", "/v1/shops/%s/returns/" + rma + "/refunds/1/decline"},
                {"POST", "/v1/shops/%s/settings/approval-limit-changes"},
                {"POST", "/v1/shops/%s/settings/approval-limit-changes/1/approve"},
                {"POST", "/v1/shops/%s/settings/approval-limit-changes/1/reject"}, {"POST", "/v1/shops/%s/api-keys"},
                {"PUT", "/v1/shops/%s/branding"}, {"PUT", "/v1/shops/%s/policy"},
                {"PUT", "/v1/shops/%s/integration/products"}, {"PUT", "/v1/shops/%s/integration/orders"},
                {"PUT", "/v1/shops/%s/integration/stock"}, {"DELETE", "/v1/shops/%s/api-keys/abcdefgh"}};
        String[] bodies = {"{\"message\":\"x\",\"grades\":[\"A\"],\"name\":\"x\",\"brandColor\":\"#000000\",\"rules\":[]}", "[]"};
        for (String[] door : doors) {
            String body = door[1].contains("integration") ? bodies[1] : bodies[0];
            boolean withBody = !door[0].equals("GET") && !door[0].equals("DELETE");
            // Sakura's door with a kumo token: refused.
            int status = (withBody ? given().auth().oauth2(kumo).contentType("application/json").body(body)
                    : given().auth().oauth2(kumo)).request(door[0], door[1].formatted(SHOP)).then().extract().statusCode();
            assertThat(status).as(door[0] + " " + door[1]).isEqualTo(403);
            // Kumo's own door with sakura's RMA: it does not exist there.
            if (door[1].contains(rma)) {
                int own = (withBody ? given().auth().oauth2(kumo).contentType("application/json").body(body)
                        : given().auth().oauth2(kumo)).request(door[0], door[1].formatted("kumo-zakka")).then()
                        .extract().statusCode();
                assertThat(own).as("kumo " + door[0] + " " + door[1]).isEqualTo(404);
            }
        }
        staff("sakura-operator", "operator").get(STAFF + "/" + rma).then().statusCode(200)
                .body("status", equalTo("AWAITING_SHIPMENT")).body("refunds.size()", equalTo(0))
                .body("timeline.size()", equalTo(created.extract().path("timeline.size()")));
    }

    @Test
    void customersAttachPhotosThatStaffCanSee() {
        String token = teeOrder("PH-" + run, 3);
        long tee = lineId(token, "TEE-" + run + "-S");
        var created = customer(token).body("{\"lines\":[{\"orderLineId\":" + tee + ",\"quantity\":1,\"reasonCode\":\"DEFECTIVE\","
                + "\"resolution\":\"REFUND\",\"refundMethod\":\"ORIGINAL_PAYMENT\"}]}").post(PORTAL + "/returns").then()
                .statusCode(200);
        String rma = created.extract().path("rmaNumber");
        String line = created.extract().path("lines[0].id").toString();
        byte[] png = com.kaeru.backend.it.Images.png(32, 24, run.hashCode());
        String photos = PORTAL + "/returns/" + rma + "/lines/" + line + "/photos";
        Number id = given().header("X-Kaeru-Order-Token", token).contentType("image/png").body(png).post(photos).then()
                .statusCode(200).body("contentType", equalTo("image/png")).body("sizeBytes", equalTo(png.length))
                .extract().path("id");
        // The same photo twice is stored once; a script pretending to be a PNG is refused.
        given().header("X-Kaeru-Order-Token", token).contentType("image/png").body(png).post(photos).then().statusCode(200)
                .body("id", equalTo(id.intValue()));
        given().header("X-Kaeru-Order-Token", token).contentType("image/png").body("<script>alert(1)</script>".getBytes())
                .post(photos).then().statusCode(415).contentType("application/problem+json");
        given().header("X-Kaeru-Order-Token", token).contentType("image/jpeg").body(new byte[5 * 1024 * 1024 + 10])
                .post(photos).then().statusCode(413).contentType("application/problem+json");
        byte[] served = staff("sakura-operator", "operator").get(STAFF + "/" + rma + "/photos/" + id).then().statusCode(200)
                .contentType("image/png").header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertThat(served).isEqualTo(png);
        staff("sakura-operator", "operator").get(STAFF + "/" + rma).then().body("photos.size()", equalTo(1));
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .get(STAFF + "/" + rma + "/photos/" + id).then().statusCode(403);
        // Another customer's order token cannot add photos to this return.
        String other = teeOrder("PH2-" + run, 3);
        given().header("X-Kaeru-Order-Token", other).contentType("image/png").body(png).post(photos).then()
                .statusCode(404);
    }
}
