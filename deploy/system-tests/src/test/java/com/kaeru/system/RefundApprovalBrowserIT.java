package com.kaeru.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Internal control in a real browser: a refund above the shop's approval limit (¥30,000 by
 * default) waits for a manager after grading. The operator who graded sees it waiting and has no
 * way to approve it; a manager approves it in the return's detail and sees it issued.
 */
class RefundApprovalBrowserIT {
    private static final String SHOP = ReceivedReturns.SHOP;
    private static final String API = ReceivedReturns.API;
    /** One coat at ¥38,000: above sakura-apparel's limit of ¥30,000. */
    private static final int PRICE = 38_000;
    private static Chromium chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @Test
    void refundAboveTheLimitWaitsForAManagerWhoApprovesItInTheDetail() {
        String rma = ReceivedReturns.received("APR", "高橋 美咲", "takahashi@example.jp", "LINEN-SHIRT-M-WHITE", PRICE, "DEFECTIVE", "ORIGINAL_PAYMENT");
        String detail = SystemUnderTest.baseUrl() + "/admin/shops/" + SHOP + "/returns/" + rma;

        // The operator grades the unit in the return's detail: the refund is created but held.
        Page operator = chromium.page("ja-JP", 1400, 1000);
        operator.navigate(detail);
        ConsoleLogin.logIn(operator, "sakura-operator");
        operator.waitForURL(Pattern.compile(".*/admin/shops/" + SHOP + "/returns/" + rma));
        assertThat(operator.locator("#rma")).hasText(rma);
        operator.locator("[id^=grade-][id$=-A]").first().click();
        assertThat(operator.locator("#refunds")).isVisible();
        assertThat(operator.locator("#refunds vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("マネージャー承認待ち")).first()).isVisible();
        assertThat(operator.locator("#refunds vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("38,000")).first()).isVisible();
        // Operators may not approve refunds: no approve button anywhere on the page.
        assertThat(operator.locator("[id^=approve-refund-]")).hasCount(0);
        Chromium.screenshot(operator, "admin-refund-waiting-for-manager-operator-ja");
        Number refundId = ReceivedReturns.api("sakura-operator").get(API + "/shops/" + SHOP + "/returns/" + rma).then().statusCode(200)
                .body("refunds[0].status", equalTo("PENDING_APPROVAL"))
                .body("refunds[0].amountMinor", equalTo(PRICE))
                .body("refunds[0].requestedBy", equalTo("sakura-operator"))
                .extract().path("refunds[0].id");
        // And the API refuses them as well as the screen does.
        ReceivedReturns.api("sakura-operator").post(API + "/shops/" + SHOP + "/returns/" + rma + "/refunds/" + refundId + "/approve")
                .then().statusCode(403);
        operator.context().close();

        // The manager opens the same return, sees it waiting, approves, and sees it issued.
        Page manager = chromium.page("ja-JP", 1400, 1000);
        manager.navigate(detail);
        ConsoleLogin.logIn(manager, "sakura-manager");
        manager.waitForURL(Pattern.compile(".*/admin/shops/" + SHOP + "/returns/" + rma));
        assertThat(manager.locator("#approve-refund-" + refundId)).isVisible();
        Chromium.screenshot(manager, "admin-refund-waiting-for-manager-manager-ja");
        manager.locator("#approve-refund-" + refundId).click();

        assertThat(manager.locator("#approve-refund-" + refundId)).hasCount(0);
        // The card refund is queued on approval; the refund worker pays it right after the commit.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                ReceivedReturns.api("sakura-manager").get(API + "/shops/" + SHOP + "/returns/" + rma).then()
                        .statusCode(200).body("refunds[0].status", equalTo("ISSUED")));
        manager.reload();
        assertThat(manager.locator("#refunds vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("返金済み")).first()).isVisible();
        assertThat(manager.locator("#refunds vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("sakura-manager")).first()).isVisible();
        Chromium.screenshot(manager, "admin-refund-approved-by-manager-ja");
        ReceivedReturns.api("sakura-manager").get(API + "/shops/" + SHOP + "/returns/" + rma).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("refunds[0].status", equalTo("ISSUED"))
                .body("refunds[0].approvedBy", equalTo("sakura-manager"));
        manager.context().close();
    }
}
