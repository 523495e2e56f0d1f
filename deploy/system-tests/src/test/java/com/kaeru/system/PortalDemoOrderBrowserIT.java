package com.kaeru.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal issue's "done when", on the run command's demo data and a phone-sized browser: the
 * documented demo order is found, one item exchanged for another size and the other returned for
 * store credit in one request, the label downloaded and the status page shown — in Japanese
 * (sakura-apparel) and in English (umi-outdoor).
 */
class PortalDemoOrderBrowserIT {
    private static Chromium chromium;

    @BeforeAll
    static void start() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        chromium.close();
    }

    @Test
    void japaneseCustomerExchangesOneItemAndGetsStoreCreditForTheOther() throws IOException {
        walkThrough("ja-JP", "sakura-apparel", "SA-10001", new Texts("ストアクレジット", "ご返送待ち",
                "ありがとうございます。申請を受け付けました"), "portal-demo-ja-phone");
    }

    @Test
    void englishCustomerExchangesOneItemAndGetsStoreCreditForTheOther() throws IOException {
        walkThrough("en-US", "umi-outdoor", "UO-10001", new Texts("Store credit", "Waiting for your parcel",
                "Thank you — your request is in"), "portal-demo-en-phone");
    }

    private record Texts(String storeCredit, String awaitingParcel, String thanks) {
    }

    private static void walkThrough(String locale, String shop, String orderNumber, Texts texts, String shots)
            throws IOException {
        Page page = chromium.page(locale, Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT);
        page.navigate(SystemUnderTest.baseUrl() + "/portal/" + shop);
        page.locator("#order-number input").fill(orderNumber);
        page.locator("#email-or-phone input").fill("hanako@example.jp");
        page.locator("#lookup-submit").click();

        Locator lines = page.locator(".order-line:not(.ineligible)");
        assertThat(lines).hasCount(2);
        lines.nth(0).locator("vaadin-checkbox").click();
        lines.nth(1).locator("vaadin-checkbox").click();
        Chromium.screenshot(page, shots + "-1-items");
        String detailsTitle = page.locator(".stepper li").nth(1).textContent().replaceFirst("^\\d+\\.\\s*", "");
        page.locator("#wizard-next").click();
        assertThat(page.locator("#step-title")).hasText(detailsTitle);

        // First item: exchange (offered first) for the first size in stock; second: store credit.
        Locator exchange = page.locator(".line-details").nth(0);
        chooseFirstReason(page, exchange);
        exchange.locator(".exchange-options vaadin-radio-button:not([disabled])").first().click();
        Locator refund = page.locator(".line-details").nth(1);
        chooseFirstReason(page, refund);
        refund.locator("vaadin-radio-group.mode vaadin-radio-button").nth(1).click();
        refund.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(texts.storeCredit()))
                .first().click();
        Chromium.screenshot(page, shots + "-2-details");
        page.locator("#wizard-next").click();
        assertThat(page.locator("#address-postal-code input")).not().hasValue("");
        Chromium.screenshot(page, shots + "-3-shipping");
        page.locator("#wizard-next").click();
        assertThat(page.locator(".review-line")).hasCount(2);
        Chromium.screenshot(page, shots + "-4-review");
        page.locator("#wizard-submit").click();

        assertThat(page.locator("#confirmation h2")).hasText(texts.thanks());
        assertThat(page.locator("#status-badge")).hasText(texts.awaitingParcel());
        String rma = page.locator("#confirmation-rma").textContent();
        Chromium.screenshot(page, shots + "-5-status");

        Download download = page.waitForDownload(() -> page.locator("#label-download").click());
        assertThat(download.suggestedFilename()).isEqualTo(rma + "-label.pdf");
        Path pdf = Files.createTempFile("label", ".pdf");
        download.saveAs(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(pdf, Path.of("target/screenshots", shots + "-label.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        page.context().close();
    }

    private static void chooseFirstReason(Page page, Locator card) {
        card.locator("vaadin-select.reason").click();
        page.locator("vaadin-select-list-box vaadin-select-item:visible").first().click();
    }
}
