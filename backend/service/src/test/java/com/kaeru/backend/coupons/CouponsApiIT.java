package com.kaeru.backend.coupons;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.kaeru.backend.it.Deployments;
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
 * Coupons through the API: managers issue and void, operators and API keys read, shop systems
 * redeem once with an API key (idempotent, 409 for a second order, 422 when expired), another
 * shop's codes are unknown, and two redemptions racing for one code leave exactly one winner.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CouponsApiIT {
    private static final String SAKURA = "/v1/shops/sakura-apparel/coupons";
    private static final String KUMO = "/v1/shops/kumo-zakka/coupons";

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

    private static RequestSpecification as(String user, String group) {
        return given().auth().oauth2(TestTokens.token(user, group)).contentType("application/json");
    }

    private static RequestSpecification manager() {
        return as("sakura-manager", "/shops/sakura-apparel/manager");
    }

    private static RequestSpecification operator() {
        return as("sakura-operator", "/shops/sakura-apparel/operator");
    }

    private static String apiKey(String shop, String managerGroup) {
        return as("it-manager", managerGroup).body("{\"name\":\"POS coupons " + UUID.randomUUID() + "\"}")
                .post("/v1/shops/" + shop + "/api-keys").then().statusCode(200).extract().path("key");
    }

    private static String issueYen(RequestSpecification who, String path, long amount, String email) {
        return who.body("""
                {"amountMinor":%d,"expiresAt":"%s","issuedToEmail":"%s","reason":"Apology for the backorder","rmaNumber":"RMA-CPN"}
                """.formatted(amount, Instant.now().plus(30, ChronoUnit.DAYS), email))
                .post(path).then().statusCode(200).extract().path("code");
    }

    private RequestSpecification withKey(String key) {
        return given().header("X-Api-Key", key).contentType("application/json");
    }

    @Test
    void aManagerIssuesOperatorsAndKeysReadAndOnlyManagersIssueOrVoid() {
        String email = "cpn-" + run.toLowerCase() + "@example.jp";
        String code = issueYen(manager(), SAKURA, 500, email);
        assertThat(code).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        operator().get(SAKURA + "/" + code).then().statusCode(200)
                .body("amountMinor", equalTo(500)).body("currency", equalTo("JPY")).body("percent", nullValue())
                .body("status", equalTo("ACTIVE")).body("issuedToEmail", equalTo(email))
                .body("issuedBy", equalTo("sakura-manager")).body("rmaNumber", equalTo("RMA-CPN"));
        // Typed lower case without hyphens, it is the same code.
        operator().get(SAKURA + "/" + code.replace("-", "").toLowerCase()).then().statusCode(200).body("code", equalTo(code));
        operator().queryParam("q", email).get(SAKURA).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].code", equalTo(code));
        operator().queryParam("status", "ACTIVE").queryParam("size", 200).get(SAKURA).then().statusCode(200)
                .body("items.status", everyItem(equalTo("ACTIVE")));
        operator().queryParam("status", "GONE").get(SAKURA).then().statusCode(422);

        // Operators and analysts read but may not issue or void; neither may an API key.
        operator().body("{\"percent\":10,\"expiresAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\",\"reason\":\"x\"}")
                .post(SAKURA).then().statusCode(403);
        operator().body("{\"reason\":\"x\"}").post(SAKURA + "/" + code + "/void").then().statusCode(403);
        String key = apiKey("sakura-apparel", "/shops/sakura-apparel/manager");
        withKey(key).get(SAKURA + "/" + code).then().statusCode(200);
        withKey(key).body("{\"percent\":10,\"expiresAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\",\"reason\":\"x\"}")
                .post(SAKURA).then().statusCode(403);

        // A percentage coupon; bad values are refused with problem details.
        manager().body("{\"percent\":15,\"expiresAt\":\"" + Instant.now().plus(7, ChronoUnit.DAYS) + "\",\"reason\":\"VIP\"}")
                .post(SAKURA).then().statusCode(200).body("percent", equalTo(15)).body("amountMinor", nullValue())
                .body("currency", nullValue());
        manager().header("Accept-Language", "ja")
                .body("{\"amountMinor\":500,\"percent\":15,\"expiresAt\":\"" + Instant.now().plus(7, ChronoUnit.DAYS)
                        + "\",\"reason\":\"both\"}")
                .post(SAKURA).then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("detail", containsString("どちらか一方"));
        manager().header("Accept-Language", "en").body("{\"percent\":15,\"expiresAt\":\"" + Instant.now().minus(1, ChronoUnit.DAYS) + "\",\"reason\":\"past\"}")
                .post(SAKURA).then().statusCode(422).body("detail", containsString("future"));
        manager().body("{\"percent\":101,\"expiresAt\":\"" + Instant.now().plus(7, ChronoUnit.DAYS) + "\"}")
                .post(SAKURA).then().statusCode(400);

        // Voiding: once, with its reason, audited; a voided coupon cannot be redeemed.
        manager().body("{\"reason\":\"Issued to the wrong customer\"}").post(SAKURA + "/" + code + "/void").then()
                .statusCode(200).body("status", equalTo("VOID")).body("voidedBy", equalTo("sakura-manager"))
                .body("voidReason", equalTo("Issued to the wrong customer"));
        manager().body("{\"reason\":\"again\"}").post(SAKURA + "/" + code + "/void").then().statusCode(200)
                .body("voidReason", equalTo("Issued to the wrong customer"));
        withKey(key).body("{\"orderReference\":\"SA-" + run + "\"}").post(SAKURA + "/" + code + "/redemptions").then()
                .statusCode(409);
        assertThat(Sql.number("select count(*) from audit_event where entity_type = 'COUPON' and entity_ref = ? "
                + "and action in ('COUPON_ISSUED', 'COUPON_VOIDED')", code.replace("-", ""))).isEqualTo(2);
    }

    @Test
    void aShopSystemRedeemsOnceRetriesSafelyAndCannotReuseTheCode() {
        String code = issueYen(manager(), SAKURA, 1000, "redeem-" + run.toLowerCase() + "@example.jp");
        String key = apiKey("sakura-apparel", "/shops/sakura-apparel/manager");
        String order = "SA-" + run;
        withKey(key).header("Idempotency-Key", "k-" + run).body("{\"orderReference\":\"" + order + "\"}")
                .post(SAKURA + "/" + code + "/redemptions").then().statusCode(200)
                .body("status", equalTo("REDEEMED")).body("orderReference", equalTo(order))
                .body("redeemedBy", containsString("POS coupons"));
        String redeemedAt = operator().get(SAKURA + "/" + code).then().extract().path("redeemedAt");
        // The retry of the same request answers the same redemption, unchanged.
        withKey(key).header("Idempotency-Key", "k-" + run).body("{\"orderReference\":\"" + order + "\"}")
                .post(SAKURA + "/" + code + "/redemptions").then().statusCode(200)
                .body("redeemedAt", equalTo(redeemedAt));
        // Another order: 409 in the caller's language; the same key for another order: 409 too.
        withKey(key).header("Accept-Language", "ja").body("{\"orderReference\":\"SA-OTHER-" + run + "\"}")
                .post(SAKURA + "/" + code + "/redemptions").then().statusCode(409)
                .contentType(containsString("application/problem+json")).body("detail", containsString("別の注文"));
        withKey(key).header("Idempotency-Key", "k-" + run).body("{\"orderReference\":\"SA-OTHER-" + run + "\"}")
                .post(SAKURA + "/" + code + "/redemptions").then().statusCode(409)
                .body("detail", containsString("Idempotency-Key"));
        operator().get(SAKURA + "/" + code).then().body("orderReference", equalTo(order));
        // A used coupon cannot be withdrawn.
        manager().body("{\"reason\":\"late\"}").post(SAKURA + "/" + code + "/void").then().statusCode(409);
        // No order reference: 400; unknown or malformed code: 404; no credentials: 401.
        withKey(key).body("{}").post(SAKURA + "/" + code + "/redemptions").then().statusCode(400);
        withKey(key).body("{\"orderReference\":\"x\"}").post(SAKURA + "/2222-2222-2222/redemptions").then().statusCode(404);
        withKey(key).body("{\"orderReference\":\"x\"}").post(SAKURA + "/not-a-code/redemptions").then().statusCode(404);
        given().contentType("application/json").body("{\"orderReference\":\"x\"}").post(SAKURA + "/" + code + "/redemptions")
                .then().statusCode(401);
        assertThat(Sql.number("select count(*) from audit_event where entity_type = 'COUPON' and entity_ref = ? "
                + "and action = 'COUPON_REDEEMED'", code.replace("-", ""))).isEqualTo(1);
    }

    @Test
    void anExpiredCouponIsRefusedWith422() {
        String code = issueYen(manager(), SAKURA, 300, "late-" + run.toLowerCase() + "@example.jp");
        // No API issues a coupon in the past: move its expiry as the database owner.
        assertThat(Sql.execute("update coupon set expires_at = now() - interval '1 minute' where code = ?",
                code.replace("-", ""))).isEqualTo(1);
        operator().get(SAKURA + "/" + code).then().statusCode(200).body("status", equalTo("EXPIRED"));
        operator().queryParam("status", "EXPIRED").queryParam("q", code).get(SAKURA).then().statusCode(200)
                .body("items.code", hasItem(code));
        withKey(apiKey("sakura-apparel", "/shops/sakura-apparel/manager")).header("Accept-Language", "en")
                .body("{\"orderReference\":\"SA-" + run + "\"}").post(SAKURA + "/" + code + "/redemptions").then()
                .statusCode(422).body("detail", containsString("expired"));
        operator().get(SAKURA + "/" + code).then().body("orderReference", nullValue());
    }

    @Test
    void anotherShopsCodeIsUnknownHereAndItsRowsInvisible() {
        String kumoCode = issueYen(as("kumo-manager", "/shops/kumo-zakka/manager"), KUMO, 700,
                "kumo-" + run.toLowerCase() + "@example.jp");
        String sakuraKey = apiKey("sakura-apparel", "/shops/sakura-apparel/manager");
        withKey(sakuraKey).body("{\"orderReference\":\"SA-" + run + "\"}").post(SAKURA + "/" + kumoCode + "/redemptions")
                .then().statusCode(404);
        manager().get(SAKURA + "/" + kumoCode).then().statusCode(404);
        manager().queryParam("q", kumoCode).get(SAKURA).then().statusCode(200).body("total", equalTo(0));
        manager().body("{\"reason\":\"not mine\"}").post(SAKURA + "/" + kumoCode + "/void").then().statusCode(404);
        // Sakura's key is no key in kumo-zakka, and sakura's staff have no role there.
        withKey(sakuraKey).body("{\"orderReference\":\"KZ-" + run + "\"}").post(KUMO + "/" + kumoCode + "/redemptions")
                .then().statusCode(401);
        manager().get(KUMO + "/" + kumoCode).then().statusCode(403);
        as("kumo-manager", "/shops/kumo-zakka/manager").get(KUMO + "/" + kumoCode).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void twoRedemptionsOfOneCodeAtOnceLeaveExactlyOneWinner() throws Exception {
        String key = apiKey("sakura-apparel", "/shops/sakura-apparel/manager");
        for (int round = 0; round < 5; round++) {
            String code = issueYen(manager(), SAKURA, 800, "race-" + run.toLowerCase() + "@example.jp");
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> attempts = List.of("A", "B").stream()
                    .map(order -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return withKey(key).body("{\"orderReference\":\"RACE-" + run + "-" + order + "\"}")
                                .post(SAKURA + "/" + code + "/redemptions").then().extract().statusCode();
                    })).toList();
            start.countDown();
            CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(statuses).as("round %d", round).containsExactly(200, 409);
            operator().get(SAKURA + "/" + code).then().body("orderReference", matchesPattern("RACE-" + run + "-[AB]"))
                    .body("status", equalTo("REDEEMED")).body("orderReference", not(nullValue()));
            assertThat(Sql.number("select count(*) from audit_event where entity_type = 'COUPON' and entity_ref = ? "
                    + "and action = 'COUPON_REDEEMED'", code.replace("-", ""))).isEqualTo(1);
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
