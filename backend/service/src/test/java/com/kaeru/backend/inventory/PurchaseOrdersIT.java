package com.kaeru.backend.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
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

/**
 * Purchase orders through the API on real PostgreSQL: placing makes units incoming, receipts
 * (partial, idempotent) make them sellable, cancelling takes what is due out of incoming, and the
 * ledger explains every unit; permissions, tenancy, refusals in ja and en, racing receipts and
 * racing restocks; write-offs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PurchaseOrdersIT {
    private static final String SHOP = "sakura-apparel";
    private static final String INVENTORY = "/v1/shops/" + SHOP + "/inventory";
    private static final String POS = INVENTORY + "/purchase-orders";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.baseURI = base.toString().replaceAll("/$", "");
    }

    private static RequestSpecification as(String user, String role) {
        return given().auth().oauth2(TestTokens.token(user, "/shops/" + SHOP + "/" + role)).contentType("application/json");
    }

    private static RequestSpecification manager() {
        return as("sakura-manager", "manager");
    }

    private static RequestSpecification operator() {
        return as("sakura-operator", "operator");
    }

    private String sku(String suffix) {
        return "PO-" + run + "-" + suffix;
    }

    private void products(String... suffixes) {
        StringBuilder variants = new StringBuilder();
        for (String s : suffixes) {
            variants.append(variants.length() == 0 ? "" : ",").append("{\"sku\":\"").append(sku(s))
                    .append("\",\"size\":\"").append(s).append("\",\"priceMinor\":3000}");
        }
        Shops.products(SHOP, """
                [{"externalId":"PO-%s","nameJa":"発注テストシャツ","nameEn":"Supply test shirt","variants":[%s]}]
                """.formatted(run, variants));
    }

    /** Places an order as the manager; returns its number. */
    private String place(String lines, boolean confirmed) {
        return manager().body("""
                {"supplier":"東京繊維","expectedDate":"%s","confirmed":%s,"note":"冬物","lines":[%s]}
                """.formatted(TODAY.plusDays(7), confirmed, lines)).post(POS).then().statusCode(200)
                .extract().path("number");
    }

    private String line(String suffix, int quantity) {
        return "{\"sku\":\"" + sku(suffix) + "\",\"quantity\":" + quantity + "}";
    }

    private io.restassured.response.Response receive(String number, String key, String lines) {
        RequestSpecification request = operator().body("{\"lines\":[" + lines + "]}");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post(POS + "/" + number + "/receipts");
    }

    /** Units of a bucket at MAIN; 0 when the SKU has no level there yet. */
    private int bucket(String sku, String bucket) {
        Integer units = manager().get(INVENTORY + "/skus/" + sku).then().statusCode(200)
                .extract().path("find { it.location == 'MAIN' }." + bucket);
        return units == null ? 0 : units;
    }

    /** Every bucket of the level equals the sum of its movements: the ledger explains every unit. */
    private static void ledgerExplains(String sku) {
        for (String bucket : List.of("sellable", "outlet", "reserved", "incoming")) {
            long level = Sql.number("select l." + bucket + " from stock_level l join variant v on v.id = l.variant_id "
                    + "join stock_location loc on loc.id = l.location_id and loc.is_default where v.sku = ?", sku);
            long moved = Sql.number("select coalesce(sum(m." + bucket + "_delta), 0) from stock_movement m "
                    + "join variant v on v.id = m.variant_id join stock_location loc on loc.id = m.location_id "
                    + "and loc.is_default where v.sku = ?", sku);
            assertThat(moved).as("%s %s", sku, bucket).isEqualTo(level);
        }
    }

    @Test
    void placingReceivingInPartsAndRetryingAReceiptPostsEachUnitOnceAndTheLedgerExplainsIt() {
        products("A", "B");
        Shops.stock(SHOP, sku("A"), 2);
        String number = place(line("A", 10) + "," + line("B", 5), false);
        assertThat(number).matches("PO-\\d{6}");
        assertThat(bucket(sku("A"), "incoming")).isEqualTo(10);
        manager().queryParam("reference", number).queryParam("cause", "SUPPLY_ORDERED").get(INVENTORY + "/movements")
                .then().statusCode(200).body("total", equalTo(2)).body("items.actor", everyItem(equalTo("sakura-manager")));

        String key = UUID.randomUUID().toString();
        receive(number, key, line("A", 6)).then().statusCode(200).body("status", equalTo("PARTIALLY_RECEIVED"))
                .body("receivedUnits", equalTo(6)).body("lines.find { it.sku == '" + sku("A") + "' }.remaining", equalTo(4));
        // The scanner's retry (same key) answers the order as it is and receives nothing more.
        receive(number, key, line("A", 6)).then().statusCode(200).body("receivedUnits", equalTo(6));
        assertThat(bucket(sku("A"), "sellable")).isEqualTo(8);
        assertThat(bucket(sku("A"), "incoming")).isEqualTo(4);

        receive(number, UUID.randomUUID().toString(), line("B", 5) + "," + line("A", 4)).then().statusCode(200)
                .body("status", equalTo("RECEIVED"));
        assertThat(bucket(sku("A"), "sellable")).isEqualTo(12);
        assertThat(bucket(sku("B"), "sellable")).isEqualTo(5);
        assertThat(bucket(sku("B"), "incoming")).isZero();
        manager().queryParam("reference", number).queryParam("cause", "RECEIPT").get(INVENTORY + "/movements")
                .then().statusCode(200).body("total", equalTo(3)).body("items.actor", everyItem(equalTo("sakura-operator")));
        ledgerExplains(sku("A"));
        ledgerExplains(sku("B"));
        // The same key on another order is a mistake, not a retry.
        String other = place(line("A", 1), true);
        receive(other, key, line("A", 1)).then().statusCode(409).contentType("application/problem+json");

        // Analysts read, filtered by status and SKU.
        as("sakura-analyst", "analyst").queryParam("sku", sku("B")).get(POS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].number", equalTo(number))
                .body("items[0].supplier", equalTo("東京繊維")).body("items[0].location", equalTo("MAIN"));
        as("sakura-analyst", "analyst").queryParam("sku", sku("A")).queryParam("status", "open").get(POS).then()
                .statusCode(200).body("items.number", equalTo(List.of(other)));
        as("sakura-analyst", "analyst").get(POS + "/" + number.toLowerCase()).then().statusCode(200)
                .body("createdBy", equalTo("sakura-manager")).body("orderedUnits", equalTo(15));
    }

    @Test
    void reschedulingConfirmsTheDateCancellingTakesWhatIsDueOutOfIncomingAndOverdueOrdersAreFound() {
        products("C");
        String number = place(line("C", 8), false);
        manager().body("{\"expectedDate\":\"" + TODAY.plusDays(3) + "\",\"confirmed\":true}")
                .put(POS + "/" + number + "/schedule").then().statusCode(200)
                .body("confirmed", equalTo(true)).body("expectedDate", equalTo(TODAY.plusDays(3).toString()));
        operator().body("{\"expectedDate\":\"" + TODAY.plusDays(4) + "\",\"confirmed\":true}")
                .put(POS + "/" + number + "/schedule").then().statusCode(403);
        manager().header("Accept-Language", "ja").body("{\"expectedDate\":\"" + TODAY.minusDays(1) + "\",\"confirmed\":true}")
                .put(POS + "/" + number + "/schedule").then().statusCode(422)
                .body("errors[0].field", equalTo("expectedDate"))
                .body("errors[0].message", containsString("過去の日付"));

        // The supplier is late: the order is overdue (the date set in the database, as no API sets a past date).
        Sql.execute("update purchase_order set expected_date = current_date - 2 where number = ? and shop_id = "
                + "(select id from shop where slug = ?)", number, SHOP);
        manager().queryParam("overdue", "true").queryParam("sku", sku("C")).get(POS).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].overdue", equalTo(true));

        receive(number, null, line("C", 3)).then().statusCode(200);
        operator().post(POS + "/" + number + "/cancellation").then().statusCode(403);
        manager().post(POS + "/" + number + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("sakura-manager")).body("receivedUnits", equalTo(3));
        assertThat(bucket(sku("C"), "incoming")).isZero();
        assertThat(bucket(sku("C"), "sellable")).isEqualTo(3);
        ledgerExplains(sku("C"));
        manager().queryParam("overdue", "true").queryParam("sku", sku("C")).get(POS).then().body("total", equalTo(0));

        manager().header("Accept-Language", "en").post(POS + "/" + number + "/cancellation").then().statusCode(409)
                .body("detail", equalTo("Purchase order " + number + " is cancelled."));
        operator().header("Accept-Language", "ja").body("{\"lines\":[" + line("C", 1) + "]}")
                .post(POS + "/" + number + "/receipts").then().statusCode(409)
                .contentType("application/problem+json").body("detail", equalTo("発注 " + number + " はキャンセル済みです。"));
        assertThat(bucket(sku("C"), "sellable")).isEqualTo(3);
    }

    @Test
    void badInputIsAClearProblemAndNothingIsHalfApplied() {
        products("D", "E");
        String order = "{\"supplier\":\"S\",\"expectedDate\":\"%s\",\"lines\":[%s]}";
        String future = TODAY.plusDays(2).toString();
        for (String quantity : List.of("-1", "0", "1.5", "100000", "\"x\"")) {
            manager().body(order.formatted(future, "{\"sku\":\"" + sku("D") + "\",\"quantity\":" + quantity + "}"))
                    .post(POS).then().statusCode(400).contentType("application/problem+json");
        }
        manager().header("Accept-Language", "ja").body(order.formatted(future, line("D", 1) + ",{\"sku\":\"NOPE-" + run
                + "\",\"quantity\":1}")).post(POS).then().statusCode(422)
                .body("errors[0].field", equalTo("lines[1].sku"))
                .body("errors[0].message", equalTo("このショップにSKU「NOPE-" + run + "」はありません。"));
        manager().body(order.formatted(future, line("D", 1) + "," + line("D", 2))).post(POS).then().statusCode(422)
                .body("errors[0].field", equalTo("lines[1].sku"));
        manager().header("Accept-Language", "en").body(order.formatted(TODAY.minusDays(1), line("D", 1))).post(POS).then()
                .statusCode(422).body("errors[0].field", equalTo("expectedDate"))
                .body("errors[0].message", containsString("is in the past"));
        manager().header("Accept-Language", "en").body("{\"supplier\":\"S\",\"location\":\"NOWHERE\",\"expectedDate\":\""
                + future + "\",\"lines\":[" + line("D", 1) + "]}").post(POS).then().statusCode(404)
                .body("detail", equalTo("There is no location \"NOWHERE\" in this shop."));
        manager().body("{\"supplier\":\"S\",\"lines\":[" + line("D", 1) + "]}").post(POS).then().statusCode(400);
        assertThat(bucket(sku("D"), "incoming")).as("no refused order left incoming units").isZero();
        operator().body(order.formatted(future, line("D", 1))).post(POS).then().statusCode(403);

        String number = place(line("D", 5) + "," + line("E", 2), false);
        // One line too many refuses the whole receipt, the valid line included.
        receive(number, null, line("D", 1) + "," + line("E", 3)).then().statusCode(422)
                .body("errors[0].field", equalTo("lines[1].quantity"));
        operator().header("Accept-Language", "ja").body("{\"lines\":[" + line("E", 3) + "]}")
                .post(POS + "/" + number + "/receipts").then().statusCode(422)
                .body("errors[0].message", equalTo(sku("E") + " を 3 点入荷できません。未入荷は 2 点です（何も入荷されていません）。"));
        products("F");
        receive(number, null, line("F", 1)).then().statusCode(422).body("errors[0].field", equalTo("lines[0].sku"));
        receive(number, null, line("D", 0)).then().statusCode(400);
        receive(number, null, "{\"sku\":\"" + sku("D") + "\",\"quantity\":-2}").then().statusCode(400);
        receive("PO-999999", null, line("D", 1)).then().statusCode(404);
        as("sakura-analyst", "analyst").body("{\"lines\":[" + line("D", 1) + "]}").post(POS + "/" + number + "/receipts")
                .then().statusCode(403);
        manager().queryParam("status", "LOST").get(POS).then().statusCode(422);
        assertThat(bucket(sku("D"), "sellable")).isZero();
        assertThat(bucket(sku("D"), "incoming")).isEqualTo(5);
        manager().get(POS + "/" + number).then().body("status", equalTo("OPEN")).body("receivedUnits", equalTo(0));
    }

    @Test
    void anotherShopCannotSeeOrReceiveThesePurchaseOrdersAndApiKeysOnlyRead() {
        products("G");
        String number = place(line("G", 4), true);
        RequestSpecification kumo = given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .contentType("application/json");
        kumo.get(POS + "/" + number).then().statusCode(403);
        kumo.body("{\"lines\":[" + line("G", 4) + "]}").post(POS + "/" + number + "/receipts").then().statusCode(403);
        // In its own shop the number means nothing of ours, and our SKU is unknown there.
        String kumoPos = "/v1/shops/kumo-zakka/inventory/purchase-orders";
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager")).queryParam("size", "200")
                .get(kumoPos).then().statusCode(200).body("items.supplier", not(hasItem("東京繊維")));
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager")).contentType("application/json")
                .body("{\"lines\":[" + line("G", 4) + "]}").post(kumoPos + "/" + number + "/receipts").then()
                .statusCode(org.hamcrest.Matchers.oneOf(404, 422));
        assertThat(bucket(sku("G"), "incoming")).isEqualTo(4);

        String key = manager().body("{\"name\":\"WMS " + run + "\"}").post("/v1/shops/" + SHOP + "/api-keys").then()
                .statusCode(200).extract().path("key");
        given().header("X-Api-Key", key).get(POS + "/" + number).then().statusCode(200).body("confirmed", equalTo(true));
        given().header("X-Api-Key", key).contentType("application/json").body("{\"lines\":[" + line("G", 1) + "]}")
                .post(POS + "/" + number + "/receipts").then().statusCode(403);
    }

    @Test
    void twoReceiptsOfOneOrderAtOnceNeverReceiveMoreThanOrdered() throws Exception {
        products("H");
        for (int round = 0; round < 3; round++) {
            String number = place(line("H", 10), false);
            int before = bucket(sku("H"), "sellable");
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> receipts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                receipts.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return receive(number, UUID.randomUUID().toString(), line("H", 6)).statusCode();
                }));
            }
            start.countDown();
            CompletableFuture.allOf(receipts.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            assertThat(receipts.stream().map(CompletableFuture::join).sorted().toList()).as("round %d", round)
                    .containsExactly(200, 422);
            manager().get(POS + "/" + number).then().body("receivedUnits", equalTo(6));
            assertThat(bucket(sku("H"), "sellable")).isEqualTo(before + 6);
        }
        ledgerExplains(sku("H"));
    }

    @Test
    void twoRestocksOfTheSameVariantsAtOnceKeepTheLedgerRight() throws Exception {
        products("J", "K");
        Shops.stock(SHOP, sku("J"), 1);
        for (int round = 0; round < 3; round++) {
            // Lines in opposite orders: the levels are locked in variant order, so neither waits for the other forever.
            String first = place(line("J", 3) + "," + line("K", 2), false);
            String second = place(line("K", 4) + "," + line("J", 5), true);
            int j = bucket(sku("J"), "sellable");
            int k = bucket(sku("K"), "sellable");
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> {
                await(start);
                return receive(first, null, line("J", 3) + "," + line("K", 2)).statusCode();
            });
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> {
                await(start);
                return receive(second, null, line("K", 4) + "," + line("J", 5)).statusCode();
            });
            start.countDown();
            assertThat(List.of(a.get(120, TimeUnit.SECONDS), b.get(120, TimeUnit.SECONDS))).containsExactly(200, 200);
            assertThat(bucket(sku("J"), "sellable")).isEqualTo(j + 8);
            assertThat(bucket(sku("K"), "sellable")).isEqualTo(k + 6);
            assertThat(bucket(sku("J"), "incoming")).isZero();
        }
        ledgerExplains(sku("J"));
        ledgerExplains(sku("K"));
    }

    @Test
    void managersWriteOffOnlyUnitsThatAreThere() {
        products("W");
        Shops.stock(SHOP, sku("W"), 5);
        String writeOff = "{\"sku\":\"%s\",\"bucket\":\"%s\",\"quantity\":%d,\"reason\":\"%s\"}";
        manager().body(writeOff.formatted(sku("W"), "SELLABLE", 2, "水濡れ")).post(INVENTORY + "/write-offs").then()
                .statusCode(200).body("cause", equalTo("DISPOSAL")).body("sellableDelta", equalTo(-2))
                .body("reason", equalTo("水濡れ")).body("actor", equalTo("sakura-manager")).body("location", equalTo("MAIN"));
        assertThat(bucket(sku("W"), "sellable")).isEqualTo(3);
        manager().header("Accept-Language", "en").body(writeOff.formatted(sku("W"), "SELLABLE", 4, "lost"))
                .post(INVENTORY + "/write-offs").then().statusCode(409)
                .body("detail", containsString("Cannot write off 4 sellable unit(s) of " + sku("W")));
        manager().body(writeOff.formatted(sku("W"), "OUTLET", 1, "x")).post(INVENTORY + "/write-offs").then().statusCode(409);
        manager().body(writeOff.formatted(sku("W"), "SHELF", 1, "x")).post(INVENTORY + "/write-offs").then().statusCode(400);
        manager().body(writeOff.formatted(sku("W"), "SELLABLE", 0, "x")).post(INVENTORY + "/write-offs").then().statusCode(400);
        manager().body(writeOff.formatted(sku("W"), "SELLABLE", 1, "")).post(INVENTORY + "/write-offs").then().statusCode(400);
        manager().body(writeOff.formatted("NOPE-" + run, "SELLABLE", 1, "x")).post(INVENTORY + "/write-offs").then()
                .statusCode(404);
        operator().body(writeOff.formatted(sku("W"), "SELLABLE", 1, "x")).post(INVENTORY + "/write-offs").then()
                .statusCode(403);
        assertThat(bucket(sku("W"), "sellable")).isEqualTo(3);
        ledgerExplains(sku("W"));
    }

    /**
     * Two managers write off the last unit at the same moment (five rounds): the level row lock makes
     * them queue, so exactly one succeeds, the other is a 409 problem, and the level never goes below zero.
     */
    @Test
    void twoWriteOffsOfTheLastUnitAtOnceTakeItOnce() throws Exception {
        products("L1");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Shops.stock(SHOP, sku("L1"), 1);
                String body = "{\"sku\":\"" + sku("L1") + "\",\"bucket\":\"SELLABLE\",\"quantity\":1,"
                        + "\"reason\":\"破損 " + round + "\"}";
                List<java.util.concurrent.Callable<io.restassured.response.Response>> race = List.of(
                        () -> manager().header("Accept-Language", "en").body(body).post(INVENTORY + "/write-offs"),
                        () -> as("it-manager", "manager").header("Accept-Language", "en").body(body)
                                .post(INVENTORY + "/write-offs"));
                List<Integer> codes = new java.util.ArrayList<>();
                for (var f : pool.invokeAll(race)) {
                    var response = f.get();
                    codes.add(response.statusCode());
                    if (response.statusCode() == 409) {
                        assertThat(response.contentType()).contains("application/problem+json");
                        assertThat(response.jsonPath().getString("detail"))
                                .contains("Cannot write off 1 sellable unit(s) of " + sku("L1"));
                    }
                }
                assertThat(codes).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                assertThat(bucket(sku("L1"), "sellable")).as("round %d", round).isZero();
            }
            assertThat(com.kaeru.backend.it.Sql.number("select count(*) from stock_movement m join variant v "
                    + "on v.id = m.variant_id where v.sku = ? and m.cause = 'DISPOSAL'", sku("L1"))).isEqualTo(5);
            ledgerExplains(sku("L1"));
        } finally {
            pool.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
