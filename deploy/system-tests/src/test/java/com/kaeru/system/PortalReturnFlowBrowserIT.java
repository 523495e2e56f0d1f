package com.kaeru.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A customer's whole return in headless Chromium, at phone and desktop widths, in Japanese and
 * English: the exchange path, the refund path, an ineligible line, an address corrected, a
 * wrong lookup, answering the shop's question and cancelling from the status page. Screenshots go to target/screenshots.
 */
class PortalReturnFlowBrowserIT {
    private static Chromium chromium;
    private static TestOrders orders;

    @BeforeAll
    static void start() {
        chromium = new Chromium();
        orders = new TestOrders();
    }

    @AfterAll
    static void stop() {
        chromium.close();
    }

    private static Page open(String locale, int width, int height) {
        Page page = chromium.page(locale, width, height);
        page.navigate(SystemUnderTest.baseUrl() + "/portal/" + TestOrders.SHOP);
        return page;
    }

    private static void lookUp(Page page, String orderNumber, String contact) {
        page.locator("#order-number input").fill(orderNumber);
        page.locator("#email-or-phone input").fill(contact);
        page.locator("#lookup-submit").click();
    }

    /** Looks the order up and waits until the first step is on screen. */
    private static void openOrder(Page page, String orderNumber) {
        lookUp(page, orderNumber, TestOrders.EMAIL);
        assertThat(page.locator("#step-title")).isVisible();
    }

    /** Moves one step and waits for that step's title, so the next action hits the new step. */
    private static void step(Page page, String buttonId, String expectedTitle) {
        page.locator("#" + buttonId).click();
        assertThat(page.locator("#step-title")).hasText(expectedTitle);
    }

