package com.kaeru.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The customer portal in a phone-sized headless Chromium, in Japanese and English. */
class PortalBrowserIT {
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
    void japaneseBrowserSeesTheShopsBrandedLandingPageInJapanese() {
        Page page = chromium.page("ja-JP", Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT);
        page.navigate(SystemUnderTest.baseUrl() + "/portal/sakura-apparel");

        assertThat(page.locator("h1")).hasText("返品・交換のお手続き");
        assertThat(page.locator(".portal-header")).containsText("さくらアパレル");
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertThat(page).hasTitle("返品・交換のお手続き | さくらアパレル");
        Chromium.screenshot(page, "portal-sakura-ja-phone");
        page.context().close();
    }

    @Test
    void englishBrowserSeesEnglishAndCanSwitchToJapanese() {
        Page page = chromium.page("en-US", Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT);
        page.navigate(SystemUnderTest.baseUrl() + "/portal/umi-outdoor");

        assertThat(page.locator("h1")).hasText("Returns and exchanges");
        assertThat(page.locator(".portal-header")).containsText("Umi Outdoor");
        Chromium.screenshot(page, "portal-umi-en-phone");

        page.locator("#lang-ja").click();
        assertThat(page.locator("h1")).hasText("返品・交換のお手続き");
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        Chromium.screenshot(page, "portal-umi-switched-to-ja-phone");
        page.context().close();
    }

    @Test
    void languageChoiceInTheLinkWinsOverTheBrowser() {
        Page page = chromium.page("ja-JP", 1280, 800);
        page.navigate(SystemUnderTest.baseUrl() + "/portal/kumo-zakka?lang=en");

        assertThat(page.locator("h1")).hasText("Returns and exchanges");
        assertThat(page.locator(".lead")).containsText("くも雑貨店");
        Chromium.screenshot(page, "portal-kumo-en-desktop");
        page.context().close();
    }

    @Test
    void unknownShopGetsAFriendlyNotFoundPage() {
        Page page = chromium.page("ja-JP", Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT);
        page.navigate(SystemUnderTest.baseUrl() + "/portal/no-such-shop");

        assertThat(page.locator("#not-found h1")).hasText("ショップが見つかりませんでした");
        Chromium.screenshot(page, "portal-not-found-ja-phone");

        page.locator("#lang-en").click();
        assertThat(page.locator("#not-found h1")).hasText("We could not find this shop");
        page.context().close();
    }
}
