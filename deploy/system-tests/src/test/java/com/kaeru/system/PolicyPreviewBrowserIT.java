package com.kaeru.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A manager tightens a policy rule in the console, sees the "try it" panel change for a real
 * order before saving, saves — and the portal API then tells that order's customer the same.
 */
class PolicyPreviewBrowserIT {
    private static final String SHOP = "umi-outdoor";
    private static final String API = "/api/v1";
    private static Chromium chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    private static RequestSpecification manager() {
        return given().baseUri(SystemUnderTest.baseUrl()).auth().oauth2(KeycloakTokens.accessToken("umi-manager"))
                .contentType("application/json");
    }

    /** An order delivered 20 days ago: inside the default 30-day window, outside a 14-day one. */
    private static String order(String run) {
        manager().body("""
                [{"externalId":"LAMP-%1$s","nameJa":"ランタン","nameEn":"Lantern","category":"camp",
                  "variants":[{"sku":"LAMP-%1$s","priceMinor":6400}]}]""".formatted(run))
                .put(API + "/shops/" + SHOP + "/integration/products").then().statusCode(200).body("rejected", equalTo(0));
        String number = "POL-" + run;
        Instant delivered = Instant.now().minus(20, ChronoUnit.DAYS);
        manager().body("""
                [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"海野 太郎",
                  "customerEmail":"%2$s","orderedAt":"%3$s","shippedAt":"%3$s","deliveredAt":"%4$s",
                  "lines":[{"lineNo":1,"sku":"LAMP-%5$s","quantity":1,"unitPriceMinor":6400}]}]
                """.formatted(number, email(run), delivered.minus(2, ChronoUnit.DAYS), delivered, run))
                .put(API + "/shops/" + SHOP + "/integration/orders").then().statusCode(200).body("rejected", equalTo(0));
        return number;
    }

    private static String email(String run) {
        return "pol-" + run.toLowerCase() + "@example.jp";
    }

    /** What the portal tells the customer about the order's first line. */
    private static io.restassured.response.ValidatableResponse portalOrder(String number, String run) {
        String token = given().baseUri(SystemUnderTest.baseUrl()).contentType("application/json")
                .body("{\"orderNumber\":\"" + number + "\",\"emailOrPhone\":\"" + email(run) + "\"}")
                .post(API + "/portal/shops/" + SHOP + "/order-lookups").then().statusCode(200).extract().path("token");
        return given().baseUri(SystemUnderTest.baseUrl()).header("X-Kaeru-Order-Token", token)
                .header("Accept-Language", "en").get(API + "/portal/shops/" + SHOP + "/order").then().statusCode(200);
    }

    @Test
    void managerTightensARuleSeesThePreviewChangeAndThePortalFollowsOnceSaved() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String number = order(run);
        portalOrder(number, run).body("lines[0].eligibility.outcome", equalTo("AUTO_APPROVE"))
                .body("lines[0].eligibility.rule", equalTo("30日以内"));
        Page page = chromium.page("en-US", 1500, 950);
        try {
            page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/" + SHOP + "/settings/policy");
            ConsoleLogin.logIn(page, "umi-manager");
            page.waitForURL(Pattern.compile(".*/admin/shops/" + SHOP + "/settings/policy"));
            assertThat(page.locator("#nav-policy")).isVisible();

            page.locator("#preview-order input").fill(number);
            page.locator("#preview-run").click();
            assertThat(page.locator("#preview-note")).containsText("saved policy");
            assertThat(page.locator("#preview-grid")).containsText("decided by rule 2: 30日以内");
            assertThat(page.locator("#preview-grid")).containsText("Approved automatically");
            Chromium.screenshot(page, "admin-policy-preview-saved-en");

            // 30日以内 (umi-outdoor is a Japanese shop: its default rule names are Japanese) → within 14 days:
            // the order (20 days) now falls to a person.
            page.locator("#rule-edit-1").click();
            page.locator("#rule-max-days input").fill("14");
            page.locator("#rule-max-days input").press("Tab");
            Chromium.screenshot(page, "admin-policy-rule-dialog-en");
            page.locator("#rule-apply").click();
            assertThat(page.locator("#preview-note")).containsText("unsaved rules");
            assertThat(page.locator("#preview-grid")).containsText("no rule matched: staff review");
            assertThat(page.locator("#policy-dirty")).containsText("Unsaved changes");
            assertThat(page.locator("#rule-dialog")).isHidden();
            Chromium.screenshot(page, "admin-policy-preview-draft-en");
            // Not saved yet: customers still get the saved policy.
            portalOrder(number, run).body("lines[0].eligibility.outcome", equalTo("AUTO_APPROVE"));

            page.locator("#policy-save").click();
            assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Policy saved"))).isVisible();
            assertThat(page.locator("#preview-note")).containsText("saved policy");
            Chromium.screenshot(page, "admin-policy-saved-en");

            portalOrder(number, run).body("lines[0].eligibility.outcome", equalTo("NEEDS_REVIEW"))
                    .body("lines[0].eligibility.rule", equalTo("DEFAULT_REVIEW"));
        } finally {
            page.context().close();
            manager().body("{\"rules\":[]}").put(API + "/shops/" + SHOP + "/policy").then().statusCode(200);
        }
    }
}
