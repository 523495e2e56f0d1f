package com.kaeru.backend.refunds;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestDatabase;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
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
 * Money rules of issue 8 through the API on real PostgreSQL: dearer exchanges refused, exchange
 * fees deducted, grade-C refunds held unless the shop is at fault, empty parcels paid nothing,
 * the approval limit over the whole order, four eyes on limit changes, gift codes hashed and masked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MoneyRulesIT {
    private static final String SAKURA = "sakura-apparel";
    private static final String UMI = "umi-outdoor";
    private static final String KUMO = "kumo-zakka";

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

    private static RequestSpecification customer(String token) {
        return given().header("X-Kaeru-Order-Token", token).contentType("application/json");
    }

    private static RequestSpecification staff(String shop, String user, String role) {
        return given().auth().oauth2(TestTokens.token(user, "/shops/" + shop + "/" + role)).contentType("application/json");
    }

    private static long lineId(String shop, String token, String sku) {
        return ((Number) customer(token).get("/v1/portal/shops/" + shop + "/order").then().statusCode(200)
                .extract().path("lines.find { it.sku == '" + sku + "' }.orderLineId")).longValue();
    }

    private static String submit(String shop, String token, String linesJson) {
        return customer(token).body("{\"returnMethod\":\"PREPAID_LABEL\",\"lines\":" + linesJson + "}")
                .post("/v1/portal/shops/" + shop + "/returns").then().statusCode(200).extract().path("rmaNumber");
    }

    /** Receives the return and grades each line with the grades given for its reason code. */
    private static io.restassured.response.ValidatableResponse receiveAndGrade(String shop, String rma,
                                                                              java.util.Map<String, String> byReason) {
        String returns = "/v1/shops/" + shop + "/returns/";
        List<java.util.Map<String, Object>> lines = staff(shop, "grader", "operator").post(returns + rma + "/receive")
                .then().statusCode(200).extract().path("lines");
        io.restassured.response.ValidatableResponse last = null;
        for (java.util.Map<String, Object> line : lines) {
            last = staff(shop, "grader", "operator").body("{\"grades\":" + byReason.get(line.get("reasonCode")) + "}")
                    .post(returns + rma + "/lines/" + line.get("id") + "/grades").then().statusCode(200);
        }
        return last;
    }

    // --- item 6: exchanges that cost the shop -------------------------------------------------

    @Test
    void aDearerItemIsAnUpgradeTheCustomerAcceptsToPayAndItsDifferenceIsCollectedBeforeItShips() {
        Shops.products(SAKURA, """
                [{"externalId":"SHIRT-%1$s","nameJa":"シャツ","nameEn":"Shirt","variants":[
                   {"sku":"SHIRT-%1$s-S","size":"S","priceMinor":5000},{"sku":"SHIRT-%1$s-M","size":"M","priceMinor":5000},
                   {"sku":"SHIRT-%1$s-L","size":"L","priceMinor":6500}]}]""".formatted(run));
        Shops.stock(SAKURA, "SHIRT-" + run + "-M", 5);
        Shops.stock(SAKURA, "SHIRT-" + run + "-L", 5);
        Shops.order(SAKURA, "DEAR-" + run, "dear@example.jp", 3, 0,
                "[{\"lineNo\":1,\"sku\":\"SHIRT-" + run + "-S\",\"quantity\":2,\"unitPriceMinor\":5000}]");
        String token = Shops.customerToken(SAKURA, "DEAR-" + run, "dear@example.jp");
        String portal = "/v1/portal/shops/" + SAKURA;
        String options = "lines[0].exchangeOptions";
        // Offered, with the difference to pay per unit.
        customer(token).get(portal + "/order").then().statusCode(200)
                .body(options + ".find { it.sku == 'SHIRT-" + run + "-L' }.unavailableReason", nullValue())
                .body(options + ".find { it.sku == 'SHIRT-" + run + "-L' }.priceDifferenceMinor", equalTo(1500))
                .body(options + ".find { it.sku == 'SHIRT-" + run + "-M' }.unavailableReason", nullValue());
        long line = lineId(SAKURA, token, "SHIRT-" + run + "-S");
        String dearer = "{\"lines\":[{\"orderLineId\":" + line + ",\"quantity\":1,\"reasonCode\":\"SIZE_TOO_SMALL\","
                + "\"resolution\":\"EXCHANGE\",\"exchangeSku\":\"SHIRT-" + run + "-L\"%s}]}";
        // Not accepted, or another amount than shown: a 422 problem naming the amount, nothing filed.
        customer(token).header("Accept-Language", "en").body(dearer.formatted("")).post(portal + "/returns").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("costs 1,500 JPY more than SHIRT-" + run + "-S"));
        customer(token).header("Accept-Language", "ja").body(dearer.formatted(",\"acceptedPriceDifferenceMinor\":1000"))
                .post(portal + "/returns").then().statusCode(422)
                .body("detail", containsString("より 1,500 JPY 高額です"));
        customer(token).body(dearer.formatted(",\"acceptedPriceDifferenceMinor\":-5")).post(portal + "/returns").then()
                .statusCode(400).contentType("application/problem+json");
        assertThat(Sql.number("select count(*) from return_request r join customer_order o on o.id = r.order_id "
                + "where o.order_number = ?", "DEAR-" + run)).as("a refused request leaves nothing").isZero();
        // Accepted: filed with the amount due, charged by the payment worker through the card provider.
        String rma = customer(token).body(dearer.formatted(",\"acceptedPriceDifferenceMinor\":1500"))
                .post(portal + "/returns").then().statusCode(200)
                .body("lines[0].priceDifferenceMinor", equalTo(1500))
                .body("upgradePayment.amountMinor", equalTo(1500))
                .body("upgradePayment.lastError", nullValue())
                .extract().path("rmaNumber");
        String staffReturn = "/v1/shops/" + SAKURA + "/returns/" + rma;
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                staff(SAKURA, "grader", "operator").get(staffReturn).then().statusCode(200)
                        .body("upgradePayment.status", equalTo("PAID")));
        assertThat(Sql.number("select count(*) from upgrade_payment p join return_request r on r.id = p.return_id "
                + "where r.rma_number = ? and p.status = 'PAID'", rma)).isEqualTo(1);
        // Say the card was refused: staff of another shop can neither retry it nor find it in their queue. Shop B's
        // manager asking through shop A's path is refused, through their own shop's path finds no such return;
        // either way a problem, and the payment stays FAILED with no retry recorded.
        Sql.execute("update upgrade_payment set status = 'FAILED', paid_at = null, failed_at = now(), attempts = 1, "
                + "provider_reference = null, provider_refused = true, last_error = 'card_declined: Your card was "
                + "declined.' where return_id = (select id from return_request where rma_number = ?)", rma);
        staff(KUMO, "kumo-alice", "manager").post(staffReturn + "/upgrade-payment/retry").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(404)))
                .contentType("application/problem+json");
        staff(KUMO, "kumo-alice", "manager").post("/v1/shops/" + KUMO + "/returns/" + rma + "/upgrade-payment/retry")
                .then().statusCode(404).contentType("application/problem+json");
        staff(KUMO, "kumo-alice", "manager").get("/v1/shops/" + KUMO + "/returns?upgradePayment=FAILED").then()
                .statusCode(200).body("items.rmaNumber", not(hasItem(rma)));
        assertThat(Sql.text("select p.status from upgrade_payment p join return_request r on r.id = p.return_id "
                + "where r.rma_number = ?", rma)).isEqualTo("FAILED");
        assertThat(Sql.number("select count(*) from audit_event where entity_ref = ? and action = 'UPGRADE_PAYMENT_RETRIED'",
                rma)).isZero();
        // Shop A's staff find it in the queue's "upgrade payment failed" filter and see why in the return; an unknown
        // filter value is a 422 problem.
        staff(SAKURA, "grader", "operator").get("/v1/shops/" + SAKURA + "/returns?upgradePayment=FAILED&size=200")
                .then().statusCode(200).body("items.rmaNumber", hasItem(rma));
        staff(SAKURA, "grader", "operator").get(staffReturn).then().statusCode(200)
                .body("upgradePayment.status", equalTo("FAILED")).body("upgradePayment.currency", equalTo("JPY"))
                .body("upgradePayment.errorCode", equalTo("card_declined"));
        staff(SAKURA, "grader", "operator").header("Accept-Language", "en")
                .get("/v1/shops/" + SAKURA + "/returns?upgradePayment=SOMETIMES").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("SOMETIMES"));
        // Operators may not retry a charge (a money decision); shop A's manager does, and it is charged again.
        staff(SAKURA, "grader", "operator").post(staffReturn + "/upgrade-payment/retry").then().statusCode(403);
        staff(SAKURA, "manager", "manager").post(staffReturn + "/upgrade-payment/retry").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                staff(SAKURA, "grader", "operator").get(staffReturn).then().statusCode(200)
                        .body("upgradePayment.status", equalTo("PAID")));
        // A staff retry of a paid one changes nothing; a return without an upgrade has nothing to retry (404).
        staff(SAKURA, "manager", "manager").post(staffReturn + "/upgrade-payment/retry").then().statusCode(200)
                .body("upgradePayment.status", equalTo("PAID"));
        String even = submit(SAKURA, token, "[" + dearer.formatted("").replace("-L\"", "-M\"")
                .replace("{\"lines\":[", "").replace("]}", "") + "]");
        staff(SAKURA, "manager", "manager").post("/v1/shops/" + SAKURA + "/returns/" + even + "/upgrade-payment/retry")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void exchangeFeesAreDeductedFromTheRefundAndAnExchangeWithNothingToDeductFromIsRefused() {
        staff(UMI, "umi-manager", "manager").body("""
                {"rules":[{"name":"Fee %s","minDays":0,"maxDays":30,"outcome":"AUTO_APPROVE","returnFeeMinor":700}]}"""
                .formatted(run)).put("/v1/shops/" + UMI + "/policy").then().statusCode(200);
        Shops.products(UMI, """
                [{"externalId":"CAP-%1$s","nameJa":"キャップ","nameEn":"Cap","variants":[
                   {"sku":"CAP-%1$s-S","size":"S","priceMinor":4000},{"sku":"CAP-%1$s-M","size":"M","priceMinor":4000}]},
                 {"externalId":"SOCK-%1$s","nameJa":"靴下","nameEn":"Socks","variants":[{"sku":"SOCK-%1$s","priceMinor":1500}]}]
                """.formatted(run));
        Shops.stock(UMI, "CAP-" + run + "-M", 5);
        Shops.order(UMI, "FEE-" + run, "fee@example.jp", 3, 0, """
                [{"lineNo":1,"sku":"CAP-%1$s-S","quantity":1,"unitPriceMinor":4000},
                 {"lineNo":2,"sku":"SOCK-%1$s","quantity":1,"unitPriceMinor":1500}]""".formatted(run));
        String token = Shops.customerToken(UMI, "FEE-" + run, "fee@example.jp");
        long cap = lineId(UMI, token, "CAP-" + run + "-S");
        long sock = lineId(UMI, token, "SOCK-" + run);
        String exchange = "{\"orderLineId\":" + cap + ",\"quantity\":1,\"reasonCode\":\"SIZE_TOO_SMALL\","
                + "\"resolution\":\"EXCHANGE\",\"exchangeSku\":\"CAP-" + run + "-M\"}";
        // Alone, the exchange's 700 fee has nothing to come off: refused, not given away.
        customer(token).header("Accept-Language", "en").body("{\"lines\":[" + exchange + "]}")
                .post("/v1/portal/shops/" + UMI + "/returns").then().statusCode(422)
                .body("detail", containsString("700 that cannot be deducted"));
        customer(token).header("Accept-Language", "ja").body("{\"lines\":[" + exchange + "]}")
                .post("/v1/portal/shops/" + UMI + "/returns").then().statusCode(422)
                .body("detail", containsString("手数料"));
        // With a refund in the same return: socks 1500 - own fee 700 = 800, minus the exchange's 700 = 100.
        String rma = submit(UMI, token, "[" + exchange + ",{\"orderLineId\":" + sock + ",\"quantity\":1,"
                + "\"reasonCode\":\"CHANGED_MIND\",\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"}]");
        receiveAndGrade(UMI, rma, java.util.Map.of("SIZE_TOO_SMALL", "[\"A\"]", "CHANGED_MIND", "[\"A\"]"))
                .body("status", equalTo("COMPLETED"))
                .body("refunds.size()", equalTo(1))
                .body("refunds[0].amountMinor", equalTo(100))
                .body("timeline.action", hasItem("EXCHANGE_FEE_DEDUCTED"));
    }

    // --- item 1 (grade C): empty parcels and customer damage are not paid automatically --------

    @Test
    void gradeCRefundsOnlyForTheShopsFaultAManagerDecidesTheRestAndMissingUnitsPayNothing() {
        Shops.products(SAKURA, """
                [{"externalId":"KNIT-%1$s","nameJa":"ニット","nameEn":"Knit","variants":[{"sku":"KNIT-%1$s","priceMinor":5000}]}]
                """.formatted(run));
        Shops.order(SAKURA, "GC-" + run, "gc@example.jp", 3, 0,
                "[{\"lineNo\":1,\"sku\":\"KNIT-" + run + "\",\"quantity\":3,\"unitPriceMinor\":5000}]");
        String token = Shops.customerToken(SAKURA, "GC-" + run, "gc@example.jp");
        long knit = lineId(SAKURA, token, "KNIT-" + run);
        String rma = submit(SAKURA, token, "[{\"orderLineId\":" + knit + ",\"quantity\":1,\"reasonCode\":\"DEFECTIVE\","
                + "\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"},{\"orderLineId\":" + knit
                + ",\"quantity\":2,\"reasonCode\":\"CHANGED_MIND\",\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"}]");
        // Defective and graded C: the shop's fault, paid at once. Changed mind and graded C: held.
        // The third unit was not in the parcel: nothing for it.
        Number held = receiveAndGrade(SAKURA, rma, java.util.Map.of("DEFECTIVE", "[\"C\"]", "CHANGED_MIND", "[\"C\",\"MISSING\"]"))
                .body("status", equalTo("INSPECTED"))
                .body("refunds.size()", equalTo(2))
                .body("refunds.find { it.status == 'ISSUED' }.amountMinor", equalTo(5000))
                .body("refunds.find { it.status == 'PENDING_APPROVAL' }.amountMinor", equalTo(5000))
                .body("refunds.find { it.status == 'PENDING_APPROVAL' }.holdReason", equalTo("GRADE_C"))
                .extract().path("refunds.find { it.status == 'PENDING_APPROVAL' }.id");
        assertThat(Sql.number("select coalesce(sum(amount_minor), 0) from store_credit_entry where customer_email = ?",
                "gc@example.jp")).as("only the defective unit is paid so far").isEqualTo(5000);
        String returns = "/v1/shops/" + SAKURA + "/returns/" + rma + "/refunds/" + held;
        staff(SAKURA, "grader", "operator").post(returns + "/decline").then().statusCode(403);
        staff(SAKURA, "sakura-manager", "manager").post(returns + "/decline").then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("refunds.find { it.id == " + held + " }.status", equalTo("DECLINED"))
                .body("timeline.action", hasItem("REFUND_DECLINED"));
        staff(SAKURA, "sakura-manager", "manager").post(returns + "/approve").then().statusCode(409);
        assertThat(Sql.number("select coalesce(sum(amount_minor), 0) from store_credit_entry where customer_email = ?",
                "gc@example.jp")).isEqualTo(5000);
        // Nothing was disposed of for the missing unit.
        assertThat(Sql.number("select coalesce(sum(quantity), 0) from disposal_record d join variant v on v.id = d.variant_id "
                + "where v.sku = ?", "KNIT-" + run)).isEqualTo(2);
    }

    @Test
    void aHeldGradeCRefundIsPaidWhenAManagerApprovesIt() {
        String rma = Shops.refundRequest(SAKURA, "GA-" + run, "山田 花子", "TEE-" + seedTee());
        Number held = receiveAndGrade(SAKURA, rma, java.util.Map.of("CHANGED_MIND", "[\"C\"]")).body("status", equalTo("INSPECTED"))
                .body("refunds[0].status", equalTo("PENDING_APPROVAL")).extract().path("refunds[0].id");
        staff(SAKURA, "sakura-manager", "manager").post("/v1/shops/" + SAKURA + "/returns/" + rma + "/refunds/" + held
                + "/approve").then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("refunds[0].status", equalTo("ISSUED")).body("refunds[0].amountMinor", equalTo(3000));
    }

    /**
     * Card refunds are paid by the refund worker after grading commits (docs/refunds.md); one the payment
     * service refused (FAILED) is retried by a manager — once, a second retry changes nothing — and paid.
     */
    @Test
    void aCardRefundIsPaidAfterGradingAndAFailedOneIsRetriedByAManager() {
        String rma = Shops.refundRequest(SAKURA, "RT-" + run, "山田 花子", "TEE-" + seedTee());
        Sql.execute("update return_line set refund_method = 'ORIGINAL_PAYMENT' where return_id = "
                + "(select id from return_request where rma_number = ? and shop_id = (select id from shop where slug = ?))",
                rma, SAKURA);
        Number id = receiveAndGrade(SAKURA, rma, java.util.Map.of("CHANGED_MIND", "[\"A\"]"))
                .body("status", equalTo("INSPECTED")).body("refunds[0].method", equalTo("ORIGINAL_PAYMENT"))
                .body("refunds[0].status", equalTo("REQUESTED")).extract().path("refunds[0].id");
        String path = "/v1/shops/" + SAKURA + "/returns/" + rma;
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                staff(SAKURA, "sakura-manager", "manager").get(path).then().statusCode(200)
                        .body("status", equalTo("COMPLETED")).body("refunds[0].status", equalTo("ISSUED")));

        // As if the payment service had refused it: FAILED with its error, the return still open.
        Sql.execute("update refund set status = 'FAILED', attempts = 1, failed_at = now(), issued_at = null, "
                + "last_error = 'card_error: The card was closed' where id = ?", id.longValue());
        Sql.execute("update return_request set status = 'INSPECTED', completed_at = null where rma_number = ? "
                + "and shop_id = (select id from shop where slug = ?)", rma, SAKURA);
        staff(SAKURA, "sakura-manager", "manager").get(path).then().statusCode(200)
                .body("refunds[0].status", equalTo("FAILED")).body("refunds[0].attempts", equalTo(1))
                .body("refunds[0].lastError", equalTo("card_error: The card was closed"));
        staff(SAKURA, "grader", "operator").post(path + "/refunds/" + id + "/retry").then().statusCode(403);
        staff(SAKURA, "sakura-manager", "manager").post(path + "/refunds/" + id + "/retry").then().statusCode(200)
                .body("refunds[0].status", equalTo("REQUESTED")).body("refunds[0].attempts", equalTo(0))
                .body("timeline.action", hasItem("REFUND_RETRIED"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                staff(SAKURA, "sakura-manager", "manager").get(path).then().statusCode(200)
                        .body("status", equalTo("COMPLETED")).body("refunds[0].status", equalTo("ISSUED")));
        staff(SAKURA, "sakura-manager", "manager").post(path + "/refunds/" + id + "/retry").then().statusCode(200)
                .body("refunds[0].status", equalTo("ISSUED"));
        assertThat(Sql.number("select count(*) from audit_event where entity_ref = ? and action = 'REFUND_RETRIED' "
                + "and shop_id = (select id from shop where slug = ?)", rma, SAKURA)).isEqualTo(1);
        staff(SAKURA, "sakura-manager", "manager").post(path + "/refunds/999999999/retry").then().statusCode(404)
                .body("type", containsString("not-found"));
    }

    private String seedTee() {
        Shops.products(SAKURA, """
                [{"externalId":"TEE-%1$s","nameJa":"Tシャツ","nameEn":"Tee","variants":[{"sku":"TEE-%1$s","priceMinor":3000}]}]
                """.formatted(run));
        return run;
    }

    // --- item 9: the approval limit covers the order -------------------------------------------

    @Test
    void theApprovalLimitAppliesToTheWholeReturnAcrossMethodsAndToTheOrderAcrossReturns() {
        // Sakura's limit is 30,000; each bag is 20,000.
        Shops.products(SAKURA, """
                [{"externalId":"BAG-%1$s","nameJa":"バッグ","nameEn":"Bag","variants":[{"sku":"BAG-%1$s","priceMinor":20000}]}]
                """.formatted(run));
        String bags = "[{\"lineNo\":1,\"sku\":\"BAG-" + run + "\",\"quantity\":2,\"unitPriceMinor\":20000}]";
        // One return split across two refund methods.
        Shops.order(SAKURA, "SPLIT-" + run, "split@example.jp", 3, 0, bags);
        String token = Shops.customerToken(SAKURA, "SPLIT-" + run, "split@example.jp");
        long line = lineId(SAKURA, token, "BAG-" + run);
        String rma = submit(SAKURA, token, "[{\"orderLineId\":" + line + ",\"quantity\":1,\"reasonCode\":\"DEFECTIVE\","
                + "\"resolution\":\"REFUND\",\"refundMethod\":\"ORIGINAL_PAYMENT\"},{\"orderLineId\":" + line
                + ",\"quantity\":1,\"reasonCode\":\"DEFECTIVE\",\"resolution\":\"REFUND\",\"refundMethod\":\"GIFT_CODE\"}]");
        receiveAndGrade(SAKURA, rma, java.util.Map.of("DEFECTIVE", "[\"A\"]")).body("status", equalTo("INSPECTED"))
                .body("refunds.size()", equalTo(2))
                .body("refunds.status", everyItem(equalTo("PENDING_APPROVAL")))
                .body("refunds.holdReason", everyItem(equalTo("LIMIT")));

        // The same order split into two RMAs: the second one takes the order over the limit.
        Shops.order(SAKURA, "RMAS-" + run, "rmas@example.jp", 3, 0, bags);
        String token2 = Shops.customerToken(SAKURA, "RMAS-" + run, "rmas@example.jp");
        long line2 = lineId(SAKURA, token2, "BAG-" + run);
        String one = "[{\"orderLineId\":" + line2 + ",\"quantity\":1,\"reasonCode\":\"DEFECTIVE\","
                + "\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"}]";
        String first = submit(SAKURA, token2, one);
        String second = submit(SAKURA, token2, one);
        receiveAndGrade(SAKURA, first, java.util.Map.of("DEFECTIVE", "[\"A\"]")).body("refunds[0].status", equalTo("ISSUED"));
        receiveAndGrade(SAKURA, second, java.util.Map.of("DEFECTIVE", "[\"A\"]")).body("status", equalTo("INSPECTED"))
                .body("refunds[0].status", equalTo("PENDING_APPROVAL")).body("refunds[0].holdReason", equalTo("LIMIT"));
    }

    // --- item 9: four eyes on the limit ----------------------------------------------------------

    @Test
    void aLimitChangeTakesEffectOnlyWhenAnotherManagerApprovesIt() {
        String settings = "/v1/shops/" + KUMO + "/settings";
        var before = staff(KUMO, "kumo-alice", "manager").get(settings).then().statusCode(200).extract();
        long limit = ((Number) before.path("refundApprovalLimitMinor")).longValue();
        long raised = limit + 1_000_000;
        // Through the settings form: the limit stays, a proposal waits.
        String form = """
                {"defaultLanguage":"%s","languages":%s,"refundDeadlineHours":%d,"refundApprovalLimitMinor":%d,
                 "returnWindowAnchor":"%s","returnMethods":%s,"refundMethods":%s}""".formatted(
                before.path("defaultLanguage"), json(before.path("languages")), (Integer) before.path("refundDeadlineHours"),
                raised, before.path("returnWindowAnchor"), json(before.path("returnMethods")),
                json(before.path("refundMethods")));
        Number proposal = staff(KUMO, "kumo-alice", "manager").body(form).put(settings).then().statusCode(200)
                .body("refundApprovalLimitMinor", equalTo((int) limit))
                .body("pendingApprovalLimit.limitMinor", equalTo((int) raised))
                .body("pendingApprovalLimit.proposedBy", equalTo("kumo-alice"))
                .extract().path("pendingApprovalLimit.id");
        String approve = settings + "/approval-limit-changes/" + proposal + "/approve";
        staff(KUMO, "kumo-alice", "manager").header("Accept-Language", "en").post(approve).then().statusCode(403)
                .body("detail", containsString("another manager must approve"));
        staff(KUMO, "kumo-op", "operator").post(approve).then().statusCode(403);
        staff(SAKURA, "sakura-manager", "manager").post(approve).then().statusCode(403);
        staff(KUMO, "kumo-alice", "manager").get(settings).then().body("refundApprovalLimitMinor", equalTo((int) limit));

        staff(KUMO, "kumo-bob", "manager").post(approve).then().statusCode(200)
                .body("refundApprovalLimitMinor", equalTo((int) raised)).body("pendingApprovalLimit", nullValue());
        staff(KUMO, "kumo-bob", "manager").post(approve).then().statusCode(409);
        staff(KUMO, "kumo-bob", "manager").get("/v1/shops/" + KUMO + "/audit?action=APPROVAL_LIMIT_CHANGED&actor=kumo-bob")
                .then().statusCode(200).body("items[0].reason", containsString("by kumo-alice"));

        // A proposal can be withdrawn; lowering needs a second person as well.
        Number back = staff(KUMO, "kumo-alice", "manager").body("{\"limitMinor\":" + limit + "}")
                .post(settings + "/approval-limit-changes").then().statusCode(200)
                .body("refundApprovalLimitMinor", equalTo((int) raised)).extract().path("pendingApprovalLimit.id");
        staff(KUMO, "kumo-alice", "manager").post(settings + "/approval-limit-changes/" + back + "/reject").then()
                .statusCode(200).body("pendingApprovalLimit", nullValue()).body("refundApprovalLimitMinor", equalTo((int) raised));
        staff(KUMO, "kumo-alice", "manager").body("{\"limitMinor\":-1}").post(settings + "/approval-limit-changes").then()
                .statusCode(400);
        back = staff(KUMO, "kumo-alice", "manager").body("{\"limitMinor\":" + limit + "}")
                .post(settings + "/approval-limit-changes").then().statusCode(200).extract().path("pendingApprovalLimit.id");
        staff(KUMO, "kumo-bob", "manager").post(settings + "/approval-limit-changes/" + back + "/approve").then()
                .statusCode(200).body("refundApprovalLimitMinor", equalTo((int) limit));
    }

    private static String json(Object value) {
        return value instanceof List<?> list ? list.stream().map(v -> "\"" + v + "\"").toList().toString() : "\"" + value + "\"";
    }

    // --- item 9: gift codes ------------------------------------------------------------------------

    @Test
    void giftCodesAreStoredHashedShownMaskedAndMailedInFullOnce() throws Exception {
        String email = "gift-" + run.toLowerCase() + "@example.jp";
        Shops.products(KUMO, """
                [{"externalId":"VASE-%1$s","nameJa":"花瓶","nameEn":"Vase","variants":[{"sku":"VASE-%1$s","priceMinor":2400}]}]
                """.formatted(run));
        Shops.order(KUMO, "GIFT-" + run, email, 2, 0,
                "[{\"lineNo\":1,\"sku\":\"VASE-" + run + "\",\"quantity\":1,\"unitPriceMinor\":2400}]");
        String token = Shops.customerToken(KUMO, "GIFT-" + run, email);
        String rma = submit(KUMO, token, "[{\"orderLineId\":" + lineId(KUMO, token, "VASE-" + run) + ",\"quantity\":1,"
                + "\"reasonCode\":\"DEFECTIVE\",\"resolution\":\"REFUND\",\"refundMethod\":\"GIFT_CODE\"}]");
        String masked = receiveAndGrade(KUMO, rma, java.util.Map.of("DEFECTIVE", "[\"A\"]")).body("status", equalTo("COMPLETED"))
                .body("refunds[0].reference", matchesPattern("\\*{4}-\\*{4}-\\*{4}-[A-Z2-9]{4}"))
                .extract().path("refunds[0].reference");
        // The customer's e-mail carries the full code, once.
        String code = codeIn(mailTo(email));
        assertThat(code).endsWith(masked.substring(masked.length() - 4));
        assertThat(Sql.number("select count(*) from gift_code where code_sha256 = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
                code)).as("found by its hash").isEqualTo(1);
        // Nowhere else: not in the refund, the audit trail, the staff view or (after sending) the outbox.
        assertThat(Sql.number("select count(*) from refund where provider_reference like ?", "%" + code + "%")).isZero();
        assertThat(Sql.number("select count(*) from audit_event where reason like ?", "%" + code + "%")).isZero();
        staff(KUMO, "kumo-op", "operator").get("/v1/shops/" + KUMO + "/returns/" + rma).then().statusCode(200)
                .body(not(containsString(code)));
        // The event (what webhooks and reports read) never held it; the e-mail's delivery row did until sent.
        assertThat(Sql.number("select count(*) from outbox_event where payload like ?", "%" + code + "%")).isZero();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> Sql.number(
                "select count(*) from outbox_delivery d join outbox_event e on e.id = d.event_id "
                        + "where e.aggregate_ref = ? and e.event_type = 'RefundIssued' and d.consumer = 'email' "
                        + "and d.delivered_at is not null and e.shop_id = (select id from shop where slug = ?)", rma, KUMO) == 1);
        assertThat(Sql.number("select count(*) from outbox_delivery where secret like ?", "%" + code + "%")).isZero();
    }

    private static MimeMessage mailTo(String address) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            TestDatabase.mail().waitForIncomingEmail(2000, TestDatabase.mail().getReceivedMessages().length + 1);
            for (MimeMessage m : TestDatabase.mail().getReceivedMessages()) {
                if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address) && codeOrNull(m) != null) {
                    return m;
                }
            }
        }
        throw new AssertionError("No refund mail with a gift code to " + address);
    }

    private static String codeIn(MimeMessage m) throws Exception {
        String code = codeOrNull(m);
        assertThat(code).isNotNull();
        return code;
    }

    private static String codeOrNull(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = codeOrNull(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        Matcher matcher = Pattern.compile("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}")
                .matcher(String.valueOf(content));
        return matcher.find() ? matcher.group() : null;
    }
}
