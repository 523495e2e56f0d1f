package com.kaeru.backend.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestDatabase;
import com.kaeru.backend.it.TestTokens;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Insights (issue 11): hand-checked figures of a small product made up per run (so that only this
 * run's data counts), who may read what, the agency roll-up's isolation and the problems of bad
 * input.
 *
 * <p>The fixture: a shirt in S, M and L; S sold 4 and 3 came back "too small", M sold 4 and 1 came
 * back "changed mind", L sold 2 and none came back. So S: 75.0 % returned, 100 % too small against
 * 0 % of its siblings → RUNS_SMALL; M: 25.0 %, only one returned unit → no signal; L: 0.0 %.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsightsIT {
    private static final String SHOP = "sakura-apparel";
    private static final String INSIGHTS = "/v1/shops/" + SHOP + "/insights";

    /** The built WAR and a probe that runs the report scheduler's pass for a chosen clock ({@link ReportSchedulerProbe}). */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar().addClasses(ReportSchedulerProbe.class);
    }

    @ArquillianResource
    URL base;

    private String run;
    private String from;
    private String to;

    @BeforeEach
    void setUp() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        from = today.minusDays(10).toString();
        to = today.toString();
    }

    private static RequestSpecification as(String user, String group) {
        return given().auth().oauth2(TestTokens.token(user, group));
    }

    private static RequestSpecification analyst() {
        return as("sakura-analyst", "/shops/" + SHOP + "/analyst");
    }

    private void shirt() {
        Shops.products(SHOP, """
                [{"externalId":"INS-%1$s","nameJa":"検証シャツ","nameEn":"Test shirt","category":"shirts",
                  "variants":[{"sku":"INS-%1$s-S","size":"S","priceMinor":5000},
                              {"sku":"INS-%1$s-M","size":"M","priceMinor":5000},
                              {"sku":"INS-%1$s-L","size":"L","priceMinor":5000}]}]
                """.formatted(run));
    }

    /** One order of one unit; with a reason, the customer also requests a refund of it. */
    private void sale(String size, int n, String reason) {
        String number = "INS-" + run + "-" + size + n;
        sale(number, number.toLowerCase(Locale.ROOT) + "@example.jp", "検証 太郎", size, reason);
    }

    /** The same for a given customer. */
    private void sale(String number, String email, String name, String size, String reason) {
        String sku = "INS-" + run + "-" + size;
        Shops.order(SHOP, number, email, name, 3, 0,
                "[{\"lineNo\":1,\"sku\":\"" + sku + "\",\"quantity\":1,\"unitPriceMinor\":5000}]");
        if (reason == null) {
            return;
        }
        String token = Shops.customerToken(SHOP, number, email);
        String portal = "/v1/portal/shops/" + SHOP;
        Number line = given().header("X-Kaeru-Order-Token", token).get(portal + "/order").then().statusCode(200)
                .extract().path("lines[0].orderLineId");
        given().header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body("{\"returnMethod\":\"PREPAID_LABEL\",\"lines\":[{\"orderLineId\":" + line
                        + ",\"quantity\":1,\"reasonCode\":\"" + reason + "\",\"resolution\":\"REFUND\","
                        + "\"refundMethod\":\"STORE_CREDIT\"}]}")
                .post(portal + "/returns").then().statusCode(200);
    }

    @Test
    void handCheckedFiguresOfASmallRunningVariant() {
        shirt();
        for (int i = 0; i < 4; i++) {
            sale("S", i, i < 3 ? "SIZE_TOO_SMALL" : null);
            sale("M", i, i == 0 ? "CHANGED_MIND" : null);
        }
        sale("L", 0, null);
        sale("L", 1, null);

        // Orders and returns reach the reporting projection on the next refresh after their commit (a few seconds).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonPath rates = analyst().queryParam("dimension", "VARIANT").queryParam("from", from).queryParam("to", to)
                    .queryParam("limit", 500).get(INSIGHTS + "/return-rates").then().statusCode(200).extract().jsonPath();
            Map<String, Object> s = row(rates, "INS-" + run + "-S");
            Map<String, Object> m = row(rates, "INS-" + run + "-M");
            Map<String, Object> l = row(rates, "INS-" + run + "-L");
            assertThat(s).containsEntry("unitsSold", 4).containsEntry("unitsReturned", 3).containsEntry("returnRate", 75.0f);
            assertThat(m).containsEntry("unitsSold", 4).containsEntry("unitsReturned", 1).containsEntry("returnRate", 25.0f);
            assertThat(l).containsEntry("unitsSold", 2).containsEntry("unitsReturned", 0).containsEntry("returnRate", 0.0f);
        });

        JsonPath overview = analyst().queryParam("from", from).queryParam("to", to).get(INSIGHTS).then().statusCode(200)
                .body("period.from", equalTo(from)).body("period.to", equalTo(to))
                .body("period.compare", equalTo("PREVIOUS")).body("period.granularity", equalTo("DAY"))
                .body("period.currency", equalTo("JPY")).body("series", hasSize(11))
                .body("kpis.metric", contains(com.kaeru.api.insights.InsightsApi.METRICS.toArray()))
                .extract().jsonPath();
        Map<String, Object> signal = overview.getMap("fitSignals.find { it.sku == 'INS-" + run + "-S' }");
        assertThat(signal).containsEntry("fitSignal", "RUNS_SMALL").containsEntry("tooSmallShare", 100.0f)
                .containsEntry("siblingsTooSmallShare", 0.0f).containsEntry("topReasonCode", "SIZE_TOO_SMALL")
                .containsEntry("unitsReturned", 3);
        assertThat(overview.getList("fitSignals.sku", String.class)).doesNotContain("INS-" + run + "-M", "INS-" + run + "-L");

        // The rows behind the variant's figure: its three returns.
        analyst().queryParam("figure", "VARIANT").queryParam("key", "INS-" + run + "-S").queryParam("from", from)
                .queryParam("to", to).get(INSIGHTS + "/returns").then().statusCode(200)
                .body("total", equalTo(3)).body("items", hasSize(3))
                .body("items.orderNumber", not(hasItem("INS-" + run + "-M0")));
        analyst().queryParam("figure", "CUSTOMER").queryParam("key", "ins-" + run.toLowerCase(Locale.ROOT) + "-m0@example.jp")
                .queryParam("from", from).queryParam("to", to).get(INSIGHTS + "/returns").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].orderNumber", equalTo("INS-" + run + "-M0"));
        analyst().queryParam("dimension", "SIZE").queryParam("from", from).queryParam("to", to)
                .get(INSIGHTS + "/return-rates").then().statusCode(200).body("rows.key", hasItem("S"));
    }

    /** A customer's return of one shirt in M by prepaid label; returns {RMA, order token}. */
    private String[] customerReturn(String number) {
        String email = number.toLowerCase(Locale.ROOT) + "@example.jp";
        Shops.order(SHOP, number, email, "評価 花子", 3, 0,
                "[{\"lineNo\":1,\"sku\":\"INS-" + run + "-M\",\"quantity\":1,\"unitPriceMinor\":5000}]");
        String token = Shops.customerToken(SHOP, number, email);
        String portal = "/v1/portal/shops/" + SHOP;
        Number line = given().header("X-Kaeru-Order-Token", token).get(portal + "/order").then().statusCode(200)
                .extract().path("lines[0].orderLineId");
        String rma = given().header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body("{\"returnMethod\":\"PREPAID_LABEL\",\"lines\":[{\"orderLineId\":" + line
                        + ",\"quantity\":1,\"reasonCode\":\"CHANGED_MIND\",\"resolution\":\"REFUND\","
                        + "\"refundMethod\":\"STORE_CREDIT\"}]}")
                .post(portal + "/returns").then().statusCode(200).extract().path("rmaNumber");
        return new String[] {rma, token};
    }

    private static Response rate(String token, String shop, String rma, String body) {
        return given().header("X-Kaeru-Order-Token", token).header("Accept-Language", "en").contentType("application/json")
                .body(body).post("/v1/portal/shops/" + shop + "/returns/" + rma + "/rating");
    }

    /**
     * Satisfaction, delivery delay and inventory turnover, hand-checked over ten days two years back (before the demo's
     * year, so only this fixture counts): three returns completed in the period and rated 5, 4 and 2 stars (average
     * 11 / 3 = 3.7, CSAT 2 / 3 = 66.7 %); their replacements shipped 1.0, 1.5 and 4.0 days after receipt (median 1.5,
     * late beyond 2 days 1 / 3 = 33.3 %); the shirt's stock 100 before the period and 60 from its middle (mean 80) with
     * 3 units sold in 10 days (0.3 a day): 80 / 0.3 = 266.7 days. The rating itself: once per return under two
     * concurrent submits, bad stars a 422 problem, a return not completed a 409, another order's or shop's return a 404.
     */
    @Test
    void ratingsDeliveryDelayAndInventoryTurnoverHandChecked() throws Exception {
        shirt();
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        LocalDate periodFrom = LocalDate.parse(to).minusDays(740);
        LocalDate periodTo = periodFrom.plusDays(9);
        java.time.Instant a = periodFrom.atStartOfDay(tokyo).toInstant();
        java.time.Duration day = java.time.Duration.ofDays(1);
        long shop = Sql.number("select id from shop where slug = ?", SHOP);
        long variant = Sql.number("select id from variant where shop_id = ? and sku = ?", shop, "INS-" + run + "-M");
        List<String[]> returns = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            returns.add(customerReturn("KPI-" + run + "-" + i));
        }
        String[] open = returns.get(3);

        // Not completed yet: nothing to rate (409); bad stars are refused before anything else (422).
        rate(open[1], SHOP, open[0], "{\"stars\":4}").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("completed"));
        rate(open[1], SHOP, open[0], "{\"stars\":6}").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("1 to 5"));
        rate(open[1], SHOP, open[0], "{\"comment\":\"no stars\"}").then().statusCode(422);
        // Another order's return (same shop) and another shop: 404 either way, nothing told.
        rate(open[1], SHOP, returns.get(0)[0], "{\"stars\":4}").then().statusCode(404);
        rate(open[1], "kumo-zakka", open[0], "{\"stars\":4}").then().statusCode(404);

        // Completed: two submits at once store one rating, and both answer it.
        Sql.execute("update return_request set status = 'COMPLETED', received_at = now(), completed_at = now()"
                + " where shop_id = ? and rma_number = ?", shop, open[0]);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        List<CompletableFuture<Response>> both = java.util.stream.Stream.of(5, 1).map(stars -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return rate(open[1], SHOP, open[0], "{\"stars\":" + stars + "}");
        })).toList();
        List<Integer> answered = new java.util.ArrayList<>();
        for (CompletableFuture<Response> answer : both) {
            Response response = answer.get(60, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            answered.add(response.jsonPath().getInt("rating.stars"));
            assertThat(response.jsonPath().getList("allowedActions")).doesNotContain("RATE");
        }
        assertThat(answered.get(0)).isEqualTo(answered.get(1));
        long openId = Sql.number("select id from return_request where shop_id = ? and rma_number = ?", shop, open[0]);
        assertThat(Sql.number("select count(*) from return_rating where return_id = ?", openId)).isEqualTo(1);
        assertThat(Sql.number("select stars from return_rating where return_id = ?", openId)).isEqualTo(answered.get(0).longValue());
        assertThat(Sql.number("select count(*) from outbox_event where shop_id = ? and aggregate_ref = ?"
                + " and event_type = 'ReturnRated'", shop, open[0])).isEqualTo(1);
        // A later submit answers the stored rating, not the new stars.
        rate(open[1], SHOP, open[0], "{\"stars\":3}").then().statusCode(200).body("rating.stars", equalTo(answered.get(0)));

        // The shirt in M: 100 before the period, 60 from its middle (the ledger's trigger keeps the level; it runs as
        // the schema owner under forced row-level security, so the shop is bound for the statement).
        String movement = "with t as (select set_config('app.tenant_id', cast(? as text), true)) insert into stock_movement"
                + " (shop_id, location_id, variant_id, cause, actor, sellable_delta, occurred_at) select ?,"
                + " (select id from stock_location where shop_id = ? and is_default), ?, ?, 'it', ?, ? from t";
        Sql.execute(movement, String.valueOf(shop), shop, shop, variant, "OPENING_BALANCE", 100,
                java.sql.Timestamp.from(a.minus(day)));
        Sql.execute(movement, String.valueOf(shop), shop, shop, variant, "STOCKTAKE_ADJUSTMENT", -40,
                java.sql.Timestamp.from(a.plus(day.multipliedBy(5))));
        // The three returns of the period: ordered 2 days in, received on day 1 (+ i hours), completed and rated.
        int[] stars = {5, 4, 2};
        double[] shippedAfterDays = {1.0, 1.5, 4.0};
        for (int i = 0; i < 3; i++) {
            String rma = returns.get(i)[0];
            java.time.Instant received = a.plus(day).plusSeconds(3600L * i);
            Sql.execute("update customer_order set ordered_at = ? where shop_id = ? and order_number = ?",
                    java.sql.Timestamp.from(a.plus(day.dividedBy(2))), shop, "KPI-" + run + "-" + i);
            Sql.execute("update return_request set status = 'COMPLETED', created_at = ?, received_at = ?, completed_at = ?"
                    + " where shop_id = ? and rma_number = ?", java.sql.Timestamp.from(a.plus(day.dividedBy(2)).plusSeconds(60)),
                    java.sql.Timestamp.from(received), java.sql.Timestamp.from(a.plus(day.multipliedBy(8))), shop, rma);
            java.time.Instant shipped = received.plusSeconds(Math.round(shippedAfterDays[i] * 86400));
            Sql.execute("insert into exchange_fulfilment (shop_id, return_id, return_line_id, rma_number, customer_email,"
                    + " customer_language, variant_id, quantity, state, carrier, tracking_number, shipped_at, delivered_at,"
                    + " updated_at) select r.shop_id, r.id, l.id, r.rma_number, r.customer_email, 'ja', ?, 1, 'DELIVERED',"
                    + " 'ヤマト運輸', ?, ?, ?, now() from return_request r join return_line l on l.return_id = r.id"
                    + " where r.shop_id = ? and r.rma_number = ?", variant, "4901-" + run + "-" + i,
                    java.sql.Timestamp.from(shipped), java.sql.Timestamp.from(shipped.plus(day)), shop, rma);
            String comment = i == 0 ? ",\"comment\":\"  とても早い交換でした  \"" : "";
            rate(returns.get(i)[1], SHOP, rma, "{\"stars\":" + stars[i] + comment + "}").then().statusCode(200)
                    .body("rating.stars", equalTo(stars[i]));
            Sql.execute("update return_rating set rated_at = ? where return_id = (select id from return_request"
                    + " where shop_id = ? and rma_number = ?)", java.sql.Timestamp.from(a.plus(day.multipliedBy(8))), shop, rma);
        }
        // The staff's view of the return carries the rating and its comment as written (trimmed).
        as("it-operator", "/shops/" + SHOP + "/operator").get("/v1/shops/" + SHOP + "/returns/" + returns.get(0)[0])
                .then().statusCode(200).body("rating.stars", equalTo(5)).body("rating.comment", equalTo("とても早い交換でした"));
        // The fixture was written past the use cases: rebuild the projection from the rows as they are.
        as("it-manager", "/shops/" + SHOP + "/manager").post(INSIGHTS + "/rebuild").then().statusCode(200);

        JsonPath overview = analyst().queryParam("from", periodFrom.toString()).queryParam("to", periodTo.toString())
                .get(INSIGHTS).then().statusCode(200).extract()
                .jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        java.util.function.Function<String, Object> value = m -> overview.get("kpis.find { it.metric == '" + m + "' }.value");
        java.util.function.Function<String, Object> previous = m -> overview.get("kpis.find { it.metric == '" + m + "' }.previous");
        assertThat(value.apply("UNITS_SOLD")).isEqualTo(3.0);
        assertThat(value.apply("RATINGS")).isEqualTo(3.0);
        assertThat(previous.apply("RATINGS")).isEqualTo(0.0);
        assertThat(value.apply("SATISFACTION_AVERAGE")).isEqualTo(3.7);
        assertThat(previous.apply("SATISFACTION_AVERAGE")).isNull();
        assertThat(value.apply("SATISFACTION_CSAT")).isEqualTo(66.7);
        assertThat(value.apply("EXCHANGE_SHIP_DAYS")).isEqualTo(1.5);
        assertThat(value.apply("EXCHANGE_SHIPPED_LATE")).isEqualTo(33.3);
        assertThat(value.apply("INVENTORY_TURNOVER_DAYS")).isEqualTo(266.7);
        assertThat(previous.apply("INVENTORY_TURNOVER_DAYS")).as("nothing sold before").isNull();
        assertThat(overview.getString("kpis.find { it.metric == 'SATISFACTION_AVERAGE' }.unit")).isEqualTo("STARS");

        // The report shows them too: PDF tiles and CSV rows.
        String pdf = pdfText(analyst().queryParam("from", periodFrom.toString()).queryParam("to", periodTo.toString())
                .queryParam("lang", "ja").get(INSIGHTS + "/report.pdf").then().statusCode(200).extract().asByteArray());
        assertThat(pdf).contains("3.7 / 5", "在庫回転日数", "266.7 日", "1.5 日");
        byte[] csv = analyst().queryParam("from", periodFrom.toString()).queryParam("to", periodTo.toString())
                .queryParam("lang", "en").get(INSIGHTS + "/report.csv").then().statusCode(200).extract().asByteArray();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "")))
                .getRecords();
        assertThat(Double.parseDouble(rows.stream().filter(r -> "KPI".equals(r.get("section"))
                && "SATISFACTION_CSAT".equals(r.get("code"))).findFirst().orElseThrow().get("value"))).isEqualTo(66.7);
    }

    /** The acceptance: over the demo's twelve months the linen shirt in S (white) runs small. */
    @Test
    void theDemoLinenShirtInSizeSRunsSmall() {
        String yearAgo = LocalDate.parse(to).minusDays(364).toString();
        JsonPath overview = as("it-manager", "/shops/" + SHOP + "/manager").queryParam("from", yearAgo).queryParam("to", to)
                .queryParam("compare", "none").get(INSIGHTS).then().statusCode(200)
                .body("period.granularity", equalTo("MONTH")).extract().jsonPath();
        Map<String, Object> linen = overview.getMap("fitSignals.find { it.sku == 'LINEN-SHIRT-S-WHITE' }");
        assertThat(linen).as("fit signals: %s", overview.getList("fitSignals.sku")).isNotNull()
                .containsEntry("fitSignal", "RUNS_SMALL").containsEntry("size", "S");
        assertThat(overview.getList("kpis.previous")).containsOnlyNulls();
    }

    /** Per day, what the reporting projection holds and what the orders and returns say (the request-time SQL). */
    private static final String[][] PROJECTION_VS_SOURCE = {
        {"select coalesce(string_agg(day || ':' || orders || ':' || units_sold || ':' || sales_minor, ',' order by day), '')"
                + " from insights_day where shop_id = ? and orders > 0",
            "select coalesce(string_agg(d || ':' || n || ':' || u || ':' || v, ',' order by d), '') from (select"
                + " cast(o.ordered_at at time zone 'Asia/Tokyo' as date) d, count(*) n, sum(l.units) u, sum(l.value - o.order_discount_minor) v"
                + " from customer_order o cross join lateral (select sum(ol.quantity) units, sum(ol.quantity * ol.unit_price_minor"
                + " - ol.line_discount_minor) value from order_line ol where ol.order_id = o.id having count(*) > 0) l"
                + " where o.shop_id = ? group by 1) x"},
        {"select coalesce(string_agg(day || ':' || returns || ':' || units_returned, ',' order by day), '')"
                + " from insights_day where shop_id = ? and returns > 0",
            "select coalesce(string_agg(d || ':' || n || ':' || u, ',' order by d), '') from (select cast(r.created_at at time zone"
                + " 'Asia/Tokyo' as date) d, count(distinct r.id) n, sum(rl.quantity) u from return_request r join return_line rl"
                + " on rl.return_id = r.id where r.shop_id = ? and r.status not in ('CANCELLED', 'REJECTED') group by 1) x"},
        {"select coalesce(string_agg(day || ':' || variant_id || ':' || reason_code || ':' || units_returned, ','"
                + " order by day, variant_id, reason_code), '') from insights_variant_reason_day where shop_id = ?",
            "select coalesce(string_agg(d || ':' || v || ':' || c || ':' || u, ',' order by d, v, c), '') from (select"
                + " cast(o.ordered_at at time zone 'Asia/Tokyo' as date) d, ol.variant_id v, rl.reason_code c, sum(rl.quantity) u"
                + " from return_line rl join return_request r on r.id = rl.return_id join order_line ol on ol.id = rl.order_line_id"
                + " join customer_order o on o.id = r.order_id where r.shop_id = ? and r.status not in ('CANCELLED', 'REJECTED')"
                + " group by 1, 2, 3) x"},
        {"select coalesce(string_agg(day || ':' || reason_code || ':' || units_returned, ',' order by day, reason_code), '')"
                + " from insights_reason_day where shop_id = ?",
            "select coalesce(string_agg(d || ':' || c || ':' || u, ',' order by d, c), '') from (select cast(r.created_at"
                + " at time zone 'Asia/Tokyo' as date) d, rl.reason_code c, sum(rl.quantity) u from return_line rl join return_request r"
                + " on r.id = rl.return_id where r.shop_id = ? and r.status not in ('CANCELLED', 'REJECTED') group by 1, 2) x"},
        // V243: per creation day, customer (any case) and order: requests with lines, units, first request, ordered after it.
        {"select coalesce(string_agg(day || ':' || email || ':' || order_id || ':' || returns || ':' || units || ':'"
                + " || first_request_at || ':' || ordered_after, ',' order by day, email, order_id), '')"
                + " from insights_customer_day where shop_id = ?",
            "select coalesce(string_agg(d || ':' || e || ':' || oid || ':' || n || ':' || u || ':' || f || ':' || (exists (select 1"
                + " from customer_order o where o.shop_id = x.s and lower(o.customer_email) = x.e and o.ordered_at > x.f)), ','"
                + " order by d, e, oid), '') from (select r.shop_id s, cast(r.created_at at time zone 'Asia/Tokyo' as date) d,"
                + " lower(r.customer_email) e, r.order_id oid, count(distinct r.id) filter (where rl.id is not null) n,"
                + " coalesce(sum(rl.quantity), 0) u, min(r.created_at) f from return_request r left join return_line rl"
                + " on rl.return_id = r.id where r.shop_id = ? and r.status not in ('CANCELLED', 'REJECTED') group by 1, 2, 3, 4) x"}};

    /** Every return event of the shop reached the projection, and no marked day waits for its refresh. */
    private static void awaitProjectionSettled() {
        long shop = com.kaeru.backend.it.Sql.number("select id from shop where slug = ?", SHOP);
        await().atMost(java.time.Duration.ofSeconds(60)).until(() -> com.kaeru.backend.it.Sql.number(
                "select count(*) from outbox_delivery where shop_id = ? and consumer = 'insights-projection' "
                        + "and delivered_at is null", shop) == 0
                && com.kaeru.backend.it.Sql.number("select count(*) from insights_dirty_day where shop_id = ?", shop) == 0);
    }

    private static void assertProjectionMatchesSource(long shop) {
        for (String[] pair : PROJECTION_VS_SOURCE) {
            assertThat(com.kaeru.backend.it.Sql.text(pair[0], shop)).as(pair[0]).isEqualTo(com.kaeru.backend.it.Sql.text(pair[1], shop));
        }
    }

    /**
     * The projection kept by the order upsert and the return events holds what the source rows say, day by day; two
     * rebuilds at once write the same rows again (the dashboard does not move); a rebuild touches no other shop.
     */
    @Test
    void theProjectionMatchesTheSourceRowsAndRebuildsIdempotently() throws Exception {
        long shop = com.kaeru.backend.it.Sql.number("select id from shop where slug = ?", SHOP);
        long kumo = com.kaeru.backend.it.Sql.number("select id from shop where slug = 'kumo-zakka'");
        shirt();
        sale("S", 7, "SIZE_TOO_SMALL");
        sale("M", 7, null);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> assertProjectionMatchesSource(shop));
        assertProjectionMatchesSource(kumo);
        String kumoRows = com.kaeru.backend.it.Sql.text(PROJECTION_VS_SOURCE[0][0], kumo);
        String yearAgo = LocalDate.parse(to).minusDays(364).toString();
        RequestSpecification manager = as("it-manager", "/shops/" + SHOP + "/manager");
        String before = manager.queryParam("from", yearAgo).queryParam("to", to).get(INSIGHTS).then().statusCode(200)
                .extract().asString();

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<JsonPath>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as("it-manager", "/shops/" + SHOP + "/manager").post(INSIGHTS + "/rebuild").then().statusCode(200)
                            .extract().jsonPath();
                }));
            }
            start.countDown();
            JsonPath first = answers.get(0).get(120, java.util.concurrent.TimeUnit.SECONDS);
            JsonPath second = answers.get(1).get(120, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(first.getLong("rows")).isPositive().isEqualTo(second.getLong("rows"));
        } finally {
            pool.shutdownNow();
        }
        assertProjectionMatchesSource(shop);
        String after = as("it-manager", "/shops/" + SHOP + "/manager").queryParam("from", yearAgo).queryParam("to", to)
                .get(INSIGHTS).then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(after).getList("kpis")).isEqualTo(JsonPath.from(before).getList("kpis"));
        assertThat(JsonPath.from(after).getList("series")).isEqualTo(JsonPath.from(before).getList("series"));
        assertThat(JsonPath.from(after).getList("reasons")).isEqualTo(JsonPath.from(before).getList("reasons"));
        assertThat(JsonPath.from(after).getList("topVariants")).isEqualTo(JsonPath.from(before).getList("topVariants"));
        // Another shop's rebuild is refused; this one's left kumo-zakka's rows alone.
        as("it-manager", "/shops/" + SHOP + "/manager").post("/v1/shops/kumo-zakka/insights/rebuild").then().statusCode(403);
        assertThat(com.kaeru.backend.it.Sql.text(PROJECTION_VS_SOURCE[0][0], kumo)).isEqualTo(kumoRows);
    }

    /**
     * The customer figures (V243's customer rows): one customer (e-mail in any case) with three returns on three orders
     * is a frequent returner with those counts; an order placed after the returns makes them "bought again" — through
     * the projection's consumer after the order's commit (the upsert no longer refreshes the projection itself). Both
     * figures equal the documented formula computed from the requests and orders.
     */
    @Test
    void customerFiguresFollowTheReturnsAndALaterOrder() {
        long shop = Sql.number("select id from shop where slug = ?", SHOP);
        shirt();
        String email = "ins-" + run.toLowerCase(Locale.ROOT) + "-kaede@example.jp";
        sale("INS-" + run + "-K1", email, "検証 楓", "S", "SIZE_TOO_SMALL");
        sale("INS-" + run + "-K2", email, "検証 楓", "M", "CHANGED_MIND");
        sale("INS-" + run + "-K3", email.toUpperCase(Locale.ROOT), "検証 楓", "L", "SIZE_TOO_LARGE");
        Supplier<JsonPath> customers = () -> analyst().queryParam("from", from).queryParam("to", to)
                .queryParam("compare", "none").get(INSIGHTS).then().statusCode(200).extract().jsonPath()
                .setRootPath("customers");
        String returner = "frequentReturners.find { it.customerEmail == '" + email + "' }";
        await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(customers.get().getMap(returner)).isNotNull().containsEntry("returns", 3)
                        .containsEntry("unitsReturned", 3).containsEntry("orders", 3).containsEntry("customerName", "検証 楓"));
        JsonPath before = customers.get();
        assertThat(List.of(before.getLong("customersWithReturns"), before.getLong("boughtAgain")))
                .isEqualTo(customersBySource(shop));

        // The same customer orders again now, after the three returns.
        String now = java.time.Instant.now().toString();
        as("it-manager", "/shops/" + SHOP + "/manager").contentType("application/json").body("""
                        [{"externalId":"INS-%1$s-K4","orderNumber":"INS-%1$s-K4","channel":"OWN_SITE","customerName":"検証 楓",
                          "customerEmail":"%2$s","customerPhone":"090-1111-2222","postalCode":"100-0005","prefecture":"東京都",
                          "city":"千代田区","addressLine1":"丸の内1-9-1","orderedAt":"%3$s","orderDiscountMinor":0,
                          "lines":[{"lineNo":1,"sku":"INS-%1$s-M","quantity":1,"unitPriceMinor":5000}]}]
                        """.formatted(run, email, now))
                .put("/v1/shops/" + SHOP + "/integration/orders").then().statusCode(200).body("rejected", equalTo(0));
        await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> assertThat(customers.get().getLong("boughtAgain"))
                .isEqualTo(before.getLong("boughtAgain") + 1));
        JsonPath after = customers.get();
        assertThat(List.of(after.getLong("customersWithReturns"), after.getLong("boughtAgain"))).isEqualTo(customersBySource(shop));
        assertThat(after.getLong("customersWithReturns")).isEqualTo(before.getLong("customersWithReturns"));
        // The order's day follows on the next refresh of marked days (a few seconds).
        await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> assertProjectionMatchesSource(shop));
    }

    /** Customers with a live request in the period and those who ordered after their first one: docs/insights.md's formula. */
    private List<Long> customersBySource(long shop) {
        String firsts = "(select lower(r.customer_email) e, min(r.created_at) f from return_request r where r.shop_id = ?"
                + " and r.status not in ('CANCELLED', 'REJECTED') and r.created_at >= cast(? as date) at time zone 'Asia/Tokyo'"
                + " and r.created_at < (cast(? as date) + 1) at time zone 'Asia/Tokyo' group by 1) x";
        return List.of(Sql.number("select count(*) from " + firsts, shop, from, to),
                Sql.number("select count(*) from " + firsts + " where exists (select 1 from customer_order o where o.shop_id = ?"
                        + " and lower(o.customer_email) = x.e and o.ordered_at > x.f)", shop, from, to, shop));
    }

    private static Map<String, Object> row(JsonPath table, String key) {
        Map<String, Object> row = table.getMap("rows.find { it.key == '" + key + "' }");
        assertThat(row).as(key).isNotNull();
        return row;
    }

    @Test
    void analystsManagersAndAgencyAdminsReadInsightsOperatorsOnlyTheWork() {
        analyst().get(INSIGHTS).then().statusCode(200);
        as("it-manager", "/shops/" + SHOP + "/manager").get(INSIGHTS).then().statusCode(200);
        as("agency", "/agencies/demo-agency/admins").get(INSIGHTS).then().statusCode(200);
        as("it-operator", "/shops/" + SHOP + "/operator").get(INSIGHTS).then().statusCode(403)
                .contentType("application/problem+json");
        as("it-operator", "/shops/" + SHOP + "/operator").get(INSIGHTS + "/return-rates").then().statusCode(403);
        as("it-operator", "/shops/" + SHOP + "/operator").get(INSIGHTS + "/work").then().statusCode(200)
                .body("tiles.code", contains("NEEDS_REVIEW", "REFUNDS_OVERDUE", "RECEIVED_TODAY", "WAITING_FOR_PARCEL",
                        "CUSTOMER_ANSWERED", "REFUNDS_FAILED"))
                .body("tiles[5].queue.refund", equalTo("FAILED"))
                .body("tiles[0].queue.status", equalTo("NEEDS_REVIEW"))
                .body("tiles[1].queue.overdue", equalTo(true));
        // Someone of another shop, and nobody at all.
        as("kumo-manager", "/shops/kumo-zakka/manager").get(INSIGHTS).then().statusCode(403);
        as("kumo-manager", "/shops/kumo-zakka/manager").get(INSIGHTS + "/work").then().statusCode(403);
        given().get(INSIGHTS).then().statusCode(401);
        // Rebuilding is for managers.
        analyst().post(INSIGHTS + "/rebuild").then().statusCode(403);
        as("it-manager", "/shops/" + SHOP + "/manager").post(INSIGHTS + "/rebuild").then().statusCode(200)
                .body("shop", equalTo(SHOP));
    }

    @Test
    void theWorkTileCountsWhatItsQueueFilterLists() {
        JsonPath work = analyst().get(INSIGHTS + "/work").then().statusCode(200).extract().jsonPath();
        for (int i = 0; i < work.getList("tiles").size(); i++) {
            Map<String, Object> queue = work.getMap("tiles[" + i + "].queue");
            long count = work.getLong("tiles[" + i + "].count");
            RequestSpecification search = analyst();
            queue.forEach((name, value) -> {
                if (value != null) {
                    search.queryParam(name, value);
                }
            });
            int total = search.get("/v1/shops/" + SHOP + "/returns").then().statusCode(200).extract().path("total");
            assertThat((long) total).as(work.getString("tiles[" + i + "].code")).isEqualTo(count);
        }
    }

    /** The report PDF and CSV lay out the dashboard's own figures (issue 11, "its text matches the dashboard"). */
    @Test
    void theReportPdfAndCsvShowTheDashboardsFigures() throws IOException {
        awaitProjectionSettled(); // the dashboard and the files below must read the same figures
        String yearAgo = LocalDate.parse(to).minusDays(364).toString();
        JsonPath dashboard = analyst().queryParam("from", yearAgo).queryParam("to", to).get(INSIGHTS).then().statusCode(200)
                .extract().jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        double sales = dashboard.getDouble("kpis.find { it.metric == 'SALES' }.value");
        double returns = dashboard.getDouble("kpis.find { it.metric == 'RETURNS' }.value");
        double rate = dashboard.getDouble("kpis.find { it.metric == 'RETURN_RATE' }.value");
        NumberFormat integer = NumberFormat.getIntegerInstance(Locale.ENGLISH);

        byte[] pdf = analyst().queryParam("from", yearAgo).queryParam("to", to).queryParam("lang", "ja")
                .get(INSIGHTS + "/report.pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(SHOP + "-insights-" + yearAgo + "-" + to + ".pdf"))
                .extract().asByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("返品レポート", "売上", "JPY " + integer.format(Math.round(sales)), "返品数",
                integer.format(Math.round(returns)), "返品率", String.format(Locale.ENGLISH, "%.1f %%", rate),
                "返品の多いバリエーション", "24時間以内返金");
        if (dashboard.getList("topVariants.fitSignal").contains("RUNS_SMALL")) {
            assertThat(text).contains("小さめ");
        }

        byte[] csv = analyst().queryParam("from", yearAgo).queryParam("to", to).queryParam("charset", "shift_jis")
                .queryParam("lang", "ja").get(INSIGHTS + "/report.csv").then().statusCode(200)
                .contentType(containsString("Shift_JIS")).extract().asByteArray();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, Charset.forName("windows-31j")))).getRecords();
        CSVRecord salesRow = rows.stream().filter(r -> "KPI".equals(r.get("section")) && "SALES".equals(r.get("code")))
                .findFirst().orElseThrow();
        assertThat(salesRow.get("label")).isEqualTo("売上");
        assertThat(Double.parseDouble(salesRow.get("value"))).isEqualTo(sales);
        byte[] utf8 = analyst().queryParam("lang", "en").get(INSIGHTS + "/report.csv").then().statusCode(200)
                .extract().asByteArray();
        assertThat(Arrays.copyOf(utf8, 3)).containsExactly(0xEF, 0xBB, 0xBF);

        // roles and tenancy: operators and another shop's analyst are refused; bad input is a problem
        as("it-operator", "/shops/" + SHOP + "/operator").get(INSIGHTS + "/report.pdf").then().statusCode(403);
        as("it-operator", "/shops/" + SHOP + "/operator").get(INSIGHTS + "/report.csv").then().statusCode(403);
        analyst().get("/v1/shops/kumo-zakka/insights/report.pdf").then().statusCode(403);
        analyst().header("Accept-Language", "en").queryParam("lang", "fr").get(INSIGHTS + "/report.pdf").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("ja or en"));
        analyst().queryParam("charset", "latin1").get(INSIGHTS + "/report.csv").then().statusCode(422);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void theAgencyRollUpShowsItsOwnShopsOnly() {
        JsonPath rollUp = as("agency", "/agencies/demo-agency/admins").queryParam("compare", "last-year")
                .get("/v1/agencies/demo-agency/insights").then().statusCode(200)
                .body("period.compare", equalTo("LAST_YEAR")).extract().jsonPath();
        List<String> slugs = rollUp.getList("shops.slug", String.class);
        assertThat(slugs).contains("sakura-apparel", "kumo-zakka").doesNotContain("umi-outdoor");
        assertThat(rollUp.getList("shops[0].kpis.metric", String.class))
                .containsExactlyElementsOf(com.kaeru.api.insights.InsightsApi.METRICS);
        as("agency", "/agencies/demo-agency/admins").get("/v1/agencies/other-agency/insights").then().statusCode(403)
                .contentType("application/problem+json");
        analyst().get("/v1/agencies/demo-agency/insights").then().statusCode(403);
    }

    /** The agency roll-up report: its own shops' figures as a PDF, never a shop of another agency. */
    @Test
    void theAgencyRollUpReportShowsItsOwnShopsOnly() throws IOException {
        RequestSpecification admin = as("agency", "/agencies/demo-agency/admins");
        JsonPath rollUp = as("agency", "/agencies/demo-agency/admins").queryParam("from", from).queryParam("to", to)
                .get("/v1/agencies/demo-agency/insights").then().statusCode(200).extract().jsonPath();
        byte[] pdf = admin.queryParam("from", from).queryParam("to", to).queryParam("lang", "ja")
                .get("/v1/agencies/demo-agency/insights/report.pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("demo-agency-rollup-" + from + "-" + to + ".pdf"))
                .extract().asByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("代理店レポート", "さくらアパレル", "くも雑貨店", "返品率")
                .doesNotContain("Umi Outdoor", "umi-outdoor");
        String sakuraReturns = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(Math.round(rollUp.getDouble(
                "shops.find { it.slug == 'sakura-apparel' }.kpis.find { it.metric == 'RETURNS' }.value")));
        assertThat(text).contains(sakuraReturns);
        assertThat(pdfText(as("agency", "/agencies/demo-agency/admins").queryParam("lang", "en")
                .get("/v1/agencies/demo-agency/insights/report.pdf").then().statusCode(200).extract().asByteArray()))
                .contains("Agency roll-up", "Return rate");
        as("agency", "/agencies/demo-agency/admins").get("/v1/agencies/other-agency/insights/report.pdf").then()
                .statusCode(403).contentType("application/problem+json");
        analyst().get("/v1/agencies/demo-agency/insights/report.pdf").then().statusCode(403);
        as("agency", "/agencies/demo-agency/admins").queryParam("lang", "fr")
                .get("/v1/agencies/demo-agency/insights/report.pdf").then().statusCode(422);
    }

    /**
     * The insights and the agency's queue read the read-only data source (docs/kubernetes.md, "The database
     * past one machine"), today's work tiles the primary. Caught in the act: the superuser holds a lock on the
     * table they read, and PostgreSQL shows which pool's session waits for it (the read pool's sessions are
     * named {@code kaeru-read}, the primary's {@code kaeru}); once the lock goes, the answers are whole and
     * the agency's still shows only its own shops. The read pool's sessions refuse writes, and its tenancy
     * is checked in-container by TenantIsolationIT.
     */
    @Test
    void insightsAndTheAgencyQueueReadTheReadDataSourceTheWorkTilesThePrimary() throws Exception {
        RequestSpecification agency = as("agency", "/agencies/demo-agency/admins");
        assertThat(waitingFor("customer_order", () -> analyst().queryParam("from", from).queryParam("to", to)
                .get(INSIGHTS)).statusCode()).isEqualTo(200);
        Response rollUp = waitingFor("customer_order", () -> as("agency", "/agencies/demo-agency/admins")
                .get("/v1/agencies/demo-agency/insights"));
        assertThat(rollUp.statusCode()).isEqualTo(200);
        assertThat(rollUp.jsonPath().getList("shops.slug", String.class)).contains(SHOP, "kumo-zakka")
                .doesNotContain("umi-outdoor");
        Response queue = waitingFor("return_request", () -> agency.get("/v1/agencies/demo-agency/returns?size=5"));
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.jsonPath().getList("items.shopSlug", String.class)).isNotEmpty().doesNotContain("umi-outdoor");
        assertThat(waitingFor("return_request", () -> analyst().get(INSIGHTS + "/work"), "kaeru").statusCode())
                .isEqualTo(200);
    }

    private static Response waitingFor(String table, Supplier<Response> request) throws Exception {
        return waitingFor(table, request, "kaeru-read");
    }

    /**
     * Sends the request while the superuser holds an exclusive lock on {@code table}, waits until a session of
     * the pool named {@code pool} waits for that lock, then lets it go and returns the answer.
     */
    private static Response waitingFor(String table, Supplier<Response> request, String pool) throws Exception {
        try (Connection lock = DriverManager.getConnection(TestDatabase.jdbcUrl("kaeru"), "postgres", "")) {
            lock.setAutoCommit(false);
            CompletableFuture<Response> answer;
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table " + table + " in access exclusive mode");
                answer = CompletableFuture.supplyAsync(request);
                await().atMost(java.time.Duration.ofSeconds(30)).until(() -> waiting(pool, table) > 0);
            } finally {
                lock.rollback();
            }
            return answer.get(60, TimeUnit.SECONDS);
        }
    }

    /** Sessions of the pool named {@code pool} waiting for a lock in a query that reads {@code table}. */
    private static long waiting(String pool, String table) throws SQLException {
        // pg_locks, not the query text: pg_stat_activity keeps only the first 1,024 bytes of a statement
        return Sql.number("select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid"
                + " where a.datname = 'kaeru' and a.application_name = ? and not l.granted"
                + " and l.relation = cast(? as regclass)", pool, table);
    }

    @Test
    void badInputIsAClearProblemInJapaneseAndEnglish() {
        LocalDate today = LocalDate.parse(to);
        problem(Map.of("from", to, "to", from), "backwards");
        problem(Map.of("from", today.minusDays(400).toString(), "to", to), "400");
        problem(Map.of("from", from, "to", today.plusDays(1).toString()), "after today");
        problem(Map.of("from", from), "both");
        problem(Map.of("from", "2026-13-01", "to", to), "2026-13-01");
        problem(Map.of("compare", "yesterday"), "yesterday");
        analyst().header("Accept-Language", "ja").queryParam("from", to).queryParam("to", from).get(INSIGHTS).then()
                .statusCode(422).body("detail", containsString("期間が逆転"));
        analyst().header("Accept-Language", "en").queryParam("dimension", "WEATHER").get(INSIGHTS + "/return-rates")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("WEATHER"));
        analyst().header("Accept-Language", "en").queryParam("figure", "MOOD").get(INSIGHTS + "/returns")
                .then().statusCode(422).body("detail", containsString("MOOD"));
        analyst().queryParam("figure", "GRADE").queryParam("key", "Z").get(INSIGHTS + "/returns").then().statusCode(422);
        analyst().queryParam("figure", "VARIANT").get(INSIGHTS + "/returns").then().statusCode(422);
        // Within the limit, 400 days exactly, is fine.
        analyst().queryParam("from", today.minusDays(399).toString()).queryParam("to", to).get(INSIGHTS).then()
                .statusCode(200).body("period.granularity", equalTo("MONTH"));
    }

    private void problem(Map<String, String> query, String detailPart) {
        analyst().header("Accept-Language", "en").queryParams(query).get(INSIGHTS).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString(detailPart));
    }

    // --- The report archive (issue 11, "Reports") ---------------------------------------------------

    private static final String REPORTS = INSIGHTS + "/reports";

    private static RequestSpecification manager() {
        return as("it-manager", "/shops/" + SHOP + "/manager");
    }

    /**
     * 00:30 on 1 March 2030 in Tokyo (still 28 February in UTC): the scheduler's pass, run by two
     * "instances" at once and then again, makes sakura's February report once per language its
     * recipients read and mails each recipient once, the PDF attached.
     */
    @Test
    @Order(1)
    void theSchedulerMakesLastMonthsReportOnceAndMailsItWithThePdf() throws Exception {
        String ja = "report-ja-" + run.toLowerCase(Locale.ROOT) + "@example.jp";
        String en = "report-en-" + run.toLowerCase(Locale.ROOT) + "@example.jp";
        manager().contentType("application/json").body(Map.of("recipients", List.of(Map.of("email", ja.toUpperCase(Locale.ROOT)),
                        Map.of("email", en, "language", "en"))))
                .put(REPORTS + "/recipients").then().statusCode(200)
                .body("recipients.email", contains(en, ja)).body("defaultLanguage", equalTo("ja"));

        String at = java.time.OffsetDateTime.parse("2030-03-01T00:30+09:00").toInstant().toString();
        given().queryParam("at", at).queryParam("instances", 2).post("/it/report-scheduler").then().statusCode(200);
        given().queryParam("at", "2030-03-02T09:00:00Z").queryParam("instances", 1).post("/it/report-scheduler").then()
                .statusCode(200);

        String february = "from insights_report r join shop s on s.id = r.shop_id where s.slug = 'sakura-apparel' "
                + "and r.kind = 'MONTHLY' and r.period_start = '2030-02-01'";
        assertThat(com.kaeru.backend.it.Sql.number("select count(*) " + february)).as("one per language").isEqualTo(2);
        assertThat(com.kaeru.backend.it.Sql.number("select count(*) " + february + " and r.status = 'READY' "
                + "and r.period_end = '2030-02-28'")).isEqualTo(2);
        assertThat(com.kaeru.backend.it.Sql.number("select count(*) from insights_report r join shop s on s.id = r.shop_id "
                + "where s.slug = 'sakura-apparel' and r.kind = 'MONTHLY' and r.period_start = '2030-01-01'"))
                .as("Tokyo's 1 March is not UTC's 28 February").isZero();
        assertThat(com.kaeru.backend.it.Sql.number("select count(*) from insights_report_send d where d.report_id in "
                + "(select r.id " + february + ")")).as("one send per recipient").isEqualTo(2);
        assertThat(com.kaeru.backend.it.Sql.number("select count(*) from outbox_event where event_type = 'INSIGHTS_REPORT' "
                + "and aggregate_ref in (select 'insights-report:' || r.id " + february + ")")).isEqualTo(2);

        jakarta.mail.internet.MimeMessage japanese = com.kaeru.backend.it.Mails.withSubject(ja, "2030-02-01");
        assertThat(japanese.getSubject()).contains("月次返品レポート", "2030-02-28");
        assertThat(com.kaeru.backend.it.Mails.text(japanese)).contains("PDF で添付");
        assertThat(pdfText(attachedPdf(japanese))).contains("返品レポート", "2030-02-01");
        jakarta.mail.internet.MimeMessage english = com.kaeru.backend.it.Mails.withSubject(en, "2030-02-01");
        assertThat(english.getSubject()).contains("monthly returns report");
        assertThat(pdfText(attachedPdf(english))).contains("Returns report");
        assertThat(com.kaeru.backend.it.Mails.to(ja, 1).stream().filter(m -> subject(m).contains("2030-02-01")))
                .as("sent once").hasSize(1);
    }

    private static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] attachedPdf(jakarta.mail.internet.MimeMessage mail) throws Exception {
        return attachedPdf(mail, SHOP + "-monthly-2030-02-01-2030-02-28-");
    }

    private static byte[] attachedPdf(jakarta.mail.internet.MimeMessage mail, String namePrefix) throws Exception {
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            jakarta.mail.BodyPart part = parts.getBodyPart(i);
            if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getFileName()).startsWith(namePrefix).endsWith(".pdf");
                assertThat(part.getContentType()).startsWith("application/pdf");
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment in " + mail.getSubject());
    }

    /** Two clicks (or two instances) asking for the same week at once: one report, made once, the same answer. */
    @Test
    void generateNowTwiceAtOnceArchivesOneReport() throws Exception {
        String day = LocalDate.parse(to).minusDays(14).toString();
        String body = "{\"kind\":\"WEEKLY\",\"date\":\"" + day + "\",\"language\":\"en\"}";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<JsonPath>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return analyst().contentType("application/json").body(body).post(REPORTS).then().statusCode(200)
                            .extract().jsonPath();
                }));
            }
            start.countDown();
            JsonPath first = answers.get(0).get(120, java.util.concurrent.TimeUnit.SECONDS);
            JsonPath second = answers.get(1).get(120, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(first.getLong("id")).isEqualTo(second.getLong("id"));
        } finally {
            pool.shutdownNow();
        }
        long id = analyst().contentType("application/json").body(body).post(REPORTS).then().statusCode(200)
                .body("kind", equalTo("WEEKLY")).body("language", equalTo("en")).extract().jsonPath().getLong("id");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> "READY".equals(analyst().get(REPORTS + "/" + id).then().statusCode(200).extract().path("status")));
        JsonPath report = analyst().get(REPORTS + "/" + id).then().extract().jsonPath();
        assertThat(com.kaeru.backend.it.Sql.number("select count(*) from insights_report r join shop s on s.id = r.shop_id "
                + "where s.slug = ? and r.kind = 'WEEKLY' and r.period_start = cast(? as date) and r.language = 'en'",
                SHOP, report.getString("from"))).isEqualTo(1);
        assertThat(com.kaeru.backend.it.Sql.number("select attempts from insights_report where id = ?", id))
                .as("rendered once").isEqualTo(1);
        assertThat(analyst().get(REPORTS).then().statusCode(200).extract().jsonPath().getList("id", Long.class))
                .containsOnlyOnce(id);

        byte[] pdf = analyst().get(REPORTS + "/" + id + "/report.pdf").then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(SHOP + "-weekly-" + report.getString("from") + "-"
                        + report.getString("to") + "-en.pdf")).extract().asByteArray();
        assertThat(pdfText(pdf)).contains("Returns report");
        analyst().queryParam("charset", "Shift_JIS").get(REPORTS + "/" + id + "/report.csv").then().statusCode(200)
                .contentType(containsString("Shift_JIS"));
        byte[] utf8 = analyst().get(REPORTS + "/" + id + "/report.csv").then().statusCode(200).extract().asByteArray();
        assertThat(Arrays.copyOf(utf8, 3)).containsExactly(0xEF, 0xBB, 0xBF);

        // tenancy: another shop's staff neither list nor download it, through their shop or this one
        RequestSpecification kumo = as("kumo-manager", "/shops/kumo-zakka/manager");
        assertThat(kumo.get("/v1/shops/kumo-zakka/insights/reports").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).doesNotContain(id);
        as("kumo-manager", "/shops/kumo-zakka/manager").get("/v1/shops/kumo-zakka/insights/reports/" + id + "/report.pdf")
                .then().statusCode(404).contentType("application/problem+json");
        as("kumo-manager", "/shops/kumo-zakka/manager").get(REPORTS + "/" + id + "/report.pdf").then().statusCode(403);
        as("kumo-manager", "/shops/kumo-zakka/manager").get(REPORTS).then().statusCode(403);
        // operators are refused, whatever they ask
        RequestSpecification operator = as("it-operator", "/shops/" + SHOP + "/operator");
        operator.get(REPORTS).then().statusCode(403).contentType("application/problem+json");
        as("it-operator", "/shops/" + SHOP + "/operator").contentType("application/json").body(body).post(REPORTS).then()
                .statusCode(403);
        as("it-operator", "/shops/" + SHOP + "/operator").get(REPORTS + "/" + id + "/report.csv").then().statusCode(403);
        // a period that is not over, and a kind nobody knows
        analyst().header("Accept-Language", "en").contentType("application/json")
                .body("{\"kind\":\"MONTHLY\",\"date\":\"" + to + "\"}").post(REPORTS).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("not over"));
        analyst().contentType("application/json").body("{\"kind\":\"DAILY\"}").post(REPORTS).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("kind")));
    }

    @Test
    void managersChooseTheRecipientsAndABadAddressIsAProblem() {
        manager().header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("recipients", List.of(Map.of("email", "not-an-address"), Map.of("email", "ok@example.jp",
                        "language", "fr"))))
                .put(REPORTS + "/recipients").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("email"))).body("errors.field", hasItem(containsString("language")));
        manager().header("Accept-Language", "ja").contentType("application/json")
                .body(Map.of("recipients", List.of(Map.of("email", "@example.jp"))))
                .put(REPORTS + "/recipients").then().statusCode(400).contentType("application/problem+json");
        // analysts read the list but may not change it
        analyst().get(REPORTS + "/recipients").then().statusCode(200).body("shop", equalTo(SHOP));
        analyst().contentType("application/json").body(Map.of("recipients", List.of()))
                .put(REPORTS + "/recipients").then().statusCode(403).contentType("application/problem+json");
        as("it-operator", "/shops/" + SHOP + "/operator").get(REPORTS + "/recipients").then().statusCode(403);
        // the same address twice is one recipient
        String address = "twice-" + run.toLowerCase(Locale.ROOT) + "@example.jp";
        manager().contentType("application/json").body(Map.of("recipients", List.of(Map.of("email", address),
                        Map.of("email", address.toUpperCase(Locale.ROOT), "language", "en"))))
                .put(REPORTS + "/recipients").then().statusCode(200).body("recipients", hasSize(1))
                .body("recipients[0].language", equalTo("en"));
    }

    private static final String AGENCY_REPORTS = "/v1/agencies/demo-agency/insights/reports";

    private static RequestSpecification agencyAdmin() {
        return as("agency", "/agencies/demo-agency/admins");
    }

    /**
     * The agency's roll-up archive on schedule: 00:30 on 1 April 2030 in Tokyo (the demo agency's shops all keep
     * Tokyo time), two "instances" at once and then again make demo-agency's March roll-up once per language its
     * recipients read, and mail each recipient once with the PDF, which shows the agency's shops and no other.
     */
    @Test
    @Order(2)
    void theSchedulerMakesTheAgencysRollUpOnceAndMailsEachRecipientThePdf() throws Exception {
        String ja = "agency-ja-" + run.toLowerCase(Locale.ROOT) + "@example.jp";
        String en = "agency-en-" + run.toLowerCase(Locale.ROOT) + "@example.jp";
        agencyAdmin().contentType("application/json").body(Map.of("recipients", List.of(
                        Map.of("email", ja.toUpperCase(Locale.ROOT)), Map.of("email", en, "language", "en"))))
                .put(AGENCY_REPORTS + "/recipients").then().statusCode(200)
                .body("agency", equalTo("demo-agency")).body("defaultLanguage", equalTo("ja"))
                .body("recipients.email", contains(en, ja));

        String at = java.time.OffsetDateTime.parse("2030-04-01T00:30+09:00").toInstant().toString();
        given().queryParam("at", at).queryParam("instances", 2).post("/it/report-scheduler").then().statusCode(200);
        given().queryParam("at", "2030-04-02T09:00:00Z").queryParam("instances", 1).post("/it/report-scheduler").then()
                .statusCode(200);

        String march = "from agency_report r join agency a on a.id = r.agency_id where a.slug = 'demo-agency' "
                + "and r.kind = 'MONTHLY' and r.period_start = '2030-03-01'";
        assertThat(Sql.number("select count(*) " + march)).as("one per language").isEqualTo(2);
        assertThat(Sql.number("select count(*) " + march + " and r.status = 'READY' and r.period_end = '2030-03-31' "
                + "and r.attempts = 1")).as("each rendered once").isEqualTo(2);
        assertThat(Sql.number("select count(*) from agency_report_send d where d.email in (?, ?) and d.report_id in "
                + "(select r.id " + march + ")", ja, en)).as("one send per recipient").isEqualTo(2);
        assertThat(Sql.number("select count(*) from outbox_event where event_type = 'AGENCY_INSIGHTS_REPORT' "
                + "and payload::jsonb ->> 'email' in (?, ?) and aggregate_ref in (select 'agency-report:' || r.id " + march
                + ")", ja, en)).isEqualTo(2);

        jakarta.mail.internet.MimeMessage japanese = com.kaeru.backend.it.Mails.withSubject(ja, "2030-03-01");
        assertThat(japanese.getSubject()).contains("デモ運営代行株式会社", "月次ロールアップレポート", "2030-03-31");
        assertThat(com.kaeru.backend.it.Mails.text(japanese)).contains("PDF で添付");
        String text = pdfText(attachedPdf(japanese, "demo-agency-monthly-2030-03-01-2030-03-31-ja"));
        assertThat(text).contains("2030-03-01", "さくらアパレル", "くも雑貨店").doesNotContain("Umi Outdoor");
        jakarta.mail.internet.MimeMessage english = com.kaeru.backend.it.Mails.withSubject(en, "2030-03-01");
        assertThat(english.getSubject()).contains("monthly roll-up report");
        assertThat(pdfText(attachedPdf(english, "demo-agency-monthly-2030-03-01-2030-03-31-en"))).contains("Agency roll-up");
        assertThat(com.kaeru.backend.it.Mails.to(ja, 1).stream().filter(m -> subject(m).contains("2030-03-01")))
                .as("sent once").hasSize(1);

        // archived and downloadable; an admin re-sends it
        long id = Sql.number("select r.id " + march + " and r.language = 'ja'");
        assertThat(agencyAdmin().get(AGENCY_REPORTS).then().statusCode(200).extract().jsonPath().getList("id", Long.class))
                .contains(id);
        byte[] csv = agencyAdmin().get(AGENCY_REPORTS + "/" + id + "/report.csv").then().statusCode(200)
                .header("Content-Disposition", containsString("demo-agency-monthly-2030-03-01-2030-03-31-ja.csv"))
                .extract().asByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, 3, csv.length - 3, java.nio.charset.StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(r -> r.get("shop")).contains("sakura-apparel", "kumo-zakka").doesNotContain("umi-outdoor");
        byte[] sjis = agencyAdmin().queryParam("charset", "Shift_JIS").get(AGENCY_REPORTS + "/" + id + "/report.csv").then()
                .statusCode(200).contentType(containsString("Shift_JIS")).extract().asByteArray();
        assertThat(new String(sjis, Charset.forName("Windows-31J"))).contains("さくらアパレル");
        agencyAdmin().get(AGENCY_REPORTS + "/" + id + "/report.pdf").then().statusCode(200).contentType("application/pdf");
        agencyAdmin().post(AGENCY_REPORTS + "/" + id + "/send").then().statusCode(200).body("round", equalTo(1))
                .body("queuedTo", contains(ja));
        assertThat(com.kaeru.backend.it.Mails.to(ja, 2).stream().filter(m -> subject(m).contains("2030-03-01")))
                .as("re-sent").hasSize(2);
    }

    /**
     * Another agency's admin finds none of demo-agency's reports, by its own archive or demo-agency's; shop staff
     * and analysts are refused; "generate now" twice at once archives one report of the agency's shops only.
     */
    @Test
    void anAgencysReportArchiveIsItsAdminsAlone() throws Exception {
        String other = "it-agency-" + run.toLowerCase(Locale.ROOT);
        Sql.execute("insert into agency (slug, name) values (?, ?)", other, "IT agency " + run);
        String day = LocalDate.parse(to).minusDays(14).toString();
        String body = "{\"kind\":\"WEEKLY\",\"date\":\"" + day + "\",\"language\":\"en\"}";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Long>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return agencyAdmin().contentType("application/json").body(body).post(AGENCY_REPORTS).then()
                            .statusCode(200).extract().jsonPath().getLong("id");
                }));
            }
            start.countDown();
            assertThat(answers.get(0).get(120, TimeUnit.SECONDS)).isEqualTo(answers.get(1).get(120, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        long id = answers.get(0).get();
        await().atMost(java.time.Duration.ofSeconds(60)).until(() -> "READY".equals(
                agencyAdmin().get(AGENCY_REPORTS + "/" + id).then().statusCode(200).extract().path("status")));
        assertThat(Sql.number("select count(*) from agency_report where agency_id = (select agency_id from agency_report "
                + "where id = ?) and kind = 'WEEKLY' and language = 'en' and period_start = (select period_start from "
                + "agency_report where id = ?)", id, id)).isEqualTo(1);
        assertThat(Sql.number("select attempts from agency_report where id = ?", id)).as("rendered once").isEqualTo(1);
        byte[] csv = agencyAdmin().get(AGENCY_REPORTS + "/" + id + "/report.csv").then().statusCode(200).extract().asByteArray();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("sakura-apparel")
                .doesNotContain("umi-outdoor");

        String mine = "/v1/agencies/" + other + "/insights/reports";
        RequestSpecification otherAdmin = as("other-admin", "/agencies/" + other + "/admins");
        assertThat(otherAdmin.get(mine).then().statusCode(200).extract().jsonPath().getList("id", Long.class)).isEmpty();
        as("other-admin", "/agencies/" + other + "/admins").header("Accept-Language", "en").get(mine + "/" + id).then()
                .statusCode(404).contentType("application/problem+json").body("detail", containsString("in this agency"));
        as("ghost-admin", "/agencies/no-such-agency/admins").get("/v1/agencies/no-such-agency/insights/reports").then()
                .statusCode(404).contentType("application/problem+json");
        as("other-admin", "/agencies/" + other + "/admins").get(mine + "/" + id + "/report.pdf").then().statusCode(404);
        as("other-admin", "/agencies/" + other + "/admins").post(mine + "/" + id + "/send").then().statusCode(404);
        as("other-admin", "/agencies/" + other + "/admins").get(AGENCY_REPORTS + "/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        as("other-admin", "/agencies/" + other + "/admins").get(AGENCY_REPORTS + "/recipients").then().statusCode(403);
        // shop staff, even a manager of one of the agency's shops, are not the agency's admins
        analyst().get(AGENCY_REPORTS).then().statusCode(403);
        manager().get(AGENCY_REPORTS + "/" + id + "/report.csv").then().statusCode(403);
        manager().contentType("application/json").body(body).post(AGENCY_REPORTS).then().statusCode(403);
        // a period that is not over
        agencyAdmin().header("Accept-Language", "en").contentType("application/json")
                .body("{\"kind\":\"MONTHLY\",\"date\":\"" + to + "\"}").post(AGENCY_REPORTS).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("not over"));
    }

    @Test
    void agencyAdminsChooseTheRollUpsRecipientsAndABadAddressIsAProblem() {
        agencyAdmin().header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("recipients", List.of(Map.of("email", "not-an-address"), Map.of("email", "ok@example.jp",
                        "language", "fr"))))
                .put(AGENCY_REPORTS + "/recipients").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("email"))).body("errors.field", hasItem(containsString("language")));
        List<Map<String, String>> many = new java.util.ArrayList<>();
        for (int i = 0; i <= 50; i++) {
            many.add(Map.of("email", "r" + i + "@example.jp"));
        }
        agencyAdmin().contentType("application/json").body(Map.of("recipients", many))
                .put(AGENCY_REPORTS + "/recipients").then().statusCode(400).contentType("application/problem+json");
        manager().contentType("application/json").body(Map.of("recipients", List.of()))
                .put(AGENCY_REPORTS + "/recipients").then().statusCode(403).contentType("application/problem+json");
        String address = "agency-twice-" + run.toLowerCase(Locale.ROOT) + "@example.jp";
        agencyAdmin().contentType("application/json").body(Map.of("recipients", List.of(Map.of("email", address),
                        Map.of("email", address.toUpperCase(Locale.ROOT), "language", "en"))))
                .put(AGENCY_REPORTS + "/recipients").then().statusCode(200).body("recipients", hasSize(1))
                .body("recipients[0].email", equalTo(address)).body("recipients[0].language", equalTo("en"));
        agencyAdmin().get(AGENCY_REPORTS + "/recipients").then().statusCode(200).body("recipients", hasSize(1));
    }
}
