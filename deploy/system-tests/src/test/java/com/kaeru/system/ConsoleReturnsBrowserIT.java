package com.kaeru.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's daily work in a real browser against the whole stack: an operator takes a
 * received parcel through the receiving station with the keyboard alone and sees the refund
 * issued; an analyst sees returns but no button that would change one; an operator finds the
 * customer's answer to a question through the "customer answered" view.
 */
class ConsoleReturnsBrowserIT {
    private static final String SHOP = ReceivedReturns.SHOP;
    private static final String API = ReceivedReturns.API;
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
    void operatorGradesAReceivedParcelByKeyboardAloneAndSeesTheRefundIssued() {
        String rma = ReceivedReturns.received("SYS", "山田 花子", "yamada@example.jp", "LINEN-SHIRT-S-WHITE", 7900, "SIZE_TOO_SMALL", "STORE_CREDIT");
        Page page = chromium.page("ja-JP", 1280, 860);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/" + SHOP + "/receiving");
        ConsoleLogin.logIn(page, "sakura-operator");
        page.waitForURL(Pattern.compile(".*/admin/shops/" + SHOP + "/receiving"));
        assertThat(page.locator("#result")).containsText("次の荷物をスキャンしてください");

        // What a keyboard-wedge scanner sends: the label's characters, then Enter — into the focused field.
        page.keyboard().type(rma);
        page.keyboard().press("Enter");
        assertThat(page.locator("#result")).containsText("1 点中 1 点目");
        Chromium.screenshot(page, "admin-receiving-grading-ja");
        page.keyboard().press("a");

        assertThat(page.locator("#result")).containsText(rma + ": ");
        assertThat(page.locator("#result")).containsText("7,900 を返金しました。");
        assertThat(page.locator("#count")).hasText("このステーションで処理: 1 件");
        Chromium.screenshot(page, "admin-receiving-refund-issued-ja");
        ReceivedReturns.api("sakura-operator").get(API + "/shops/" + SHOP + "/returns/" + rma).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("refunds[0].status", equalTo("ISSUED"))
                .body("lines[0].gradeA", equalTo(1));

        // The same parcel scanned again is recognised as done, and the field is ready for the next one.
        page.keyboard().type(rma);
        page.keyboard().press("Enter");
        assertThat(page.locator("#result")).containsText("完了");
        page.keyboard().type("R-999999");
        page.keyboard().press("Enter");
        assertThat(page.locator("#result")).containsText("RMA R-999999 は見つかりません");
        page.context().close();
    }

    @Test
    void operatorFindsTheCustomersAnswerInItsViewAndReadsItOnTheReturn() {
        String email = "answer-" + System.nanoTime() + "@example.jp";
        String rma = ReceivedReturns.received("ANS", "佐藤 美咲", email, "LINEN-SHIRT-S-WHITE", 7900, "SIZE_TOO_SMALL",
                "STORE_CREDIT");
        String staffApi = API + "/shops/" + SHOP + "/returns/" + rma;
        ReceivedReturns.api("sakura-operator").body("{\"message\":\"タグの写真はございますか？\"}")
                .post(staffApi + "/info-requests").then().statusCode(200);
        String order = ReceivedReturns.api("sakura-operator").get(staffApi).then().statusCode(200)
                .extract().path("orderNumber");
        String token = given().baseUri(SystemUnderTest.baseUrl()).contentType("application/json")
                .body("{\"orderNumber\":\"" + order + "\",\"emailOrPhone\":\"" + email + "\"}")
                .post(API + "/portal/shops/" + SHOP + "/order-lookups").then().statusCode(200).extract().path("token");
        given().baseUri(SystemUnderTest.baseUrl()).header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body("{\"message\":\"タグには M とあります。写真はメールでお送りします。\"}")
                .post(API + "/portal/shops/" + SHOP + "/returns/" + rma + "/answers").then().statusCode(200);

        Page page = chromium.page("ja-JP", 1400, 900);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/" + SHOP + "/returns?view=customer-answered");
        ConsoleLogin.logIn(page, "sakura-operator");
        page.waitForURL(Pattern.compile(".*/admin/shops/" + SHOP + "/returns.*"));
        assertThat(page.locator("#view-customer-answered")).hasClass(Pattern.compile(".*current.*"));
        assertThat(page.locator("#returns-grid .rma-link", new Page.LocatorOptions().setHasText(rma))).isVisible();
        assertThat(page.locator("#returns-grid .question-answered").first()).hasText("回答あり");
        Chromium.screenshot(page, "admin-returns-customer-answered-ja");

        page.locator("#returns-grid .rma-link", new Page.LocatorOptions().setHasText(rma)).click();
        assertThat(page.locator("#conversation")).containsText("タグには M とあります。写真はメールでお送りします。");
        assertThat(page.locator("#conversation")).containsText("sakura-operator からの確認");
        Chromium.screenshot(page, "admin-return-conversation-ja");
        page.context().close();
    }

    @Test
    void operatorWorksTheQueueAndOpensAReturnFromIt() {
        Page page = chromium.page("en-US", 1400, 900);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/" + SHOP + "/returns?view=needs-review");
        ConsoleLogin.logIn(page, "sakura-operator");
        page.waitForURL(Pattern.compile(".*/admin/shops/" + SHOP + "/returns.*"));
        assertThat(page.locator("#view-needs-review")).hasClass(Pattern.compile(".*current.*"));
        assertThat(page.locator("#returns-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Needs review")).first()).isVisible();
        assertThat(page.locator("#bulk-approve")).isVisible();
        Chromium.screenshot(page, "admin-returns-queue-needs-review-en");

        page.keyboard().press("j");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/admin/shops/" + SHOP + "/returns/R-\\d{6}"));
        assertThat(page.locator("#approve")).isVisible();
        assertThat(page.locator("#reject")).isVisible();
        assertThat(page.locator("#timeline")).isVisible();
        Chromium.screenshot(page, "admin-return-detail-operator-en");
        page.context().close();
    }

    @Test
    void analystSeesReturnsButNoActionButtons() {
        String rma = given().baseUri(SystemUnderTest.baseUrl())
                .auth().oauth2(KeycloakTokens.accessToken("sakura-analyst"))
                .get(API + "/shops/" + SHOP + "/returns?status=NEEDS_REVIEW").then().statusCode(200)
                .extract().path("items[0].rmaNumber");
        Page page = chromium.page("ja-JP", 1280, 900);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/" + SHOP + "/returns/" + rma);
        ConsoleLogin.logIn(page, "sakura-analyst");
        page.waitForURL(Pattern.compile(".*/admin/shops/" + SHOP + "/returns/" + rma));

        assertThat(page.locator("#rma")).hasText(rma);
        assertThat(page.locator("#timeline")).isVisible();
        assertThat(page.locator("#return-actions vaadin-button")).hasCount(0);
        assertThat(page.locator("#note-text")).hasCount(0);
        assertThat(page.locator("#nav-receiving")).hasCount(0);
        Chromium.screenshot(page, "admin-return-detail-analyst-ja");

        page.locator("#back-to-queue").click();
        page.waitForURL(Pattern.compile(".*/admin/shops/" + SHOP + "/returns.*"));
        assertThat(page.locator("#returns-grid")).isVisible();
        assertThat(page.locator("#bulk-approve")).hasCount(0);
        assertThat(page.locator("#bulk-reject")).hasCount(0);
        assertThat(page.locator("#export-csv")).isVisible();
        Chromium.screenshot(page, "admin-returns-queue-analyst-ja");
        page.context().close();
    }
}
