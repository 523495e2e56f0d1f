package com.kaeru.backend.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.time.Duration;

import com.kaeru.backend.it.Deployments;
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
 * The REST API over HTTP, as the UIs and integrators see it: authentication, per-shop
 * authorisation, problem details, validation and the public portal and address endpoints.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {
    private static final String PROBLEM = "application/problem+json";
    private static final String SAKURA_OPERATOR = "/shops/sakura-apparel/operator";
    private static final String KUMO_MANAGER = "/shops/kumo-zakka/manager";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.baseURI = base.toString().replaceAll("/$", "");
    }

    private RequestSpecification as(String username, String... groups) {
        return given().auth().oauth2(TestTokens.token(username, groups));
    }

    private RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    // ---- authentication: 401 as problem details -------------------------------------------

    @Test
    void missingTokenIs401Problem() {
        given().get("/v1/me").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://kaeru.app/problems/unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void expiredTokenIs401Problem() {
        withToken(TestTokens.builder("sakura-operator", SAKURA_OPERATOR).expiredSecondsAgo(120).sign())
                .get("/v1/me").then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("https://kaeru.app/problems/unauthorized"));
    }

    @Test
    void tamperedSignatureIs401Problem() {
        withToken(TestTokens.tamperSignature(TestTokens.token("sakura-operator", SAKURA_OPERATOR)))
                .get("/v1/me").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void forgedClaimsAre401() {
        String genuine = TestTokens.token("sakura-operator", SAKURA_OPERATOR);
        String forged = TestTokens.withForgedClaims(genuine, "{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"kaeru-api\","
                + "\"sub\":\"x\",\"upn\":\"sakura-operator\",\"groups\":[\"kaeru-staff\"],\"exp\":4102444800,"
                + "\"iat\":1700000000,\"jti\":\"forged\",\"kaeru_groups\":[\"/shops/sakura-apparel/manager\"]}");
        withToken(forged).get("/v1/shops/sakura-apparel").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void wrongIssuerIs401Problem() {
        withToken(TestTokens.builder("sakura-operator", SAKURA_OPERATOR).issuer("https://evil.test/realms/kaeru").sign())
                .get("/v1/me").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void untrustedSigningKeyIs401() {
        withToken(TestTokens.builder("sakura-operator", SAKURA_OPERATOR).signedWith(TestTokens.foreignKey()).sign())
                .get("/v1/me").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        withToken(TestTokens.builder("sakura-operator", SAKURA_OPERATOR).audience("some-other-api").sign())
                .get("/v1/me").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void unsignedTokenIs401() {
        withToken(TestTokens.unsigned(TestTokens.token("sakura-operator", SAKURA_OPERATOR)))
                .get("/v1/me").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void unauthorizedDetailFollowsTheCallersLanguage() {
        given().header("Accept-Language", "ja-JP,ja;q=0.9").get("/v1/me").then().statusCode(401)
                .body("title", equalTo("認証が必要です"));
    }

    // ---- the caller ------------------------------------------------------------------------

    @Test
    void meListsShopsAndRolesOfTheMixedRolePerson() {
        as("mixed-staff", SAKURA_OPERATOR, KUMO_MANAGER).get("/v1/me").then().statusCode(200)
                .body("username", equalTo("mixed-staff"))
                .body("shops.slug", containsInAnyOrder("sakura-apparel", "kumo-zakka"))
                .body("shops.find { it.slug == 'sakura-apparel' }.roles", containsInAnyOrder("OPERATOR"))
                .body("shops.find { it.slug == 'kumo-zakka' }.roles", containsInAnyOrder("MANAGER"))
                .body("shops.find { it.slug == 'sakura-apparel' }.permissions", not(hasItem("MANAGE_SETTINGS")))
                .body("shops.find { it.slug == 'kumo-zakka' }.permissions", hasItem("MANAGE_SETTINGS"));
    }

    @Test
    void agencyAdminSeesEveryAgencyShopAndNoOther() {
        as("agency", "/agencies/demo-agency/admins").get("/v1/me").then().statusCode(200)
                .body("shops.slug", containsInAnyOrder("sakura-apparel", "kumo-zakka"))
                .body("agencies", containsInAnyOrder("demo-agency"));
        as("agency", "/agencies/demo-agency/admins").get("/v1/shops/umi-outdoor").then().statusCode(403);
        as("agency", "/agencies/demo-agency/admins").get("/v1/shops/kumo-zakka").then().statusCode(200)
                .body("slug", equalTo("kumo-zakka"));
    }

    @Test
    void personWithoutMembershipsHasNoShops() {
        as("newcomer").get("/v1/me").then().statusCode(200).body("shops.size()", equalTo(0));
    }

    // ---- authorisation per shop: 403 -------------------------------------------------------

    @Test
    void roleInOneShopGivesNothingInAnother() {
        as("sakura-operator", SAKURA_OPERATOR).get("/v1/shops/umi-outdoor").then().statusCode(403)
                .contentType(PROBLEM).body("type", equalTo("https://kaeru.app/problems/forbidden"));
        as("sakura-operator", SAKURA_OPERATOR).get("/v1/shops/umi-outdoor/return-reasons").then().statusCode(403);
    }

    @Test
    void unknownShopIsIndistinguishableFromAForeignOne() {
        as("sakura-operator", SAKURA_OPERATOR).get("/v1/shops/no-such-shop").then().statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void mixedRolePersonIsOperatorInOneShopAndManagerInTheOther() {
        String body = "{\"name\":\"くも雑貨店\",\"brandColor\":\"#455a64\",\"logoUrl\":\"\"}";
        as("mixed-staff", SAKURA_OPERATOR, KUMO_MANAGER).contentType("application/json").body(body)
                .put("/v1/shops/sakura-apparel/branding").then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("MANAGE_SETTINGS"));
        as("mixed-staff", SAKURA_OPERATOR, KUMO_MANAGER).contentType("application/json").body(body)
                .put("/v1/shops/kumo-zakka/branding").then().statusCode(200)
                .body("brandColor", equalTo("#455A64"));
    }

    @Test
    void analystMayViewButNotChangeSettings() {
        as("sakura-analyst", "/shops/sakura-apparel/analyst").get("/v1/shops/sakura-apparel").then().statusCode(200);
        as("sakura-analyst", "/shops/sakura-apparel/analyst").contentType("application/json")
                .body("{\"name\":\"X\",\"brandColor\":\"#000000\"}")
                .put("/v1/shops/sakura-apparel/branding").then().statusCode(403);
    }

    // ---- bad input: clear errors, nothing lost ------------------------------------------------

    @Test
    void invalidBrandingIsRefusedFieldByFieldInJapaneseAndChangesNothing() {
        String before = as("sakura-manager", "/shops/sakura-apparel/manager").get("/v1/shops/sakura-apparel")
                .then().statusCode(200).extract().path("brandColor");
        as("sakura-manager", "/shops/sakura-apparel/manager").header("Accept-Language", "ja")
                .contentType("application/json").body("{\"name\":\" \",\"brandColor\":\"red\",\"logoUrl\":\"ftp://x\"}")
                .put("/v1/shops/sakura-apparel/branding").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://kaeru.app/problems/validation"))
                .body("errors.field", containsInAnyOrder("name", "brandColor", "logoUrl"))
                .body("errors.find { it.field == 'brandColor' }.message", containsString("#2F6F5E"));
        as("sakura-manager", "/shops/sakura-apparel/manager").get("/v1/shops/sakura-apparel").then()
                .body("brandColor", equalTo(before));
    }

    @Test
    void aSchemeRelativeLogoUrlIsRefused() {
        // "//host" and "/\host" look like paths but browsers load them from another site.
        for (String url : new String[] {"//evil.example/logo.png", "/\\\\evil.example/logo.png", "https:///logo.png"}) {
            as("sakura-manager", "/shops/sakura-apparel/manager").header("Accept-Language", "en")
                    .contentType("application/json")
                    .body("{\"name\":\"Sakura Apparel\",\"brandColor\":\"#2F6F5E\",\"logoUrl\":\"" + url + "\"}")
                    .put("/v1/shops/sakura-apparel/branding").then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", containsInAnyOrder("logoUrl"));
        }
    }

    @Test
    void unreadableJsonIs400Problem() {
        as("sakura-manager", "/shops/sakura-apparel/manager").contentType("application/json").body("{\"name\": ")
                .put("/v1/shops/sakura-apparel/branding").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void missingBodyIs400Problem() {
        as("sakura-manager", "/shops/sakura-apparel/manager").contentType("application/json")
                .put("/v1/shops/sakura-apparel/branding").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void unknownPathIs404Problem() {
        given().get("/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://kaeru.app/problems/not-found"));
    }

    // ---- shop data -------------------------------------------------------------------------

    @Test
    void staffSeeTheirShopsReturnReasonsAsATree() {
        as("kumo-operator", "/shops/kumo-zakka/operator").get("/v1/shops/kumo-zakka/return-reasons").then()
                .statusCode(200)
                .body("code", hasItems("SIZE", "SIZE_TOO_SMALL", "DEFECTIVE"))
                .body("find { it.code == 'SIZE_TOO_SMALL' }.parentCode", equalTo("SIZE"))
                .body("find { it.code == 'SIZE_TOO_SMALL' }.labelJa", equalTo("小さすぎる"));
    }

    // ---- public portal endpoints -----------------------------------------------------------

    @Test
    void portalBrandingIsPublicAndRevealsNothingPrivate() {
        given().get("/v1/portal/shops/sakura-apparel").then().statusCode(200)
                .body("name", equalTo("さくらアパレル"))
                .body("languages", containsInAnyOrder("ja", "en"))
                // What the portal needs to offer pickups, and nothing about the agency or settings
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("returnMethods", hasItems("PREPAID_LABEL", "DROP_OFF", "PICKUP"))
                .body("agencySlug", nullValue())
                .body("refundApprovalLimitMinor", nullValue());
    }

    @Test
    void unknownPortalShopIs404InTheCallersLanguage() {
        given().header("Accept-Language", "ja").get("/v1/portal/shops/no-such-shop").then().statusCode(404)
                .contentType(PROBLEM).body("detail", equalTo("ショップ「no-such-shop」は存在しません。"));
    }

    // ---- public address endpoints -----------------------------------------------------------

    @Test
    void aPostalCodeFillsTheFormWithoutAToken() {
        given().get("/v1/addresses/postal-codes/1500002").then().statusCode(200)
                .body("postalCode", equalTo("150-0002"))
                .body("addresses.prefecture", containsInAnyOrder("東京都"))
                .body("addresses[0].city", equalTo("渋谷区"))
                .body("addresses[0].town", equalTo("渋谷"))
                .body("addresses[0].townKana", equalTo("シブヤ"));
    }

    @Test
    void unknownPostalCodeIs404ProblemInTheCallersLanguage() {
        given().header("Accept-Language", "ja").get("/v1/addresses/postal-codes/999-9999").then().statusCode(404)
                .contentType(PROBLEM).body("type", equalTo("https://kaeru.app/problems/not-found"))
                .body("detail", equalTo("郵便番号 999-9999 は存在しません。"));
    }

    @Test
    void malformedPostalCodeIs400Problem() {
        given().get("/v1/addresses/postal-codes/12-34").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://kaeru.app/problems/bad-request"))
                .body("detail", containsString("seven digits"));
    }

    @Test
    void addressCheckFlagsAMismatchInJapaneseWithTheRightCode() {
        // Tokyo Station's address with Shibuya's postal code, typed in full width
        given().header("Accept-Language", "ja").contentType("application/json")
                .body("{\"postalCode\":\"１５０－０００２\",\"prefecture\":\"東京都\",\"city\":\"千代田区\","
                        + "\"addressLine\":\"丸の内1-9-1\"}")
                .post("/v1/addresses/checks").then().statusCode(200)
                .body("postalCode", equalTo("150-0002"))
                .body("clean", equalTo(false))
                .body("candidates[0].town", equalTo("渋谷"))
                .body("findings.code", containsInAnyOrder("POSTAL_CODE_MISMATCH"))
                .body("findings[0].field", equalTo("city"))
                .body("findings[0].suggestedPostalCodes", containsInAnyOrder("100-0005"))
                .body("findings[0].message", equalTo("郵便番号 150-0002 は入力された住所と一致しません。この住所の郵便番号は 100-0005 です。"));
    }

    @Test
    void addressCheckAcceptsAKyotoStreetAddress() {
        given().contentType("application/json")
                .body("{\"postalCode\":\"604-0846\",\"prefecture\":\"京都府\",\"city\":\"京都市中京区\","
                        + "\"addressLine\":\"烏丸通御池上ル金吹町452\"}")
                .post("/v1/addresses/checks").then().statusCode(200)
                .body("clean", equalTo(true)).body("match.town", equalTo("金吹町")).body("findings.size()", equalTo(0));
    }

    @Test
    void addressCheckRefusesAnOverlongFieldAsValidationProblem() {
        given().contentType("application/json").body("{\"postalCode\":\"" + "1".repeat(40) + "\"}")
                .post("/v1/addresses/checks").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://kaeru.app/problems/validation"))
                .body("errors.field", containsInAnyOrder("postalCode"));
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        given().baseUri(RestAssured.baseURI.replaceAll("/api$", "")).get("/openapi").then().statusCode(200)
                .body(containsString("/me")).body(containsString("/portal/shops/{slug}"))
                .body(containsString("/addresses/checks")).body(containsString("/addresses/postal-codes/{code}"))
                // Examples for requests and for the problems they can get
                .body(containsString("hanako@example.jp")).body(containsString("application/problem+json"))
                .body(containsString("can only be exchanged, not refunded"));
    }

    @Test
    void readinessIncludesTheDatabaseTheReadDataSourceAndThePostalDirectory() {
        // The postal directory loads in the background at start-up: readiness waits for it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(RestAssured.baseURI.replaceAll("/api$", "")).get("/health/ready").then()
                        .statusCode(200).body("checks.name", hasItems("kaeru-database", "kaeru-postal-directory"))
                        // The read-only data source (the primary here) and where the heavy reads go.
                        .body("checks.find { it.name == 'kaeru-database-read' }.data.reads", equalTo("read-data-source")));
    }
}
