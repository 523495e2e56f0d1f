package com.kaeru.backend.replenishment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
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
 * Reorder points through the API on real PostgreSQL: DOMAIN.md's example (10/day × 5 days + 20 = 70)
 * alerts at 70 available units and not at 71, with the numbers that explain it, in JSON and CSV
 * (UTF-8, Shift_JIS); units owed to a backordered exchange raise the point; managers set, analysts
 * read, other shops see and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReorderPointsIT {
    private static final String SHOP = "sakura-apparel";
    private static final String ALERTS = "/v1/shops/" + SHOP + "/inventory/reorder-alerts";
    private static final String SETTINGS = "/v1/shops/" + SHOP + "/inventory/reorder-settings";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    // A leading digit sorts these SKUs before the demo catalog's when listing by SKU.
    private final String run = "0RP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.baseURI = base.toString().replaceAll("/$", "");
    }

    private static RequestSpecification as(String shop, String user, String role) {
        return given().auth().oauth2(TestTokens.token(user, "/shops/" + shop + "/" + role)).contentType("application/json");
    }

    private static RequestSpecification manager() {
        return as(SHOP, "sakura-manager", "manager");
    }

    private List<Map<String, Object>> alertsOf(String sku) {
        List<Map<String, Object>> items = manager().get(ALERTS + "?sort=sku&direction=asc&size=200").then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(i -> sku.equals(i.get("sku"))).toList();
    }

    @Test
    void anAlertFiresAtSeventyAvailableUnitsAndNotAtSeventyOne() {
        String sku = run + "-M";
        Shops.products(SHOP, """
                [{"externalId":"%1$s","nameJa":"発注点①テストシャツ","nameEn":"Reorder test shirt",
                  "variants":[{"sku":"%2$s","size":"M","priceMinor":3000}]}]""".formatted(run, sku));
        // 280 units ordered five days ago: 10 a day over the default 28-day window.
        Shops.order(SHOP, "RP-" + run, "rp-" + run.toLowerCase() + "@example.jp", 3, 0,
                "[{\"lineNo\":1,\"sku\":\"" + sku + "\",\"quantity\":280,\"unitPriceMinor\":3000}]");
        Shops.stock(SHOP, sku, 71);
        // The product's own lead time and safety stock; saving recomputes the shop's points.
        manager().body("{\"leadTimeDays\":5,\"safetyStock\":20}").put(SETTINGS + "/products/" + run).then().statusCode(200)
                .body("overrides.find { it.key == '" + run + "' }.scope", equalTo("PRODUCT"))
                .body("overrides.find { it.key == '" + run + "' }.leadTimeDays", equalTo(5))
                .body("overrides.find { it.key == '" + run + "' }.safetyStock", equalTo(20))
                .body("salesWindowDays", equalTo(28));

        assertThat(alertsOf(sku)).as("71 available is above the point 70").isEmpty();

        Shops.stock(SHOP, sku, 70);
        List<Map<String, Object>> alerts = alertsOf(sku);
        assertThat(alerts).hasSize(1);
        Map<String, Object> alert = alerts.get(0);
        assertThat(alert).containsEntry("unitsSold", 280).containsEntry("windowDays", 28)
                .containsEntry("leadTimeDays", 5).containsEntry("safetyStock", 20).containsEntry("backordered", 0)
                .containsEntry("reorderPoint", 70).containsEntry("available", 70).containsEntry("shortfall", 0)
                .containsEntry("incoming", 0).containsEntry("productNameJa", "発注点①テストシャツ");
        assertThat(((Number) alert.get("avgDailySales")).doubleValue()).isEqualTo(10.0);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        assertThat(alert.get("windowFrom")).isEqualTo(today.minusDays(28).toString());

        // The same alert as CSV in UTF-8 and in Shift_JIS (Windows-31J holds ①), product name in the caller's language.
        String utf8 = new String(manager().header("Accept-Language", "ja").get(ALERTS + "/export?sort=sku&direction=asc")
                .then().statusCode(200).header("Content-Type", containsString("charset=UTF-8"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(utf8).startsWith("sku,product_name,size,color,available,reorder_point,shortfall,incoming,avg_daily_sales")
                .contains(sku + ",発注点①テストシャツ,M,,70,70,0,0,10.000,280," + today.minusDays(28) + ",28,5,20,0\r\n");
        String sjis = new String(manager().header("Accept-Language", "ja").get(ALERTS + "/export?charset=Shift_JIS")
                .then().statusCode(200).header("Content-Type", containsString("charset=Shift_JIS"))
                .extract().asByteArray(), Charset.forName("windows-31j"));
        assertThat(sjis).contains(sku + ",発注点①テストシャツ,M,,70,70,0,0,10.000,280,");

        // Removing the override falls back to the shop's defaults (7 days, no safety stock): ceil(10 × 7) = 70 still.
        manager().delete(SETTINGS + "/products/" + run).then().statusCode(200)
                .body("overrides.key", not(hasItem(run)));
        assertThat(alertsOf(sku)).singleElement().satisfies(a -> assertThat(a).containsEntry("reorderPoint", 70)
                .containsEntry("leadTimeDays", 7).containsEntry("safetyStock", 0));
        // A variant override beats the product's: safety stock 25 on top of the default lead time.
        manager().body("{\"safetyStock\":25}").put(SETTINGS + "/variants/" + sku).then().statusCode(200)
                .body("overrides.find { it.key == '" + sku + "' }.scope", equalTo("VARIANT"));
        assertThat(alertsOf(sku)).singleElement().satisfies(a -> assertThat(a).containsEntry("reorderPoint", 95));
    }

    @Test
    void unitsOwedToABackorderedExchangeRaiseThePoint() {
        String ordered = run + "-S";
        String wanted = run + "-L";
        Shops.products(SHOP, """
                [{"externalId":"%1$s-B","nameJa":"交換待ちテスト","nameEn":"Backorder test",
                  "variants":[{"sku":"%2$s","size":"S","priceMinor":3000},
                              {"sku":"%3$s","size":"L","priceMinor":3000,"restockDate":"%4$s"}]}]"""
                .formatted(run, ordered, wanted, LocalDate.now().plusDays(10)));
        Shops.stock(SHOP, ordered, 5);
        Shops.stock(SHOP, wanted, 0);
        String email = "bo-" + run.toLowerCase() + "@example.jp";
        Shops.order(SHOP, "BO-" + run, email, 3, 0,
                "[{\"lineNo\":1,\"sku\":\"" + ordered + "\",\"quantity\":1,\"unitPriceMinor\":3000}]");
        String token = Shops.customerToken(SHOP, "BO-" + run, email);
        String portal = "/v1/portal/shops/" + SHOP;
        Number line = given().header("X-Kaeru-Order-Token", token).get(portal + "/order").then().statusCode(200)
                .extract().path("lines[0].orderLineId");
        var submitted = given().header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body("{\"returnMethod\":\"PREPAID_LABEL\",\"lines\":[{\"orderLineId\":" + line + ",\"quantity\":1,"
                        + "\"reasonCode\":\"SIZE_TOO_SMALL\",\"resolution\":\"EXCHANGE\",\"exchangeSku\":\"" + wanted + "\"}]}")
                .post(portal + "/returns").then().statusCode(200);
        String rma = submitted.extract().path("rmaNumber");
        String status = submitted.extract().path("status");
        if ("NEEDS_REVIEW".equals(status) || "REQUESTED".equals(status)) {
            manager().body("{\"message\":\"ok\"}").post("/v1/shops/" + SHOP + "/returns/" + rma + "/approve").then().statusCode(200);
        }
        manager().get("/v1/shops/" + SHOP + "/returns/" + rma).then().statusCode(200)
                .body("lines[0].backorder", equalTo(true));

        manager().post(ALERTS + "/recomputation").then().statusCode(200);
        // No sales of L and no safety stock: the point is the one unit owed, and 0 available is below it.
        assertThat(alertsOf(wanted)).singleElement().satisfies(a -> assertThat(a).containsEntry("backordered", 1)
                .containsEntry("unitsSold", 0).containsEntry("reorderPoint", 1).containsEntry("available", 0));
        // Cancelling the return releases the demand.
        manager().body("{\"message\":\"テスト\"}").post("/v1/shops/" + SHOP + "/returns/" + rma + "/cancel");
        String after = manager().get("/v1/shops/" + SHOP + "/returns/" + rma).then().extract().path("status");
        if ("CANCELLED".equals(after)) {
            manager().post(ALERTS + "/recomputation").then().statusCode(200);
            assertThat(alertsOf(wanted)).isEmpty();
        }
    }

    @Test
    void managersSetAnalystsReadAndOtherShopsNeitherReadNorChange() {
        // Analysts (and operators) read settings and alerts; only managers change them or recompute.
        as(SHOP, "sakura-analyst", "analyst").get(SETTINGS).then().statusCode(200);
        as(SHOP, "sakura-analyst", "analyst").get(ALERTS).then().statusCode(200);
        as(SHOP, "sakura-analyst", "analyst").get(ALERTS + "/export").then().statusCode(200);
        as(SHOP, "sakura-analyst", "analyst").body("{\"leadTimeDays\":5,\"safetyStock\":20,\"salesWindowDays\":28}")
                .put(SETTINGS).then().statusCode(403);
        as(SHOP, "sakura-operator", "operator").body("{\"safetyStock\":1}").put(SETTINGS + "/variants/X").then()
                .statusCode(403);
        as(SHOP, "sakura-analyst", "analyst").post(ALERTS + "/recomputation").then().statusCode(403);

        // kumo-zakka's manager sets kumo-zakka's defaults: sakura-apparel's stay as they are.
        String kumo = "/v1/shops/kumo-zakka/inventory/reorder-settings";
        var kumoManager = as("kumo-zakka", "kumo-manager", "manager");
        kumoManager.body("{\"leadTimeDays\":5,\"safetyStock\":20,\"salesWindowDays\":14}").put(kumo).then().statusCode(200)
                .body("leadTimeDays", equalTo(5)).body("safetyStock", equalTo(20)).body("salesWindowDays", equalTo(14))
                .body("defaults", equalTo(false));
        as(SHOP, "sakura-analyst", "analyst").get(SETTINGS).then().statusCode(200)
                .body("salesWindowDays", equalTo(28));

        // Another shop's manager: 403 on every door, reading or writing, whether the SKU exists or not.
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager")).get(ALERTS)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager")).get(ALERTS + "/export")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager")).get(SETTINGS)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager")).contentType("application/json")
                .body("{\"leadTimeDays\":1,\"safetyStock\":0,\"salesWindowDays\":28}").put(SETTINGS).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager")).get(kumo)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager"))
                .post(ALERTS + "/recomputation").then().statusCode(403);

        // Refusals as problem details.
        manager().header("Accept-Language", "en").body("{\"leadTimeDays\":5,\"safetyStock\":-1,\"salesWindowDays\":0}")
                .put(SETTINGS).then().statusCode(400);
        manager().header("Accept-Language", "en").body("{\"leadTimeDays\":1.5,\"safetyStock\":1,\"salesWindowDays\":28}")
                .put(SETTINGS).then().statusCode(400);
        manager().header("Accept-Language", "ja").body("{}").put(SETTINGS + "/variants/NO-SUCH-SKU").then().statusCode(404);
        manager().header("Accept-Language", "en").get(ALERTS + "?sort=price").then().statusCode(422)
                .body("detail", equalTo("Unknown sort \"price\": use shortfall, sku, avgDailySales, available, reorderPoint or incoming."));
        manager().header("Accept-Language", "ja").get(ALERTS + "/export?charset=EBCDIC").then().statusCode(422);
    }

    @Test
    void anOverrideWithNeitherValueIsRefusedInTheCallersLanguage() {
        String sku = run + "-X";
        Shops.products(SHOP, """
                [{"externalId":"%1$s-X","nameJa":"個別設定テスト","nameEn":"Override test",
                  "variants":[{"sku":"%2$s","priceMinor":1000}]}]""".formatted(run, sku));
        manager().header("Accept-Language", "en").body("{}").put(SETTINGS + "/variants/" + sku).then().statusCode(422)
                .body("detail", equalTo("Give a lead time, a safety stock or both; to inherit both, remove the override."));
        manager().header("Accept-Language", "ja").body("{}").put(SETTINGS + "/products/" + run + "-X").then().statusCode(422)
                .body("detail", equalTo("リードタイムと安全在庫の少なくとも一方を指定してください。両方をショップの設定に戻すには、個別設定を削除してください。"));
    }

    /**
     * Two managers save a product's reorder values at the same moment (the first save of the
     * product races on the insert): both succeed, one whole value set wins — never one's lead time
     * with the other's safety stock — and the stored point was computed from the winner.
     */
    @Test
    void twoManagersSavingReorderValuesAtOnceLeaveOneWholeSettingAndItsPoint() throws Exception {
        String sku = run + "-C";
        Shops.products(SHOP, """
                [{"externalId":"%1$s-C","nameJa":"同時保存テスト","nameEn":"Concurrent save test",
                  "variants":[{"sku":"%2$s","size":"M","priceMinor":3000}]}]""".formatted(run, sku));
        Shops.order(SHOP, "RPC-" + run, "rpc-" + run.toLowerCase() + "@example.jp", 3, 0,
                "[{\"lineNo\":1,\"sku\":\"" + sku + "\",\"quantity\":280,\"unitPriceMinor\":3000}]");
        String path = SETTINGS + "/products/" + run + "-C";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                int lead = 3 + round;
                List<java.util.concurrent.Callable<Integer>> race = List.of(
                        () -> manager().body("{\"leadTimeDays\":" + lead + ",\"safetyStock\":10}").put(path).then()
                                .extract().statusCode(),
                        () -> as(SHOP, "it-manager", "manager").body("{\"leadTimeDays\":" + (lead + 10)
                                + ",\"safetyStock\":40}").put(path).then().extract().statusCode());
                for (var f : pool.invokeAll(race)) {
                    assertThat(f.get()).as("round %d", round).isEqualTo(200);
                }
                String stored = com.kaeru.backend.it.Sql.text("select o.lead_time_days || '/' || o.safety_stock "
                        + "from replenishment_override o join product p on p.id = o.product_id where p.external_id = ? "
                        + "and o.shop_id = p.shop_id", run + "-C");
                assertThat(stored).as("round %d", round).isIn(lead + "/10", (lead + 10) + "/40");
                assertThat(com.kaeru.backend.it.Sql.number("select count(*) from replenishment_override o join product p "
                        + "on p.id = o.product_id where p.external_id = ?", run + "-C")).isEqualTo(1);
                // The point stored last was computed from the values that won (10/day × lead + safety).
                assertThat(com.kaeru.backend.it.Sql.text("select r.lead_time_days || '/' || r.safety_stock || '/' "
                        + "|| r.reorder_point from reorder_point r join variant v on v.id = r.variant_id where v.sku = ?", sku))
                        .isEqualTo(stored + "/" + (10 * Integer.parseInt(stored.split("/")[0])
                                + Integer.parseInt(stored.split("/")[1])));
            }
        } finally {
            pool.shutdown();
        }
    }
}
