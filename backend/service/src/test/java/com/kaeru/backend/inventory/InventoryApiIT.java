package com.kaeru.backend.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * The stock ledger through the API: sync with {@code asOf} racing a grade, stocktakes with their
 * discrepancy report and adjustments, the read API with its permissions, refusals in ja and en,
 * and StockChanged events.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InventoryApiIT {
    private static final String SHOP = "sakura-apparel";
    private static final String INVENTORY = "/v1/shops/" + SHOP + "/inventory";
    private static final String STOCK = "/v1/shops/" + SHOP + "/integration/stock";
    private static final String RETURNS = "/v1/shops/" + SHOP + "/returns";

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

    /** Products whose SKUs are {@code INV-<run>-<suffix>}, named in Japanese with a character Shift_JIS holds only as CP932. */
    private String sku(String suffix) {
        return "INV-" + run + "-" + suffix;
    }

    private void products(String... suffixes) {
        StringBuilder variants = new StringBuilder();
        for (String s : suffixes) {
            variants.append(variants.length() == 0 ? "" : ",").append("{\"sku\":\"").append(sku(s))
                    .append("\",\"size\":\"").append(s).append("\",\"priceMinor\":3000}");
        }
        Shops.products(SHOP, """
                [{"externalId":"INV-%s","nameJa":"在庫テスト①シャツ","nameEn":"Stock test shirt","variants":[%s]}]
                """.formatted(run, variants));
    }

    private void sync(String json) {
        manager().body(json).put(STOCK).then().statusCode(200).body("rejected", equalTo(0));
    }

    private int sellable(String sku) {
        return manager().get(INVENTORY + "/skus/" + sku).then().statusCode(200).extract().path("find { it.location == 'MAIN' }.sellable");
    }

    /** A refund request for one unit of {@code sku}, received: returns the RMA and its line id. */
    private String[] receivedReturn(String sku, String order) {
        String rma = Shops.refundRequest(SHOP, order, "在庫 太郎", sku);
        Number line = operator().post(RETURNS + "/" + rma + "/receive").then().statusCode(200).extract().path("lines[0].id");
        return new String[] {rma, line.toString()};
    }

    private void gradeA(String[] received) {
        operator().body("{\"grades\":[\"A\"]}").post(RETURNS + "/" + received[0] + "/lines/" + received[1] + "/grades")
                .then().statusCode(200);
    }

    @Test
    void aCountAsOfBeforeAGradeKeepsTheGradedUnitWhileACountWithoutAsOfIsTheLevelNow() {
        products("S");
        String sku = sku("S");
        sync("[{\"sku\":\"" + sku + "\",\"sellable\":5}]");
        String[] received = receivedReturn(sku, "INV-ORD-" + run);
        Instant shopCounted = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        gradeA(received);
        assertThat(sellable(sku)).isEqualTo(6);
        // The grade is in the ledger with who, why and which return.
        manager().queryParam("sku", sku).queryParam("cause", "GRADE_A").get(INVENTORY + "/movements").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].reference", equalTo(received[0]))
                .body("items[0].actor", equalTo("sakura-operator")).body("items[0].sellableDelta", equalTo(1));

        // The shop system counted 5 before the grade; its sync arrives after it: the graded unit stays.
        sync("[{\"sku\":\"" + sku + "\",\"sellable\":5,\"asOf\":\"" + shopCounted + "\"}]");
        assertThat(sellable(sku)).isEqualTo(6);
        // An older count than one applied is refused per record, and changes nothing.
        manager().body("[{\"sku\":\"" + sku + "\",\"sellable\":1,\"asOf\":\"" + shopCounted.minus(1, ChronoUnit.HOURS) + "\"}]")
                .put(STOCK).then().statusCode(200).body("rejected", equalTo(1))
                .body("records[0].errors[0].field", equalTo("asOf"));
        manager().body("[{\"sku\":\"" + sku + "\",\"sellable\":1,\"asOf\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}]")
                .put(STOCK).then().statusCode(200).body("rejected", equalTo(1));
        assertThat(sellable(sku)).isEqualTo(6);
        // Without asOf the count is the level now (as before the ledger).
        sync("[{\"sku\":\"" + sku + "\",\"sellable\":5}]");
        assertThat(sellable(sku)).isEqualTo(5);
        manager().queryParam("sku", sku).queryParam("cause", "SYNC").get(INVENTORY + "/movements").then().statusCode(200)
                .body("items[0].sellableDelta", equalTo(-1)).body("items[0].reference", equalTo("import:stock"))
                .body("items[1].asOf", equalTo(shopCounted.toString()));
    }

    @Test
    void aSyncAndAGradeRacingEndAtTheCountPlusTheGradeInEitherOrder() throws Exception {
        products("R");
        String sku = sku("R");
        sync("[{\"sku\":\"" + sku + "\",\"sellable\":4}]");
        for (int round = 0; round < 3; round++) {
            String[] received = receivedReturn(sku, "INV-RACE-" + run + "-" + round);
            int counted = sellable(sku);
            Instant shopCounted = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Void> grade = CompletableFuture.runAsync(() -> {
                await(start);
                gradeA(received);
            });
            CompletableFuture<Void> count = CompletableFuture.runAsync(() -> {
                await(start);
                sync("[{\"sku\":\"" + sku + "\",\"sellable\":" + counted + ",\"asOf\":\"" + shopCounted + "\"}]");
            });
            start.countDown();
            CompletableFuture.allOf(grade, count).get(120, TimeUnit.SECONDS);
            assertThat(sellable(sku)).as("round %d", round).isEqualTo(counted + 1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aStocktakeShowsTheDiscrepancyInJsonAndCsvAndAManagerPostsIt() {
        products("A", "B");
        sync("[{\"sku\":\"" + sku("A") + "\",\"sellable\":10},{\"sku\":\"" + sku("B") + "\",\"sellable\":3}]");
        Number id = operator().body("""
                {"location":"MAIN","note":"月末棚卸","counts":[{"sku":"%s","sellable":8},{"sku":"%s","sellable":3,"outlet":1}]}
                """.formatted(sku("A"), sku("B"))).post(INVENTORY + "/stocktakes").then().statusCode(200)
                .body("status", equalTo("COUNTED")).body("countedBy", equalTo("sakura-operator"))
                .body("linesWithDiscrepancy", equalTo(2))
                .body("lines.find { it.sku == '" + sku("A") + "' }.sellableDiscrepancy", equalTo(-2))
                .body("lines.find { it.sku == '" + sku("B") + "' }.sellableDiscrepancy", equalTo(0))
                .body("lines.find { it.sku == '" + sku("B") + "' }.outletDiscrepancy", equalTo(1))
                .extract().path("id");

        byte[] utf8 = as("sakura-analyst", "analyst").header("Accept-Language", "ja")
                .get(INVENTORY + "/stocktakes/" + id + "/discrepancies.csv").then().statusCode(200)
                .contentType(containsString("UTF-8")).extract().asByteArray();
        assertThat(new String(utf8, StandardCharsets.UTF_8)).contains("sellable_discrepancy")
                .contains(sku("A") + ",在庫テスト①シャツ,8,10,-2");
        byte[] sjis = as("sakura-analyst", "analyst").header("Accept-Language", "ja").queryParam("charset", "Shift_JIS")
                .get(INVENTORY + "/stocktakes/" + id + "/discrepancies.csv").then().statusCode(200)
                .contentType(containsString("Shift_JIS")).extract().asByteArray();
        assertThat(new String(sjis, Charset.forName("windows-31j"))).contains(sku("A") + ",在庫テスト①シャツ,8,10,-2");
        manager().queryParam("charset", "EBCDIC").get(INVENTORY + "/stocktakes/" + id + "/discrepancies.csv").then()
                .statusCode(422);

        // Operators count; only managers post.
        operator().body("{\"reason\":\"棚卸差異\"}").post(INVENTORY + "/stocktakes/" + id + "/adjustments").then()
                .statusCode(403);
        manager().body("{\"reason\":\"棚卸差異の計上\"}").post(INVENTORY + "/stocktakes/" + id + "/adjustments").then()
                .statusCode(200).body("status", equalTo("POSTED")).body("postedBy", equalTo("sakura-manager"));
        assertThat(sellable(sku("A"))).isEqualTo(8);
        manager().get(INVENTORY + "/skus/" + sku("B")).then().body("[0].outlet", equalTo(1));
        manager().queryParam("reference", "ST-" + id).get(INVENTORY + "/movements").then().statusCode(200)
                .body("total", equalTo(2)).body("items.cause", everyItem(equalTo("STOCKTAKE_ADJUSTMENT")))
                .body("items.reason", everyItem(equalTo("棚卸差異の計上")));
        // Posted once only.
        manager().header("Accept-Language", "ja").body("{\"reason\":\"again\"}")
                .post(INVENTORY + "/stocktakes/" + id + "/adjustments").then().statusCode(409)
                .contentType("application/problem+json").body("detail", equalTo("棚卸 ST-" + id + " はすでに計上済みです。"));
    }

    @Test
    void anAdjustmentThatWouldBreakALevelRefusesTheWholePosting() {
        products("C", "D");
        sync("[{\"sku\":\"" + sku("C") + "\",\"sellable\":2},{\"sku\":\"" + sku("D") + "\",\"sellable\":5}]");
        Number id = operator().body("""
                {"location":"main","counts":[{"sku":"%s","sellable":0},{"sku":"%s","sellable":6}]}
                """.formatted(sku("C"), sku("D"))).post(INVENTORY + "/stocktakes").then().statusCode(200)
                .extract().path("id");
        // The shop sold one C after the count: -2 would now take C below zero.
        sync("[{\"sku\":\"" + sku("C") + "\",\"sellable\":1}]");
        manager().header("Accept-Language", "en").body("{\"reason\":\"count\"}")
                .post(INVENTORY + "/stocktakes/" + id + "/adjustments").then().statusCode(409)
                .body("detail", containsString("Cannot adjust " + sku("C") + " by -2"));
        assertThat(sellable(sku("D"))).as("nothing half-posted").isEqualTo(5);
        manager().get(INVENTORY + "/stocktakes/" + id).then().body("status", equalTo("COUNTED"));
    }

    @Test
    void badQuantitiesUnknownSkusAndLocationsAreClearProblems() {
        products("E");
        String counts = "{\"location\":\"MAIN\",\"counts\":[{\"sku\":\"%s\",\"sellable\":%s}]}";
        operator().body(counts.formatted(sku("E"), "-1")).post(INVENTORY + "/stocktakes").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("sellable")));
        operator().body(counts.formatted(sku("E"), "1.5")).post(INVENTORY + "/stocktakes").then().statusCode(400)
                .contentType("application/problem+json");
        operator().body(counts.formatted(sku("E"), "100000")).post(INVENTORY + "/stocktakes").then().statusCode(400);
        operator().header("Accept-Language", "ja").body(counts.formatted("NOPE-" + run, "1"))
                .post(INVENTORY + "/stocktakes").then().statusCode(422)
                .body("errors[0].field", equalTo("counts[0].sku"))
                .body("errors[0].message", equalTo("このショップにSKU「NOPE-" + run + "」はありません。"));
        operator().header("Accept-Language", "en").body("{\"location\":\"MAIN\",\"counts\":[{\"sku\":\"%1$s\",\"sellable\":1},"
                        .formatted(sku("E")) + "{\"sku\":\"" + sku("E") + "\",\"sellable\":2}]}")
                .post(INVENTORY + "/stocktakes").then().statusCode(422)
                .body("errors[0].message", containsString("counted twice"));
        operator().header("Accept-Language", "en").body("{\"location\":\"NOWHERE\",\"counts\":[{\"sku\":\"" + sku("E")
                + "\",\"sellable\":1}]}").post(INVENTORY + "/stocktakes").then().statusCode(404)
                .body("detail", equalTo("There is no location \"NOWHERE\" in this shop."));
        manager().header("Accept-Language", "ja").get(INVENTORY + "/skus/NOPE-" + run).then().statusCode(404)
                .body("detail", equalTo("このショップにSKU「NOPE-" + run + "」はありません。"));
        manager().queryParam("location", "NOWHERE").get(INVENTORY + "/levels").then().statusCode(404);
        manager().queryParam("sku", "NOPE-" + run).get(INVENTORY + "/movements").then().statusCode(404);
        manager().queryParam("cause", "THEFT").get(INVENTORY + "/movements").then().statusCode(422);
        manager().queryParam("size", "1000").get(INVENTORY + "/levels").then().statusCode(422);
        manager().body("[{\"sku\":\"" + sku("E") + "\",\"sellable\":1,\"location\":\"NOWHERE\"}]").put(STOCK).then()
                .statusCode(200).body("rejected", equalTo(1)).body("records[0].errors[0].field", equalTo("location"));
        manager().body("[{\"sku\":\"" + sku("E") + "\",\"sellable\":-3}]").put(STOCK).then()
                .statusCode(200).body("rejected", equalTo(1));
    }

    @Test
    void analystsReadOperatorsCountManagersAddLocationsAndOtherShopsSeeNothing() {
        products("F");
        String code = "WH" + run.substring(0, 4);
        as("sakura-operator", "operator").body("{\"code\":\"" + code + "\",\"name\":\"第二倉庫\"}")
                .post(INVENTORY + "/locations").then().statusCode(403);
        manager().body("{\"code\":\"" + code + "\",\"name\":\"第二倉庫\"}").post(INVENTORY + "/locations").then()
                .statusCode(200).body("isDefault", equalTo(false));
        manager().body("{\"code\":\"" + code + "\",\"name\":\"again\"}").post(INVENTORY + "/locations").then()
                .statusCode(409);
        manager().body("{\"code\":\"bad code!\",\"name\":\"x\"}").post(INVENTORY + "/locations").then().statusCode(400);
        sync("[{\"sku\":\"" + sku("F") + "\",\"sellable\":2},{\"sku\":\"" + sku("F") + "\",\"sellable\":7,\"location\":\""
                + code + "\"}]");

        as("sakura-analyst", "analyst").get(INVENTORY + "/locations").then().statusCode(200)
                .body("[0].code", equalTo("MAIN")).body("[0].isDefault", equalTo(true)).body("code", hasItem(code));
        as("sakura-analyst", "analyst").queryParam("q", sku("F")).get(INVENTORY + "/levels").then().statusCode(200)
                .body("total", equalTo(2)).body("items.find { it.location == '" + code + "' }.sellable", equalTo(7))
                .body("items.find { it.location == 'MAIN' }.available", equalTo(2));
        as("sakura-analyst", "analyst").queryParam("q", "在庫テスト").queryParam("location", code)
                .get(INVENTORY + "/levels").then().statusCode(200).body("items.sku", hasItem(sku("F")));
        as("sakura-analyst", "analyst").body("{\"location\":\"MAIN\",\"counts\":[{\"sku\":\"" + sku("F")
                + "\",\"sellable\":1}]}").post(INVENTORY + "/stocktakes").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .get(INVENTORY + "/levels").then().statusCode(403);

        // Every level change is a StockChanged event for storefronts, carrying the level after it.
        assertThat(Sql.number("select count(*) from outbox_event where event_type = 'StockChanged' and aggregate_ref = ?",
                sku("F"))).isEqualTo(2);
        assertThat(Sql.number("select (payload::jsonb ->> 'available')::int from outbox_event where event_type = "
                + "'StockChanged' and aggregate_ref = ? and payload::jsonb ->> 'location' = ?", sku("F"), code)).isEqualTo(7);
        assertThat(List.of(code)).isNotEmpty();
    }
}
