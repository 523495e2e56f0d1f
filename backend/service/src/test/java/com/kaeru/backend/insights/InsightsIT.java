package com.kaeru.backend.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.TestTokens;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
class InsightsIT {
    private static final String SHOP = "sakura-apparel";
    private static final String INSIGHTS = "/v1/shops/" + SHOP + "/insights";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
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
        String email = number.toLowerCase(Locale.ROOT) + "@example.jp";
        String sku = "INS-" + run + "-" + size;
        Shops.order(SHOP, number, email, "検証 太郎", 3, 0,
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

        JsonPath rates = analyst().queryParam("dimension", "VARIANT").queryParam("from", from).queryParam("to", to)
                .queryParam("limit", 500).get(INSIGHTS + "/return-rates").then().statusCode(200).extract().jsonPath();
        Map<String, Object> s = row(rates, "INS-" + run + "-S");
        Map<String, Object> m = row(rates, "INS-" + run + "-M");
        Map<String, Object> l = row(rates, "INS-" + run + "-L");
        assertThat(s).containsEntry("unitsSold", 4).containsEntry("unitsReturned", 3).containsEntry("returnRate", 75.0f);
        assertThat(m).containsEntry("unitsSold", 4).containsEntry("unitsReturned", 1).containsEntry("returnRate", 25.0f);
        assertThat(l).containsEntry("unitsSold", 2).containsEntry("unitsReturned", 0).containsEntry("returnRate", 0.0f);

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
}
