package com.kaeru.backend.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestTokens;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.RestAssured;
import io.restassured.response.Response;
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
 * The prepaid return label through the API: the customer's order token and staff who may read
 * the return get the PDF; other orders, other shops and returns without a label get problems.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReturnLabelIT {
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
        for (String shop : List.of(SHOP, "kumo-zakka")) {
            Shops.products(shop, """
                    [{"externalId":"LBL-%1$s","nameJa":"リネンシャツ","nameEn":"Linen shirt",
                      "variants":[{"sku":"LBL-%1$s-M","size":"M","color":"white","priceMinor":7900}]}]
                    """.formatted(run));
        }
    }

    /** An order with a Japanese shipping address (the label's sender), delivered three days ago; returns its token. */
    private String order(String shop, String number, String language) {
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS);
        given().auth().oauth2(TestTokens.token("it-manager", "/shops/" + shop + "/manager")).contentType("application/json")
                .body("""
                        [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"佐藤 健",
                          "customerEmail":"ken@example.jp","customerPhone":"090-3333-4444","customerLanguage":"%2$s",
                          "postalCode":"150-0001","prefecture":"東京都","city":"渋谷区神宮前","addressLine1":"4-5-6",
                          "addressLine2":"ケヤキビル202","orderedAt":"%3$s","shippedAt":"%3$s","deliveredAt":"%4$s",
                          "lines":[{"lineNo":1,"sku":"LBL-%5$s-M","quantity":2,"unitPriceMinor":7900}]}]
                        """.formatted(number, language, delivered.minus(2, ChronoUnit.DAYS), delivered, run))
                .put("/v1/shops/" + shop + "/integration/orders").then().statusCode(200)
                .body("rejected", equalTo(0));
        return Shops.customerToken(shop, number, "ken@example.jp");
    }

    /** Submits a one-unit refund request (auto-approved by the default policy); returns the RMA. */
    private String submit(String shop, String token, String method) {
        String portal = "/v1/portal/shops/" + shop;
        Number line = customer(token).get(portal + "/order").then().statusCode(200).extract().path("lines[0].orderLineId");
        return customer(token).body("""
                        {"returnMethod":"%s","pickupDate":"%s","pickupSlot":"MORNING","dropOffPoint":"LAWSON",
                          "lines":[{"orderLineId":%d,"quantity":1,"reasonCode":"CHANGED_MIND",
                          "resolution":"REFUND","refundMethod":"STORE_CREDIT"}]}""".formatted(method,
                        java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1), line.longValue()))
                .post(portal + "/returns").then().statusCode(200)
                .body("status", equalTo("AWAITING_SHIPMENT")).extract().path("rmaNumber");
    }

    private RequestSpecification customer(String token) {
        return given().header("X-Kaeru-Order-Token", token).contentType("application/json");
    }

    private RequestSpecification staff(String user, String shopRole) {
        return given().auth().oauth2(TestTokens.token(user, shopRole));
    }

    private static String pdfText(Response response) throws IOException {
        byte[] pdf = response.asByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    }

    @Test
    void customerDownloadsTheLabelOfTheirReturn() throws IOException {
        String token = order(SHOP, "LBL-" + run, "ja");
        String rma = submit(SHOP, token, "PREPAID_LABEL");

        Response label = customer(token).get(PORTAL + "/returns/" + rma + "/label").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + rma + "-label.pdf\"")
                .header("Cache-Control", containsString("no-store"))
                .extract().response();

        // Recipient: the demo shop's warehouse; sender: the order's address; both in Japanese order.
        assertThat(pdfText(label)).contains(rma, "さくらアパレル", "返品ラベル", "〒272-0127", "千葉県市川市塩浜",
                "さくらアパレル 返品センター 御中", "〒150-0001", "東京都渋谷区神宮前", "4-5-6 ケヤキビル202", "佐藤 健",
                "リネンシャツ（M / white） × 1");

        // The first download per person shows in the staff timeline, once; customers see status changes only.
        customer(token).get(PORTAL + "/returns/" + rma + "/label").then().statusCode(200);
        staff("sakura-operator", "/shops/" + SHOP + "/operator").get(STAFF + "/" + rma + "/label").then().statusCode(200);
        List<String> actors = staff("sakura-operator", "/shops/" + SHOP + "/operator").get(STAFF + "/" + rma).then()
                .statusCode(200).extract().path("timeline.findAll { it.action == 'LABEL_DOWNLOADED' }.actor");
        assertThat(actors).containsExactly("customer", "sakura-operator");
        customer(token).get(PORTAL + "/returns/" + rma).then().statusCode(200)
                .body("timeline.action", not(org.hamcrest.Matchers.hasItem("LABEL_DOWNLOADED")));
    }

    @Test
    void theLabelSpeaksTheCustomersLanguage() throws IOException {
        String token = order(SHOP, "LBL-EN-" + run, "en");
        String rma = submit(SHOP, token, "PREPAID_LABEL");

        // The customer's language, whoever asks and in whatever language they browse.
        String text = pdfText(staff("sakura-analyst", "/shops/" + SHOP + "/analyst").header("Accept-Language", "ja")
                .get(STAFF + "/" + rma + "/label").then().statusCode(200).contentType("application/pdf")
                .extract().response());
        assertThat(text).contains(rma, "Return label", "RMA number", "Linen shirt (M / white) × 1", "千葉県市川市塩浜")
                .doesNotContain("返品ラベル");
    }

    @Test
    void otherOrdersAndOtherShopsGetNothing() {
        String token = order(SHOP, "LBL-A-" + run, "ja");
        String rma = submit(SHOP, token, "PREPAID_LABEL");
        String otherOrder = order(SHOP, "LBL-B-" + run, "ja");
        String label = STAFF + "/" + rma + "/label";

        customer(otherOrder).get(PORTAL + "/returns/" + rma + "/label").then().statusCode(404)
                .contentType("application/problem+json");
        customer(token).get("/v1/portal/shops/kumo-zakka/returns/" + rma + "/label").then().statusCode(404)
                .contentType("application/problem+json");
        given().get(PORTAL + "/returns/" + rma + "/label").then().statusCode(401)
                .contentType("application/problem+json");
        customer(token + "x").get(PORTAL + "/returns/" + rma + "/label").then().statusCode(401);

        staff("kumo-manager", "/shops/kumo-zakka/manager").get(label).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("https://kaeru.app/problems/forbidden"));
        given().get(label).then().statusCode(401).contentType("application/problem+json");
        // Every role in the shop may read returns, so every role may reprint the label.
        for (String role : List.of("operator", "analyst", "manager")) {
            staff("sakura-" + role, "/shops/" + SHOP + "/" + role).get(label).then().statusCode(200)
                    .contentType("application/pdf");
        }
        staff("agency", "/agencies/demo-agency/admins").get(label).then().statusCode(200);
        staff("sakura-operator", "/shops/" + SHOP + "/operator").get(STAFF + "/R-999999/label").then().statusCode(404);
    }

    @Test
    void returnsWithoutALabelAnswerWhyInTheCallersLanguage() {
        String token = order(SHOP, "LBL-C-" + run, "ja");
        String cancelled = submit(SHOP, token, "PREPAID_LABEL");
        customer(token).post(PORTAL + "/returns/" + cancelled + "/cancel").then().statusCode(200);
        String pickup = submit(SHOP, token, "PICKUP");

        customer(token).header("Accept-Language", "ja").header("Accept", "application/pdf")
                .get(PORTAL + "/returns/" + cancelled + "/label").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kaeru.app/problems/conflict"))
                .body("detail", equalTo("返品 " + cancelled + " は現在「CANCELLED」のため、返送ラベルを発行できません"
                        + "（承認後から返品完了・取消までの間に発行できます）。"));
        staff("sakura-operator", "/shops/" + SHOP + "/operator").header("Accept-Language", "en")
                .get(STAFF + "/" + pickup + "/label").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("Return " + pickup + " is collected by the carrier, who brings the shipping "
                        + "slip, so there is no label to print."));
    }

    @Test
    void aShopWithoutReturnAddressIssuesNoLabel() {
        String shop = "kumo-zakka";
        String token = order(shop, "LBL-K-" + run, "ja");
        String rma = submit(shop, token, "PREPAID_LABEL");
        staff("kumo-manager", "/shops/" + shop + "/manager").get("/v1/shops/" + shop).then().statusCode(200)
                .body("returnAddress.prefecture", equalTo("大阪府"))
                .body("returnAddress.postalCode", equalTo("559-0034"));
        Sql.execute("update shop set return_recipient = null, return_postal_code = null, return_prefecture = null, "
                + "return_city = null, return_address_line = null, return_phone = null where slug = ?", shop);
        try {
            customer(token).header("Accept-Language", "en").get("/v1/portal/shops/" + shop + "/returns/" + rma + "/label")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("has not set the address returns go to"));
            staff("kumo-manager", "/shops/" + shop + "/manager").get("/v1/shops/" + shop).then().statusCode(200)
                    .body("returnAddress", equalTo(null));
        } finally {
            // The demo loader's values (DemoDataLoader): other tests use this shop.
            Sql.execute("update shop set return_recipient = 'くも雑貨店 返品受付', return_postal_code = '559-0034', "
                    + "return_prefecture = '大阪府', return_city = '大阪市住之江区南港北', "
                    + "return_address_line = '1-5-9 南港物流センターB棟', return_phone = '06-0000-4567' where slug = ?", shop);
        }
        customer(token).get("/v1/portal/shops/" + shop + "/returns/" + rma + "/label").then().statusCode(200);
    }

    @Test
    void theNextLabelGoesToTheReturnAddressAManagerSet() throws IOException {
        String shop = "kumo-zakka";
        String token = order(shop, "LBL-A-" + run, "ja");
        String rma = submit(shop, token, "PREPAID_LABEL");
        var manager = staff("kumo-manager", "/shops/" + shop + "/manager").contentType("application/json");
        try {
            manager.body("""
                    {"postalCode":"061-3241","prefecture":"北海道","city":"石狩市新港西","addressLine":"1-700 石狩倉庫%s",
                     "recipient":"くも雑貨店 北倉庫","phone":"0133-00-1234"}""".formatted(run))
                    .put("/v1/shops/" + shop + "/settings/return-address").then().statusCode(200);
            String text = pdfText(customer(token).get("/v1/portal/shops/" + shop + "/returns/" + rma + "/label")
                    .then().statusCode(200).extract().response());
            assertThat(text).contains("〒061-3241", "北海道石狩市新港西", "1-700 石狩倉庫" + run, "くも雑貨店 北倉庫 御中")
                    .doesNotContain("南港物流センター");
        } finally {
            // The demo loader's values (DemoDataLoader): other tests use this shop.
            staff("kumo-manager", "/shops/" + shop + "/manager").contentType("application/json").body("""
                    {"postalCode":"559-0034","prefecture":"大阪府","city":"大阪市住之江区南港北",
                     "addressLine":"1-5-9 南港物流センターB棟","recipient":"くも雑貨店 返品受付","phone":"06-0000-4567"}""")
                    .put("/v1/shops/" + shop + "/settings/return-address").then().statusCode(200);
        }
    }
}
