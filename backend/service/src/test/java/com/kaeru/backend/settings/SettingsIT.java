package com.kaeru.backend.settings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.TestDatabase;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's configuration endpoints: policy "try it", shop settings, the logo, reasons,
 * e-mail templates and the audit search — each refused to other roles and to another shop's staff,
 * each reporting bad input per field. Works in kumo-zakka and puts back what it changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SettingsIT {
    private static final String SHOP = "kumo-zakka";
    private static final String API = "/v1/shops/" + SHOP;
    private static final byte[] PNG = com.kaeru.backend.it.Images.png(120, 40, 7);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private String run;

    @BeforeEach
    void setUp() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static RequestSpecification as(String user, String group) {
        return given().auth().oauth2(TestTokens.token(user, group)).contentType("application/json");
    }

    private static RequestSpecification manager() {
        return as("kumo-manager", "/shops/" + SHOP + "/manager");
    }

    private static RequestSpecification operator() {
        return as("kumo-operator", "/shops/" + SHOP + "/operator");
    }

    /** Sakura's manager: a manager, but not here. */
    private static RequestSpecification stranger() {
        return as("sakura-manager", "/shops/sakura-apparel/manager");
    }

    private String order(int deliveredDaysAgo) {
        Shops.products(SHOP, """
                [{"externalId":"MUG-%1$s","nameJa":"マグ","nameEn":"Mug","category":"kitchen",
                  "variants":[{"sku":"MUG-%1$s","priceMinor":3000}]}]""".formatted(run));
        String number = "PV-" + run;
        Shops.order(SHOP, number, "pv-" + run.toLowerCase() + "@example.jp", deliveredDaysAgo, 0,
                "[{\"lineNo\":1,\"sku\":\"MUG-" + run + "\",\"quantity\":2,\"unitPriceMinor\":3000}]");
        return number;
    }

    private static final String FOURTEEN_DAYS = """
            [{"name":"Within 14 days","minDays":0,"maxDays":14,"outcome":"AUTO_APPROVE","restockingFeePercent":10,
              "exchangeBonusMinor":500,"freeReturnShippingForExchange":true},
             {"name":"Too late","minDays":15,"outcome":"REJECT","messageJa":"14日を過ぎています。",
              "messageEn":"The 14-day window has passed."}]""";

    @Test
    void previewShowsWhatEachLineWouldGetAndTheSavedPolicyThenDecidesThePortal() {
        String number = order(20);
        String portal = "/v1/portal/shops/" + SHOP + "/order";
        String customer = Shops.customerToken(SHOP, number, "pv-" + run.toLowerCase() + "@example.jp");
        try {
            // The saved (default) policy: 20 days after delivery is within 30 days.
            manager().body("{\"orderNumber\":\"" + number + "\"}").post(API + "/policy/preview").then()
                    .statusCode(200).body("draft", equalTo(false)).body("currency", equalTo("JPY"))
                    .body("lines[0].sku", equalTo("MUG-" + run)).body("lines[0].returnableQuantity", equalTo(2))
                    .body("lines[0].eligibility.outcome", equalTo("AUTO_APPROVE"))
                    .body("lines[0].eligibility.rule", equalTo("30日以内")).body("lines[0].ruleIndex", equalTo(1));

            // Unsaved rules: 14 days → refused, in the caller's language, by rule 1; nothing saved yet.
            manager().header("Accept-Language", "en").body("{\"orderNumber\":\"" + number + "\",\"rules\":" + FOURTEEN_DAYS + "}")
                    .post(API + "/policy/preview").then().statusCode(200).body("draft", equalTo(true))
                    .body("lines[0].eligibility.outcome", equalTo("REJECT"))
                    .body("lines[0].eligibility.rule", equalTo("Too late")).body("lines[0].ruleIndex", equalTo(1))
                    .body("lines[0].eligibility.message", equalTo("The 14-day window has passed."))
                    .body("lines[0].eligibility.refundAllowed", equalTo(false));
            given().header("X-Kaeru-Order-Token", customer).get(portal).then().statusCode(200)
                    .body("lines[0].eligibility.outcome", equalTo("AUTO_APPROVE"));
            // Fees and bonus as the portal shows them: 10 % of ¥3,000 and ¥500 per unit.
            manager().body("{\"orderNumber\":\"" + number + "\",\"rules\":[{\"name\":\"All\",\"outcome\":\"AUTO_APPROVE\","
                            + "\"restockingFeePercent\":10,\"returnFeeMinor\":200,\"exchangeBonusMinor\":500}]}")
                    .post(API + "/policy/preview").then().statusCode(200)
                    .body("lines[0].eligibility.refundFeeMinor", equalTo(500))
                    .body("lines[0].eligibility.exchangeBonusMinor", equalTo(500))
                    .body("lines[0].paidPerUnitMinor", equalTo(3000));

            // Saved: the portal now says what the preview said.
            manager().body("{\"rules\":" + FOURTEEN_DAYS + "}").put(API + "/policy").then().statusCode(200);
            given().header("X-Kaeru-Order-Token", customer).header("Accept-Language", "ja").get(portal).then()
                    .statusCode(200).body("lines[0].eligibility.outcome", equalTo("REJECT"))
                    .body("lines[0].eligibility.rule", equalTo("Too late"))
                    .body("lines[0].eligibility.message", equalTo("14日を過ぎています。"));
            manager().body("{\"orderNumber\":\"" + number + "\"}").post(API + "/policy/preview").then()
                    .body("lines[0].eligibility.rule", equalTo("Too late"));
            // A rule may count from the order instead of the shop's anchor (ordered 22 days ago).
            manager().body("{\"orderNumber\":\"" + number + "\",\"rules\":[{\"name\":\"From order\",\"maxDays\":21,"
                            + "\"daysFrom\":\"ORDER\",\"outcome\":\"AUTO_APPROVE\"},{\"name\":\"From delivery\",\"maxDays\":21,"
                            + "\"outcome\":\"EXCHANGE_ONLY\"}]}")
                    .post(API + "/policy/preview").then().statusCode(200)
                    .body("lines[0].eligibility.rule", equalTo("From delivery"));
        } finally {
            manager().body("{\"rules\":[]}").put(API + "/policy").then().statusCode(200);
        }
    }

    @Test
    void previewAndPolicyReportEveryProblemOnItsField() {
        String number = order(3);
        String broken = """
                [{"name":"Same","minDays":10,"maxDays":2,"outcome":"AUTO_APPROVE"},
                 {"name":"same","outcome":"REJECT","reasonCodes":["NO_SUCH_REASON"]},
                 {"name":"Half","customerReturnsAtLeast":3,"outcome":"NEEDS_REVIEW"}]""";
        for (String path : List.of("/policy/preview", "/policy")) {
            String body = path.endsWith("preview") ? "{\"orderNumber\":\"" + number + "\",\"rules\":" + broken + "}"
                    : "{\"rules\":" + broken + "}";
            var call = manager().header("Accept-Language", "ja").body(body);
            (path.endsWith("preview") ? call.post(API + path) : call.put(API + path)).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItems("rules[0].maxDays", "rules[1].name", "rules[1].messageJa",
                            "rules[1].reasonCodes", "rules[2].customerReturnsWindowDays"))
                    .body("errors.find { it.field == 'rules[0].maxDays' }.message", equalTo("最小値（10）以上にしてください"));
        }
        // Bean validation keeps the row index too.
        manager().body("{\"orderNumber\":\"" + number + "\",\"rules\":[{\"name\":\"A\",\"outcome\":\"AUTO_APPROVE\"},"
                + "{\"name\":\"\",\"outcome\":null}]}").post(API + "/policy/preview").then().statusCode(400)
                .body("errors.field", hasItems("rules[1].name", "rules[1].outcome"));
        // An outcome outside the vocabulary is refused while reading the body, naming the allowed ones.
        manager().header("Accept-Language", "en").body("{\"orderNumber\":\"" + number + "\",\"rules\":[{\"name\":\"A\","
                + "\"outcome\":\"MAYBE\"}]}").post(API + "/policy/preview").then().statusCode(400)
                .body("detail", containsString("\u201cMAYBE\u201d is not a known PolicyOutcome."));
        manager().body("{\"orderNumber\":\"NOPE-" + run + "\"}").post(API + "/policy/preview").then().statusCode(404);
        // Sakura's order numbers mean nothing in kumo, and sakura's manager cannot try kumo's policy.
        manager().body("{\"orderNumber\":\"SA-10001\"}").post(API + "/policy/preview").then().statusCode(404);
        stranger().body("{\"orderNumber\":\"" + number + "\"}").post(API + "/policy/preview").then().statusCode(403);
        operator().body("{\"orderNumber\":\"" + number + "\"}").post(API + "/policy/preview").then().statusCode(403);
    }

    @Test
    void managersChangeLanguagesRefundRulesAndReturnMethods() {
        var before = manager().get(API + "/settings").then().statusCode(200)
                .body("supportedReturnMethods", contains("PREPAID_LABEL", "DROP_OFF", "PICKUP")).extract();
        try {
            manager().body("""
                    {"defaultLanguage":"en","languages":["en"],"refundDeadlineHours":48,"refundApprovalLimitMinor":50000,
                     "returnWindowAnchor":"SHIPMENT","returnMethods":["PICKUP","PREPAID_LABEL"],"refundMethods":["STORE_CREDIT","ORIGINAL_PAYMENT"]}""")
                    .put(API + "/settings").then().statusCode(200).body("languages", contains("en"))
                    .body("refundDeadlineHours", equalTo(48)).body("returnMethods", contains("PICKUP", "PREPAID_LABEL"))
                    .body("refundMethods", contains("STORE_CREDIT", "ORIGINAL_PAYMENT"));
            given().get("/v1/portal/shops/" + SHOP).then().body("defaultLanguage", equalTo("en"))
                    .body("languages", contains("en")).body("refundMethods", contains("STORE_CREDIT", "ORIGINAL_PAYMENT"));
            manager().header("Accept-Language", "en").body("""
                    {"defaultLanguage":"ja","languages":["en"],"refundDeadlineHours":48,"refundApprovalLimitMinor":1,
                     "returnWindowAnchor":"ORDER","returnMethods":["PICKUP"],"refundMethods":["GIFT_CODE"]}""").put(API + "/settings").then()
                    .statusCode(422).body("errors.field", contains("defaultLanguage"));
            manager().body("""
                    {"defaultLanguage":"ja","languages":["ja","fr"],"refundDeadlineHours":0,"refundApprovalLimitMinor":-1,
                     "returnWindowAnchor":null,"returnMethods":[],"refundMethods":[null]}""")
                    .put(API + "/settings").then()
                    .statusCode(400).body("errors.field", hasItems("languages[1]", "refundDeadlineHours",
                            "refundApprovalLimitMinor", "returnWindowAnchor", "returnMethods", "refundMethods[0]"));
            // A value outside the vocabulary is refused while reading the body, naming it and the allowed ones.
            manager().header("Accept-Language", "en").body("""
                    {"defaultLanguage":"ja","languages":["ja"],"refundDeadlineHours":24,"refundApprovalLimitMinor":0,
                     "returnWindowAnchor":"PAYMENT","returnMethods":["PICKUP"],"refundMethods":["GIFT_CODE"]}""")
                    .put(API + "/settings").then().statusCode(400)
                    .body("detail", containsString("\u201cPAYMENT\u201d is not a known WindowAnchor. Use one of: "
                            + "DELIVERY, SHIPMENT, ORDER."));
            manager().header("Accept-Language", "ja").body("""
                    {"defaultLanguage":"ja","languages":["ja"],"refundDeadlineHours":24,"refundApprovalLimitMinor":0,
                     "returnWindowAnchor":"ORDER","returnMethods":["PICKUP"],"refundMethods":["BANK_TRANSFER"]}""")
                    .put(API + "/settings").then().statusCode(400)
                    .body("detail", containsString("「BANK_TRANSFER」は RefundMethod として使えない値です"));
            // None at all, or one twice: a refund must be able to go somewhere, each method once.
            manager().body("""
                    {"defaultLanguage":"ja","languages":["ja"],"refundDeadlineHours":24,"refundApprovalLimitMinor":0,
                     "returnWindowAnchor":"ORDER","returnMethods":["PICKUP"],"refundMethods":[]}""")
                    .put(API + "/settings").then().statusCode(400).body("errors.field", contains("refundMethods"));
            manager().header("Accept-Language", "ja").body("""
                    {"defaultLanguage":"ja","languages":["ja"],"refundDeadlineHours":24,"refundApprovalLimitMinor":0,
                     "returnWindowAnchor":"ORDER","returnMethods":["PICKUP"],"refundMethods":["GIFT_CODE","GIFT_CODE"]}""")
                    .put(API + "/settings").then().statusCode(422).body("errors.field", contains("refundMethods"))
                    .body("errors[0].message", equalTo("同じ返金方法は一度だけ選べます。"));
            manager().get("/v1/shops/" + SHOP + "/audit?action=SETTINGS_CHANGED&actor=kumo-man").then().statusCode(200)
                    .body("items[0].reason", containsString("methods=[PICKUP, PREPAID_LABEL]"))
                    .body("items[0].reason", containsString("refunds=[STORE_CREDIT, ORIGINAL_PAYMENT]"));
        } finally {
            manager().body("""
                    {"defaultLanguage":"%s","languages":%s,"refundDeadlineHours":%d,"refundApprovalLimitMinor":%d,
                     "returnWindowAnchor":"%s","returnMethods":%s,"refundMethods":%s}""".formatted(
                    before.path("defaultLanguage"), json(before.path("languages")),
                    (Integer) before.path("refundDeadlineHours"),
                    ((Number) before.path("refundApprovalLimitMinor")).longValue(), before.path("returnWindowAnchor"),
                    json(before.path("returnMethods")), json(before.path("refundMethods"))))
                    .put(API + "/settings").then().statusCode(200);
        }
        operator().get(API + "/settings").then().statusCode(403);
        stranger().get(API + "/settings").then().statusCode(403);
        stranger().body("{\"defaultLanguage\":\"ja\",\"languages\":[\"ja\"],\"refundDeadlineHours\":1,"
                + "\"refundApprovalLimitMinor\":0,\"returnWindowAnchor\":\"ORDER\",\"returnMethods\":[\"PICKUP\"],"
                + "\"refundMethods\":[\"GIFT_CODE\"]}")
                .put(API + "/settings").then().statusCode(403);
    }

    @Test
    void theRefundMethodsAShopOffersReachThePortalAndAreEnforcedAtSubmission() {
        String number = order(3);
        String customer = Shops.customerToken(SHOP, number, "pv-" + run.toLowerCase() + "@example.jp");
        var before = manager().get(API + "/settings").then().statusCode(200)
                .body("refundMethods", contains("ORIGINAL_PAYMENT", "STORE_CREDIT", "GIFT_CODE"))
                .body("supportedRefundMethods", contains("ORIGINAL_PAYMENT", "STORE_CREDIT", "GIFT_CODE")).extract();
        given().get("/v1/portal/shops/" + SHOP).then().statusCode(200)
                .body("refundMethods", contains("ORIGINAL_PAYMENT", "STORE_CREDIT", "GIFT_CODE"));
        try {
            manager().body("""
                    {"defaultLanguage":"ja","languages":["ja","en"],"refundDeadlineHours":24,"refundApprovalLimitMinor":30000,
                     "returnWindowAnchor":"DELIVERY","returnMethods":["PREPAID_LABEL"],"refundMethods":["STORE_CREDIT"]}""")
                    .put(API + "/settings").then().statusCode(200).body("refundMethods", contains("STORE_CREDIT"));
            given().get("/v1/portal/shops/" + SHOP).then().body("refundMethods", contains("STORE_CREDIT"));
            Number line = given().header("X-Kaeru-Order-Token", customer).get("/v1/portal/shops/" + SHOP + "/order")
                    .then().statusCode(200).extract().path("lines[0].orderLineId");
            String submission = """
                    {"lines":[{"orderLineId":%d,"quantity":1,"reasonCode":"CHANGED_MIND","resolution":"REFUND",
                      "refundMethod":"%s"}]}""";
            // The portal would not offer it, but the API is public: refused, in the customer's language.
            given().header("X-Kaeru-Order-Token", customer).header("Accept-Language", "ja").contentType("application/json")
                    .body(submission.formatted(line.longValue(), "GIFT_CODE")).post("/v1/portal/shops/" + SHOP + "/returns")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://kaeru.app/problems/return-rule"))
                    .body("detail", equalTo("このショップでは MUG-" + run + " の返金方法「GIFT_CODE」をご利用いただけません。"
                            + "別の返金方法をお選びください。"));
            given().header("X-Kaeru-Order-Token", customer).header("Accept-Language", "en").contentType("application/json")
                    .body(submission.formatted(line.longValue(), "ORIGINAL_PAYMENT"))
                    .post("/v1/portal/shops/" + SHOP + "/returns").then().statusCode(422)
                    .body("detail", containsString("does not refund MUG-" + run + " as ORIGINAL_PAYMENT"));
            given().header("X-Kaeru-Order-Token", customer).contentType("application/json")
                    .body(submission.formatted(line.longValue(), "STORE_CREDIT")).post("/v1/portal/shops/" + SHOP + "/returns")
                    .then().statusCode(200).body("lines[0].refundMethod", equalTo("STORE_CREDIT"));
        } finally {
            manager().body("""
                    {"defaultLanguage":"%s","languages":%s,"refundDeadlineHours":%d,"refundApprovalLimitMinor":%d,
                     "returnWindowAnchor":"%s","returnMethods":%s,"refundMethods":%s}""".formatted(
                    before.path("defaultLanguage"), json(before.path("languages")),
                    (Integer) before.path("refundDeadlineHours"),
                    ((Number) before.path("refundApprovalLimitMinor")).longValue(), before.path("returnWindowAnchor"),
                    json(before.path("returnMethods")), json(before.path("refundMethods"))))
                    .put(API + "/settings").then().statusCode(200);
        }
    }

    @Test
    void theReturnAddressIsValidatedPerFieldAuditedAndRefusedToOthers() {
        var before = manager().get("/v1/shops/" + SHOP).then().statusCode(200).extract();
        String restore = """
                {"postalCode":"%s","prefecture":"%s","city":"%s","addressLine":"%s","recipient":"%s","phone":%s}"""
                .formatted(before.path("returnAddress.postalCode"), before.path("returnAddress.prefecture"),
                        before.path("returnAddress.city"), before.path("returnAddress.addressLine"),
                        before.path("returnAddress.recipient"), before.path("returnAddress.phone") == null ? "null"
                                : "\"" + before.path("returnAddress.phone") + "\"");
        try {
            manager().header("Accept-Language", "ja").body("""
                    {"postalCode":"27-0127","prefecture":"","city":"市川市","addressLine":"%s","recipient":" ",
                     "phone":"call us"}""".formatted("1".repeat(201)))
                    .put(API + "/settings/return-address").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItems("postalCode", "prefecture", "addressLine", "recipient", "phone"))
                    .body("errors.field", not(hasItem("city")));
            manager().body("{}").put(API + "/settings/return-address").then().statusCode(400)
                    .body("errors.field", hasItems("postalCode", "prefecture", "city", "addressLine", "recipient"));
            operator().body(restore).put(API + "/settings/return-address").then().statusCode(403);
            stranger().body(restore).put(API + "/settings/return-address").then().statusCode(403);

            manager().body("""
                    {"postalCode":" 5590034 ","prefecture":"大阪府","city":"大阪市住之江区南港北","addressLine":"2-1-10 第二倉庫",
                     "recipient":"くも雑貨店 返品受付 %s","phone":""}""".formatted(run))
                    .put(API + "/settings/return-address").then().statusCode(200)
                    .body("returnAddress.postalCode", equalTo("559-0034"))
                    .body("returnAddress.addressLine", equalTo("2-1-10 第二倉庫"))
                    .body("returnAddress.phone", nullValue());
            operator().get("/v1/shops/" + SHOP).then().statusCode(200)
                    .body("returnAddress.recipient", equalTo("くも雑貨店 返品受付 " + run));
            manager().get("/v1/shops/" + SHOP + "/audit?action=RETURN_ADDRESS_CHANGED&actor=kumo-man").then()
                    .statusCode(200).body("items[0].entityRef", equalTo(SHOP))
                    .body("items[0].reason", equalTo("〒559-0034 大阪府大阪市住之江区南港北 2-1-10 第二倉庫 くも雑貨店 返品受付 " + run));
        } finally {
            manager().body(restore).put(API + "/settings/return-address").then().statusCode(200);
        }
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").toList().toString();
    }

    @Test
    void logoIsSniffedSizeLimitedAndServedPubliclyUnderAVersionedUrl() {
        try {
            String url = manager().contentType("image/png").body(PNG).put(API + "/settings/logo").then().statusCode(200)
                    .body("logoUrl", startsWith("/api/v1/portal/shops/" + SHOP + "/logo/")).extract().path("logoUrl");
            given().get("/v1/portal/shops/" + SHOP).then().body("logoUrl", equalTo(url));
            byte[] served = given().get(url.substring("/api".length())).then().statusCode(200)
                    .contentType("image/png").header("Cache-Control", containsString("immutable"))
                    .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
            assertThat(served).isEqualTo(PNG);

            // What the bytes are decides, not what the upload claims.
            manager().contentType("image/png").body("<svg onload=alert(1)>".getBytes()).put(API + "/settings/logo")
                    .then().statusCode(415).contentType("application/problem+json");
            manager().contentType("image/jpeg").body(Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
                    512 * 1024 + 1)).put(API + "/settings/logo").then().statusCode(413);
            // A few hundred bytes declaring 11,000 × 11,000 pixels (~500 MB decoded on every label):
            // refused by the header before anything decodes it; so is a bare signature.
            manager().contentType("image/png").body(com.kaeru.backend.it.Images.pngDeclaring(11_000, 11_000))
                    .header("Accept-Language", "en").put(API + "/settings/logo").then().statusCode(413)
                    .contentType("application/problem+json").body("detail", containsString("2,000"));
            manager().contentType("image/jpeg").body(com.kaeru.backend.it.Images.jpegDeclaring(11_000, 11_000))
                    .put(API + "/settings/logo").then().statusCode(413);
            manager().contentType("image/png").body(Arrays.copyOf(PNG, 16)).put(API + "/settings/logo")
                    .then().statusCode(415);
            stranger().contentType("image/png").body(PNG).put(API + "/settings/logo").then().statusCode(403);
            operator().contentType("image/png").body(PNG).put(API + "/settings/logo").then().statusCode(403);
            given().get(url.substring("/api".length())).then().statusCode(200);
        } finally {
            manager().delete(API + "/settings/logo").then().statusCode(200).body("logoUrl", nullValue());
        }
        given().get("/v1/portal/shops/" + SHOP + "/logo/x").then().statusCode(404);
    }

    @Test
    void reasonsAreAddedRenamedAndDeactivatedButNeverLost() {
        String child = "SIZE_" + run;
        manager().body("{\"parentCode\":\"SIZE\",\"labelJa\":\"丈が長い\",\"labelEn\":\"Too long\",\"position\":50}")
                .put(API + "/settings/return-reasons/" + child).then().statusCode(200)
                .body("find { it.code == '" + child + "' }.parentCode", equalTo("SIZE"));
        manager().body("{\"parentCode\":\"SIZE\",\"labelJa\":\"着丈が長すぎる\",\"labelEn\":\"Length too long\",\"position\":50}")
                .put(API + "/settings/return-reasons/" + child).then().statusCode(200)
                .body("find { it.code == '" + child + "' }.labelJa", equalTo("着丈が長すぎる"));
        operator().get(API + "/return-reasons").then().body("code", hasItem(child));

        // One level deep, no unknown parents, no inactive parent over active children.
        manager().body("{\"parentCode\":\"" + child + "\",\"labelJa\":\"x\",\"labelEn\":\"x\"}")
                .put(API + "/settings/return-reasons/DEEP_" + run).then().statusCode(422)
                .body("errors.field", contains("parentCode"));
        manager().body("{\"parentCode\":\"NOPE\",\"labelJa\":\"x\",\"labelEn\":\"x\"}")
                .put(API + "/settings/return-reasons/ORPHAN_" + run).then().statusCode(422);
        manager().body("{\"labelJa\":\"サイズ\",\"labelEn\":\"Size\",\"active\":false}")
                .put(API + "/settings/return-reasons/SIZE").then().statusCode(422).body("errors.field", contains("active"));
        manager().body("{\"labelJa\":\"x\",\"labelEn\":\"x\"}").put(API + "/settings/return-reasons/lower").then()
                .statusCode(422).body("errors.field", contains("code"));

        manager().body("{\"parentCode\":\"SIZE\",\"labelJa\":\"着丈が長すぎる\",\"labelEn\":\"Length too long\","
                + "\"position\":50,\"active\":false}").put(API + "/settings/return-reasons/" + child).then().statusCode(200)
                .body("find { it.code == '" + child + "' }.active", equalTo(false));
        // Customers and the queue's filter no longer see it; managers still do.
        operator().get(API + "/return-reasons").then().body("code", not(hasItem(child)));
        manager().get(API + "/settings/return-reasons").then().body("code", hasItem(child));
        stranger().get(API + "/settings/return-reasons").then().statusCode(403);
        stranger().body("{\"labelJa\":\"x\",\"labelEn\":\"x\"}").put(API + "/settings/return-reasons/X_" + run).then()
                .statusCode(403);
        operator().get(API + "/settings/return-reasons").then().statusCode(403);
    }

    @Test
    void templatesArePreviewedSavedResetAndTestSentToTheManagersOwnAddress() throws Exception {
        String path = API + "/settings/notification-templates/RETURN_AWAITING_SHIPMENT/ja";
        manager().get(API + "/settings/notification-templates").then().statusCode(200)
                .body("findAll { it.eventType == 'RETURN_AWAITING_SHIPMENT' }.language", contains("ja", "en"))
                .body("customized", everyItem(equalTo(false)));
        String own = "{\"subject\":\"[{{shopName}}] {{rma}} 承認 " + run + "\",\"body\":\"{{rma}} のラベルはこちら: {{portalUrl}}\"}";
        manager().body(own).post(path + "/preview").then().statusCode(200)
                .body("subject", equalTo("[くも雑貨店] R-000123 承認 " + run))
                .body("text", startsWith("R-000123 のラベルはこちら: http")).body("html", containsString("R-000123"));
        manager().header("Accept-Language", "en").body("{\"subject\":\"x\",\"body\":\"{{#rma}} never closed\"}")
                .post(path + "/preview").then().statusCode(422).body("errors.field", contains("body"))
                .body("errors[0].message", startsWith("The template does not compile"));
        manager().body(own).put(path).then().statusCode(200).body("customized", equalTo(true))
                .body("defaultSubject", containsString("{{rma}}"));

        String me = "kumo-mgr-" + run.toLowerCase();
        as(me, "/shops/" + SHOP + "/manager").body(own).post(path + "/test").then().statusCode(200)
                .body("to", equalTo(me + "@example.test"));
        MimeMessage mail = mailTo(me + "@example.test");
        assertThat(mail).as("test e-mail delivered").isNotNull();
        assertThat(mail.getSubject()).isEqualTo("[くも雑貨店] R-000123 承認 " + run);

        manager().delete(path).then().statusCode(200).body("customized", equalTo(false));
        manager().delete(path.replace("/ja", "/fr")).then().statusCode(404);
        manager().body(own).put(API + "/settings/notification-templates/NO_SUCH_EVENT/ja").then().statusCode(404);
        stranger().body(own).put(path).then().statusCode(403);
        operator().get(API + "/settings/notification-templates").then().statusCode(403);
    }

    private static MimeMessage mailTo(String address) throws Exception {
        // Bounded wait for the outbox dispatcher (it polls every 2 s): returns as soon as the mail is in.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : TestDatabase.mail().getReceivedMessages()) {
                if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                    return m;
                }
            }
            TestDatabase.mail().waitForIncomingEmail(2000, TestDatabase.mail().getReceivedMessages().length + 1);
        }
        return null;
    }

    @Test
    void auditSearchFiltersByEntityActorActionAndShopDaysAndStaysInTheShop() {
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        manager().body("{\"rules\":[]}").put(API + "/policy").then().statusCode(200);
        manager().get(API + "/audit?entity=" + SHOP + "&action=POLICY_REPLACED&actor=KUMO-MAN&from=" + today
                + "&to=" + today + "&size=5").then().statusCode(200)
                .body("items[0].entityType", equalTo("POLICY")).body("items[0].actor", equalTo("kumo-manager"))
                .body("size", equalTo(5));
        manager().get(API + "/audit?action=POLICY_REPLACED&from=" + LocalDate.parse(today).plusDays(1)).then()
                .body("total", equalTo(0));
        manager().get(API + "/audit/actions").then().statusCode(200).body("actions", hasItem("POLICY_REPLACED"))
                .body("entityTypes", hasItem("POLICY"));
        // An actor filter is a text match, never a pattern.
        manager().get(API + "/audit?actor=%25").then().statusCode(200).body("total", equalTo(0));
        manager().get(API + "/audit?from=yesterday").then().statusCode(422);
        manager().get(API + "/audit?size=1000").then().statusCode(422);

        // Sakura's trail is not in kumo's, and kumo's is closed to sakura and to kumo's operators.
        as("sakura-manager", "/shops/sakura-apparel/manager").body("{\"rules\":[]}").put("/v1/shops/sakura-apparel/policy")
                .then().statusCode(200);
        manager().get(API + "/audit?entity=sakura-apparel").then().body("total", equalTo(0));
        stranger().get(API + "/audit").then().statusCode(403);
        operator().get(API + "/audit").then().statusCode(403);
        as("sakura-analyst", "/shops/sakura-apparel/analyst").get("/v1/shops/sakura-apparel/audit").then().statusCode(403);
    }
}