    /** Opens a Vaadin select and picks the item with this text. */
    private static void choose(Page page, Locator select, String itemText) {
        select.click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(itemText)).first().click();
    }

    private static Locator radio(Locator scope, String label) {
        return scope.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label)).first();
    }

    @Test
    void exchangeForAnotherSizeOnAPhoneInJapanese() {
        String order = orders.order();
        Page page = open("ja-JP", Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT);
        openOrder(page, order);

        assertThat(page.locator("#step-title")).hasText("商品の選択");
        Locator shirt = page.locator("#line-BT-" + orders.run + "-S");
        shirt.locator("vaadin-checkbox").click();
        Chromium.screenshot(page, "portal-flow-exchange-1-items-ja-phone");
        step(page, "wizard-next", "理由と交換");

        Locator details = page.locator("#details-BT-" + orders.run + "-S");
        assertThat(radio(details, "別のサイズ・色に交換")).hasAttribute("checked", "");
        choose(page, details.locator("vaadin-select.reason"), "小さすぎる");
        radio(details, "M / white").click();
        assertThat(details.locator(".difference")).hasText("同じ価格のため、差額はありません。");
        Chromium.screenshot(page, "portal-flow-exchange-2-details-ja-phone");
        step(page, "wizard-next", "返送方法");

        assertThat(page.locator("#address-postal-code input")).hasValue("150-0001");
        Chromium.screenshot(page, "portal-flow-exchange-3-shipping-ja-phone");
        step(page, "wizard-next", "確認");

        assertThat(page.locator(".review-line")).containsText("M / white");
        Chromium.screenshot(page, "portal-flow-exchange-4-review-ja-phone");
        page.locator("#wizard-submit").click();

        assertThat(page.locator("#confirmation h2")).hasText("ありがとうございます。申請を受け付けました");
        assertThat(page.locator("#confirmation-rma")).hasText(java.util.regex.Pattern.compile("R-\\d{6}"));
        assertThat(page.locator("#status-badge")).hasText("ご返送待ち");
        Chromium.screenshot(page, "portal-flow-exchange-5-confirmation-ja-phone");
        page.context().close();
    }

    @Test
    void refundToStoreCreditWithADropOffOnADesktopInEnglish() {
        String order = orders.order();
        Page page = open("en-US", 1280, 900);
        openOrder(page, order);
        page.locator("#line-BT-" + orders.run + "-S vaadin-checkbox").click();
        step(page, "wizard-next", "Reason and exchange");

        Locator details = page.locator("#details-BT-" + orders.run + "-S");
        choose(page, details.locator("vaadin-select.reason"), "No longer needed");
        radio(details, "Refund").click();
        radio(details, "Store credit").click();
        assertThat(details.locator(".refund-amount")).hasText("You will receive ¥6,000.");
        step(page, "wizard-next", "Sending it back");

        radio(page.locator("#return-method"), "Drop-off").click();
        choose(page, page.locator("#drop-off-point"), "Lawson");
        Chromium.screenshot(page, "portal-flow-refund-3-shipping-en-desktop");
        step(page, "wizard-next", "Review");

        assertThat(page.locator("#refund-total")).hasText("Total refund: ¥6,000");
        page.locator("#wizard-submit").click();
        assertThat(page.locator("#confirmation")).containsText("Show the QR code");
        Chromium.screenshot(page, "portal-flow-refund-5-confirmation-en-desktop");
        page.context().close();
    }

    @Test
    void anIneligibleLineSaysWhyInPlainWords() {
        String order = orders.order();
        Page page = open("ja-JP", Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT);
        openOrder(page, order);

        Locator scarf = page.locator("#line-BT-FINAL-" + orders.run);
        assertThat(scarf.locator(".why")).containsText("返品できません");
        assertThat(scarf.locator("vaadin-checkbox")).hasCount(0);
        Chromium.screenshot(page, "portal-flow-ineligible-ja-phone");
        page.context().close();
    }

    @Test
    void aBadAddressIsFlaggedAndCorrectedWithoutLosingAnything() {
        String order = orders.order();
        Page page = open("en-US", Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT);
        openOrder(page, order);
        page.locator("#line-BT-" + orders.run + "-S vaadin-checkbox").click();
        step(page, "wizard-next", "Reason and exchange");
        Locator details = page.locator("#details-BT-" + orders.run + "-S");
        choose(page, details.locator("vaadin-select.reason"), "Too small");
        radio(details, "M / white").click();
        details.locator("vaadin-text-area textarea").fill("Tight on the shoulders");
        step(page, "wizard-next", "Sending it back");

        // A postal code of another ward: it refills prefecture and city, and the street no longer fits.
        page.locator("#address-postal-code input").fill("1000005");
        assertThat(page.locator("#address-city input")).hasValue("千代田区");
        assertThat(page.locator("#postal-hint")).isVisible();
        assertThat(page.locator("#postal-hint")).containsText("100-0005");
        page.locator("#address-line1 input").fill("神宮前");
        page.locator("#address-line1 input").press("Tab");
        assertThat(page.locator("#line-hint")).containsText("block number");
        Chromium.screenshot(page, "portal-flow-address-flagged-en-phone");

        page.locator("#address-postal-code input").fill("12");
        page.locator("#wizard-next").click();
        assertThat(page.locator("#address-postal-code")).hasAttribute("invalid", "");
        assertThat(page.locator("#wizard-error")).isVisible();
        Chromium.screenshot(page, "portal-flow-bad-address-en-phone");

        page.locator("#address-postal-code input").fill("1500001");
        assertThat(page.locator("#address-city input")).hasValue("渋谷区");
        page.locator("#address-line1 input").fill("神宮前1-2-3");
        page.locator("#address-line1 input").press("Tab");
        assertThat(page.locator("#postal-hint")).isHidden();
        assertThat(page.locator("#line-hint")).isHidden();
        step(page, "wizard-next", "Review");
        assertThat(page.locator(".postal-address")).containsText("〒150-0001");
        step(page, "wizard-back", "Sending it back");
        step(page, "wizard-back", "Reason and exchange");
        assertThat(page.locator("#details-BT-" + orders.run + "-S vaadin-text-area textarea"))
                .hasValue("Tight on the shoulders");
        page.context().close();
    }

    @Test
    void aWrongLookupGetsOneFriendlyMessage() {
        Page page = open("en-US", Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT);
        lookUp(page, "SA-10001", "not-the-customer@example.jp");

        assertThat(page.locator("#lookup-error")).containsText("We could not find an order with this number");
        assertThat(page.locator("#email-or-phone input")).hasValue("not-the-customer@example.jp");
        Chromium.screenshot(page, "portal-flow-wrong-lookup-en-phone");
        page.context().close();
    }

    /** Requests a store-credit refund of the order's S shirt in Japanese and waits for the status page; returns the RMA. */
    private static String submitRefund(Page page, String order) {
        openOrder(page, order);
        page.locator("#line-BT-" + orders.run + "-S vaadin-checkbox").click();
        step(page, "wizard-next", "理由と交換");
        Locator details = page.locator("#details-BT-" + orders.run + "-S");
        choose(page, details.locator("vaadin-select.reason"), "不要になった");
        radio(details, "返金").click();
        radio(details, "ストアクレジット").click();
        step(page, "wizard-next", "返送方法");
        step(page, "wizard-next", "確認");
        page.locator("#wizard-submit").click();
        // The RMA from the rendered status page, and the URL only once it names that RMA: read right
        // after a button appeared, page.url() could still be the wizard's (the test then got a 404).
        Locator rmaNumber = page.locator("#confirmation-rma");
        assertThat(rmaNumber).hasText(java.util.regex.Pattern.compile("R-\\d{6,}"));
        String rma = rmaNumber.textContent().strip();
        page.waitForURL(java.util.regex.Pattern.compile(".*/" + java.util.regex.Pattern.quote(rma) + "([?#].*)?$"));
        assertThat(page.locator("#cancel-return")).isVisible();
        return rma;
    }

    @Test
    void answeringTheShopsQuestionOnAPhone() {
        Page page = open("ja-JP", 390, 844);
        String rma = submitRefund(page, orders.order());
        String staffApi = ReceivedReturns.API + "/shops/" + TestOrders.SHOP + "/returns/" + rma;
        ReceivedReturns.api("sakura-operator").body("{\"message\":\"タグの写真はございますか？\\nサイズ表記を確認させてください。\"}")
                .post(staffApi + "/info-requests").then().statusCode(200);

        page.reload();
        assertThat(page.locator("#info-request-text")).hasText("タグの写真はございますか？\nサイズ表記を確認させてください。");
        page.locator("#send-answer").click();
        assertThat(page.locator("#info-answer")).hasAttribute("invalid", "");
        page.locator("#info-answer textarea").fill("タグには M と書かれています。\n写真はメールでお送りします。");
        Chromium.screenshot(page, "portal-question-answer-ja-phone");
        page.locator("#send-answer").click();
        assertThat(page.locator("#info-answer-text")).hasText("タグには M と書かれています。\n写真はメールでお送りします。");
        assertThat(page.locator("#info-answer")).hasCount(0);
        Chromium.screenshot(page, "portal-question-answered-ja-phone");

        // Staff see the answer, and who gave it, in the return's timeline.
        ReceivedReturns.api("sakura-operator").get(staffApi).then().statusCode(200)
                .body("timeline.find { it.action == 'INFO_ANSWERED' }.actor", org.hamcrest.Matchers.equalTo("customer"))
                .body("timeline.find { it.action == 'INFO_ANSWERED' }.reason",
                        org.hamcrest.Matchers.equalTo("タグには M と書かれています。\n写真はメールでお送りします。"));
        page.context().close();
    }

    @Test
    void cancellingFromTheStatusPage() {
        Page page = open("ja-JP", 1280, 900);
        submitRefund(page, orders.order());

        page.locator("#cancel-return").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], vaadin-button[slot='confirm-button']")
                .first().click();
        assertThat(page.locator("#status-badge")).hasText("キャンセル済み");
        assertThat(page.locator("#cancel-return")).hasCount(0);
        Chromium.screenshot(page, "portal-flow-cancelled-ja-desktop");
        page.context().close();
    }
}
