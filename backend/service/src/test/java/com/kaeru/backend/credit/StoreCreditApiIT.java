package com.kaeru.backend.credit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestTokens;
import com.kaeru.backend.refunds.domain.GiftCodes;
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
 * Storefront money through the API (issue 12): a customer's store credit is read by staff and
 * shop systems and spent by shop systems with an Idempotency-Key — a retry spends nothing more,
 * an overdraw is refused, and redemptions racing for one balance never take it below zero; gift
 * codes are redeemed once. Another shop sees none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoreCreditApiIT {
    private static final String CREDIT = "/v1/shops/sakura-apparel/store-credit";
    private static final String CODES = "/v1/shops/sakura-apparel/gift-codes";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8).toLowerCase();

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.baseURI = base.toString().replaceAll("/$", "");
    }

    private static RequestSpecification as(String user, String group) {
        return given().auth().oauth2(TestTokens.token(user, group)).contentType("application/json");
    }

    private static RequestSpecification operator() {
        return as("sakura-operator", "/shops/sakura-apparel/operator");
    }

    private static String apiKey() {
        return as("it-manager", "/shops/sakura-apparel/manager").body("{\"name\":\"POS credit " + UUID.randomUUID() + "\"}")
                .post("/v1/shops/sakura-apparel/api-keys").then().statusCode(200).extract().path("key");
    }

    private static RequestSpecification withKey(String key) {
        return given().header("X-Api-Key", key).contentType("application/json");
    }

    /** Credit as a refund would add it (the ledger's trigger keeps the balance). */
    private static void credit(String email, long amount) {
        long shop = Sql.number("select id from shop where slug = 'sakura-apparel'");
        Sql.execute("do $$ begin perform set_config('app.tenant_id', '" + shop + "', true); "
                + "insert into store_credit_entry (shop_id, customer_email, amount_minor, currency, description) values ("
                + shop + ", '" + email + "', " + amount + ", 'JPY', 'refund RMA-IT:STORE_CREDIT'); end $$");
    }

    private static String redemption(String email, long amount, String order) {
        return "{\"customerEmail\":\"%s\",\"amountMinor\":%d,\"currency\":\"JPY\",\"orderReference\":\"%s\"}"
                .formatted(email, amount, order);
    }

    @Test
    void aShopSystemSpendsCreditOnceEvenWhenItRetriesAndNeverOverdraws() {
        String email = "credit-" + run + "@example.jp";
        credit(email, 5000);
        String key = apiKey();

        int entry = withKey(key).header("Idempotency-Key", "pos-" + run + "-1")
                .body(redemption(email.toUpperCase(), 3000, "SA-" + run)).post(CREDIT + "/redemptions").then()
                .statusCode(200).body("balanceMinor", equalTo(2000)).body("entry.kind", equalTo("REDEMPTION"))
                .body("entry.amountMinor", equalTo(-3000)).body("entry.orderReference", equalTo("SA-" + run))
                .extract().path("entry.id");
        // The same call again (a timeout on the shop's side): the first answer, nothing more spent.
        withKey(key).header("Idempotency-Key", "pos-" + run + "-1").body(redemption(email, 3000, "SA-" + run))
                .post(CREDIT + "/redemptions").then().statusCode(200).body("entry.id", equalTo(entry))
                .body("balanceMinor", equalTo(2000));
        withKey(key).header("Idempotency-Key", "pos-" + run + "-1").body(redemption(email, 1000, "SA-" + run))
                .post(CREDIT + "/redemptions").then().statusCode(409).body("detail", containsString("Idempotency-Key"));
        withKey(key).header("Idempotency-Key", "pos-" + run + "-2").header("Accept-Language", "ja")
                .body(redemption(email, 2500, "SA-" + run + "-B")).post(CREDIT + "/redemptions").then().statusCode(409)
                .contentType(containsString("application/problem+json")).body("detail", containsString("残高"));
        withKey(key).body(redemption(email, 100, "SA-" + run)).post(CREDIT + "/redemptions").then().statusCode(422)
                .body("detail", containsString("Idempotency-Key"));
        withKey(key).header("Idempotency-Key", "pos-" + run + "-3")
                .body(redemption(email, 100, "SA-" + run).replace("JPY", "USD")).post(CREDIT + "/redemptions").then()
                .statusCode(422);
        withKey(key).header("Idempotency-Key", "pos-" + run + "-4").body(redemption(email, 0, "SA-" + run))
                .post(CREDIT + "/redemptions").then().statusCode(400);

        operator().queryParam("customerEmail", email).get(CREDIT).then().statusCode(200)
                .body("balanceMinor", equalTo(2000)).body("currency", equalTo("JPY")).body("entries", hasSize(2))
                .body("entries[0].kind", equalTo("REDEMPTION")).body("entries[1].kind", equalTo("CREDIT"))
                .body("entries[1].amountMinor", equalTo(5000)).body("entriesComplete", equalTo(true));
        operator().queryParam("customerEmail", "nobody-" + run + "@example.jp").get(CREDIT).then().statusCode(200)
                .body("balanceMinor", equalTo(0)).body("entries", hasSize(0));
        operator().queryParam("customerEmail", "not-an-address").get(CREDIT).then().statusCode(422);
        // Operators read but do not spend; another shop neither reads nor spends.
        operator().header("Idempotency-Key", "op-" + run).body(redemption(email, 100, "X")).post(CREDIT + "/redemptions")
                .then().statusCode(403);
        as("kumo-manager", "/shops/kumo-zakka/manager").queryParam("customerEmail", email).get(CREDIT).then()
                .statusCode(403);
        assertThat(Sql.number("select count(*) from audit_event where entity_type = 'STORE_CREDIT' and entity_ref = ? "
                + "and action = 'STORE_CREDIT_REDEEMED'", email)).isEqualTo(1);
    }

    @Test
    void redemptionsRacingForOneBalanceNeverTakeItBelowZero() throws Exception {
        String email = "race-" + run + "@example.jp";
        credit(email, 1000);
        String key = apiKey();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> attempts = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            await(start);
            return withKey(key).header("Idempotency-Key", "race-" + run + "-" + i)
                    .body(redemption(email, 300, "RACE-" + run + "-" + i)).post(CREDIT + "/redemptions")
                    .then().extract().statusCode();
        })).toList();
        start.countDown();
        CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(200, 200, 200, 409, 409, 409, 409, 409);
        assertThat(Sql.number("select balance_minor from store_credit_account where customer_email = ?", email))
                .isEqualTo(100);
        assertThat(Sql.number("select sum(amount_minor) from store_credit_entry where customer_email = ?", email))
                .as("ledger and balance agree").isEqualTo(100);
    }

    @Test
    void aGiftCodeIsRedeemedWholeOnceForOneOrder() throws Exception {
        String code = "KAER-UGFT-" + run.substring(0, 4).toUpperCase().replaceAll("[^A-HJ-NP-Z2-9]", "Q") + "-WXYZ";
        long shop = Sql.number("select id from shop where slug = 'sakura-apparel'");
        Sql.execute("do $$ begin perform set_config('app.tenant_id', '" + shop + "', true); insert into gift_code "
                + "(shop_id, code_sha256, code_last4, amount_minor, currency) values (" + shop + ", '"
                + GiftCodes.sha256(code) + "', 'WXYZ', 3000, 'JPY'); end $$");
        String typed = code.replace("-", " ").toLowerCase();
        operator().get(CODES + "/" + typed).then().statusCode(200).body("code", equalTo("****-****-****-WXYZ"))
                .body("amountMinor", equalTo(3000)).body("status", equalTo("ACTIVE")).body("orderReference", nullValue());
        as("kumo-manager", "/shops/kumo-zakka/manager").get("/v1/shops/kumo-zakka/gift-codes/" + typed).then()
                .statusCode(404);

        String key = apiKey();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> attempts = List.of("A", "B").stream().map(order -> CompletableFuture.supplyAsync(() -> {
            await(start);
            return withKey(key).header("Idempotency-Key", "gift-" + run + "-" + order)
                    .body("{\"orderReference\":\"GIFT-" + run + "-" + order + "\"}").post(CODES + "/" + typed + "/redemptions")
                    .then().extract().statusCode();
        })).toList();
        start.countDown();
        CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        assertThat(attempts.stream().map(CompletableFuture::join).sorted().toList()).containsExactly(200, 409);

        String winner = operator().get(CODES + "/" + code).then().statusCode(200).body("status", equalTo("REDEEMED"))
                .extract().path("orderReference");
        String winnerKey = "gift-" + run + "-" + winner.substring(winner.length() - 1);
        withKey(key).header("Idempotency-Key", winnerKey).body("{\"orderReference\":\"" + winner + "\"}")
                .post(CODES + "/" + code + "/redemptions").then().statusCode(200).body("orderReference", equalTo(winner));
        withKey(key).body("{\"orderReference\":\"GIFT-" + run + "-C\"}").post(CODES + "/" + code + "/redemptions")
                .then().statusCode(409);
        withKey(key).body("{\"orderReference\":\"x\"}").post(CODES + "/NOT-A-CODE/redemptions").then().statusCode(404);
        assertThat(Sql.number("select count(*) from audit_event where entity_type = 'GIFT_CODE' and action = "
                + "'GIFT_CODE_REDEEMED' and entity_ref = '****-****-****-WXYZ' and reason like ?", "%GIFT-" + run + "%"))
                .isEqualTo(1);
    }

    @Test
    void theCustomerSeesTheirBalanceThroughTheOrderToken() {
        String number = "CR-" + run.toUpperCase();
        String email = number.toLowerCase() + "@example.jp";
        com.kaeru.backend.it.Shops.order("sakura-apparel", number, email, 3, 0,
                "[{\"lineNo\":1,\"sku\":\"LINEN-SHIRT-S-WHITE\",\"quantity\":1,\"unitPriceMinor\":7900}]");
        credit(email, 1200);
        String token = com.kaeru.backend.it.Shops.customerToken("sakura-apparel", number, email);
        given().header("X-Kaeru-Order-Token", token).get("/v1/portal/shops/sakura-apparel/credit").then().statusCode(200)
                .body("balanceMinor", equalTo(1200)).body("currency", equalTo("JPY")).body("giftCodes", hasSize(0));
        given().get("/v1/portal/shops/sakura-apparel/credit").then().statusCode(401);
        given().header("X-Kaeru-Order-Token", token).get("/v1/portal/shops/kumo-zakka/credit").then().statusCode(404);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
