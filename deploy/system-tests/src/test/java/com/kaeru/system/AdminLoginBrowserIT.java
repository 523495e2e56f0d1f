package com.kaeru.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Staff log in to the console through the real Keycloak login page. */
class AdminLoginBrowserIT {
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
    void operatorLogsInThroughKeycloakAndSeesTheirShopAndRole() {
        Page page = chromium.page("ja-JP", 1280, 800);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/");
        Chromium.screenshot(page, "admin-keycloak-login-ja");
        ConsoleLogin.logIn(page, "sakura-operator");

        page.waitForURL(Pattern.compile(".*/admin/shops/sakura-apparel"));
        assertThat(page.locator("#shop-name")).hasText("さくらアパレル");
        assertThat(page.locator("#roles")).containsText("オペレーター");
        assertThat(page.locator("#permissions")).containsText("返品処理");
        assertThat(page.locator("#permissions")).not().containsText("ポリシー");
        assertThat(page.locator("#user-name")).hasText("佐藤 花子");
        Chromium.screenshot(page, "admin-sakura-operator-ja");
        page.context().close();
    }

    @Test
    void deepLinkSurvivesTheLoginRoundTrip() {
        Page page = chromium.page("en-US", 1280, 800);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/kumo-zakka");
        ConsoleLogin.logIn(page, "mixed-staff");

        page.waitForURL(Pattern.compile(".*/admin/shops/kumo-zakka"));
        assertThat(page.locator("#roles")).containsText("Manager");
        page.context().close();
    }

    @Test
    void agencyAdminSwitchesBetweenAgencyShopsAndNeverSeesOthers() {
        Page page = chromium.page("en-US", 1280, 800);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/");
        ConsoleLogin.logIn(page, "agency");

        page.waitForURL(Pattern.compile(".*/admin/shops/.*"));
        page.locator("#shop-select").click();
        // The agency's shops (other tests may open more of them), never an outside shop.
        assertThat(page.locator("vaadin-select-list-box vaadin-select-item:visible",
                new Page.LocatorOptions().setHasText("さくらアパレル"))).hasCount(1);
        assertThat(page.locator("vaadin-select-list-box vaadin-select-item:visible",
                new Page.LocatorOptions().setHasText("くも雑貨店"))).hasCount(1);
        assertThat(page.locator("vaadin-select-list-box vaadin-select-item", new Page.LocatorOptions().setHasText("Umi Outdoor"))).hasCount(0);
        Chromium.screenshot(page, "admin-agency-shop-selector-en");
        page.locator("vaadin-select-list-box vaadin-select-item:visible", new Page.LocatorOptions().setHasText("くも雑貨店")).click();

        page.waitForURL(Pattern.compile(".*/admin/shops/kumo-zakka"));
        assertThat(page.locator("#shop-name")).hasText("くも雑貨店");
        assertThat(page.locator("#roles")).containsText("Agency admin");

        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/umi-outdoor");
        assertThat(page.locator("#access-refused")).containsText("umi-outdoor");
        Chromium.screenshot(page, "admin-agency-refused-umi-en");
        page.context().close();
    }

    @Test
    void logoutEndsTheConsoleAndKeycloakSessions() {
        Page page = chromium.page("en-US", 1280, 800);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/");
        ConsoleLogin.logIn(page, "umi-manager");
        page.waitForURL(Pattern.compile(".*/admin/shops/umi-outdoor"));

        page.locator("#logout").click();
        assertThat(page.locator("#logged-out h1")).hasText("You are logged out");
        Chromium.screenshot(page, "admin-logged-out-en");

        page.navigate(SystemUnderTest.baseUrl() + "/admin/");
        page.waitForURL(Pattern.compile(".*/realms/kaeru/protocol/openid-connect/auth.*"));
        assertThat(page.locator("#username")).isVisible();
        page.context().close();
    }
}
