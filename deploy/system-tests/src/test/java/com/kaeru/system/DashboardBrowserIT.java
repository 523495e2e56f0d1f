package com.kaeru.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 in the browser: sakura-apparel's dashboard for its manager (work tiles, KPIs, the five
 * ECharts charts drawn as SVG, a chart as a table, the period in the URL, no horizontal overflow on a
 * laptop), in Japanese and English; its monthly report made from the Reports page and downloaded; the
 * agency roll-up for the agency admin; operators see work only.
 */
class DashboardBrowserIT {
    private static Chromium chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    private static void noHorizontalOverflow(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    private static void chartsDrawn(Page page) {
        for (String chart : new String[] {"chart-returns", "chart-reasons", "chart-resolutions", "chart-variants",
                "chart-lead-time"}) {
            Locator svg = page.locator("#" + chart + "-chart svg");
            assertThat(svg.first()).isVisible();
            assertThat(page.locator("#" + chart + "-chart")).hasAttribute("role", "img");
        }
    }

    @Test
    void managerSeesTheDashboardOfTheLastThirtyDaysInJapanese() {
        Page page = chromium.page("ja-JP", 1366, 768);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/sakura-apparel?range=last-30-days");
        ConsoleLogin.logIn(page, "sakura-manager");

        page.waitForURL(Pattern.compile(".*/admin/shops/sakura-apparel.*"));
        assertThat(page.locator("#shop-name")).hasText("さくらアパレル");
        assertThat(page.locator("#work-needs-review")).containsText("要確認");
        assertThat(page.locator("#work-refund-overdue")).hasAttribute("href", Pattern.compile(".*returns\\?view=refund-overdue"));
        assertThat(page.locator("#kpi-tiles .kpi-tile").first()).isVisible();
        chartsDrawn(page);
        noHorizontalOverflow(page);
        Chromium.screenshot(page, "dashboard-manager-ja");

        page.locator("#chart-reasons-toggle").click();
        assertThat(page.locator("#chart-reasons-table")).isVisible();
        assertThat(page.locator("#chart-reasons-toggle")).hasText("グラフとして表示");
        page.locator("#chart-variants-toggle").click();
        assertThat(page.locator("#chart-variants-table")).isVisible();
        Chromium.screenshot(page, "dashboard-manager-tables-ja");

        page.locator("#work-needs-review").click();
        page.waitForURL(Pattern.compile(".*/admin/shops/sakura-apparel/returns\\?view=needs-review"));
        page.context().close();
    }

    @Test
    void managerSeesItInEnglishAndABackwardsRangeIsRefused() {
        Page page = chromium.page("en-US", 1280, 800);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/sakura-apparel?range=quarter");
        ConsoleLogin.logIn(page, "sakura-manager");

        page.waitForURL(Pattern.compile(".*/admin/shops/sakura-apparel.*"));
        assertThat(page.locator("#insights-heading")).hasText("Insights");
        chartsDrawn(page);
        noHorizontalOverflow(page);
        Chromium.screenshot(page, "dashboard-manager-en");

        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/sakura-apparel?from=2026-11-20&to=2026-11-01");
        assertThat(page.locator("#range-error")).containsText("The start date is after the end date");
        assertThat(page.locator("#charts")).hasCount(0);
        Chromium.screenshot(page, "dashboard-backwards-range-en");
        page.context().close();
    }

    @Test
    void operatorsSeeTodaysWorkOnly() {
        Page page = chromium.page("ja-JP", 1280, 800);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/sakura-apparel");
        ConsoleLogin.logIn(page, "sakura-operator");

        page.waitForURL(Pattern.compile(".*/admin/shops/sakura-apparel.*"));
        assertThat(page.locator("#work-tiles")).isVisible();
        assertThat(page.locator("#kpi-tiles")).hasCount(0);
        assertThat(page.locator("#charts")).hasCount(0);
        Chromium.screenshot(page, "dashboard-operator-ja");
        page.context().close();
    }

    @Test
    void agencyAdminComparesItsShopsAndOpensOne() {
        Page page = chromium.page("en-US", 1366, 768);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/agencies/demo-agency/insights?range=last-month");
        ConsoleLogin.logIn(page, "agency");

        page.waitForURL(Pattern.compile(".*/admin/agencies/demo-agency/insights.*"));
        Locator grid = page.locator("#rollup-grid");
        assertThat(grid).containsText("さくらアパレル");
        assertThat(grid).containsText("くも雑貨店");
        assertThat(grid).not().containsText("Umi Outdoor");
        assertThat(page.locator("#rollup-chart-chart svg").first()).isVisible();
        noHorizontalOverflow(page);
        Chromium.screenshot(page, "agency-rollup-en");

        page.locator("#rollup-shop-kumo-zakka").click();
        page.waitForURL(Pattern.compile(".*/admin/shops/kumo-zakka\\?range=last-month"));
        assertThat(page.locator("#shop-name")).hasText("くも雑貨店");
        page.context().close();
    }

    @Test
    void agencyAdminSeesTheRollUpInJapanese() {
        Page page = chromium.page("ja-JP", 1366, 768);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/agencies/demo-agency/insights");
        ConsoleLogin.logIn(page, "agency");

        page.waitForURL(Pattern.compile(".*/admin/agencies/demo-agency/insights.*"));
        assertThat(page.locator("#rollup-grid")).containsText("さくらアパレル");
        assertThat(page.locator("#rollup-chart-chart svg").first()).isVisible();
        Chromium.screenshot(page, "agency-rollup-ja");
        page.context().close();
    }

    /** "Generate now" on the Reports page makes last month's report, listed as ready, and its PDF downloads. */
    private static void generateLastMonthAndDownload(Page page, String ready, String archived, String shot)
            throws java.io.IOException {
        assertThat(page.locator("#report-generate")).isVisible();
        page.locator("#report-generate").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText(archived);
        Locator grid = page.locator("#reports-grid");
        assertThat(grid).containsText(ready);
        noHorizontalOverflow(page);
        Chromium.screenshot(page, shot);

        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> page.locator("[id^=report-][id$=-pdf]").first().click());
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("report", ".pdf");
        download.saveAs(pdf);
        byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.copy(pdf, java.nio.file.Path.of("target/screenshots", shot + ".pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The reports page at {@code path} (under /admin), logged in as {@code user}, in the browser's {@code locale}. */
    private static Page reportsPage(String locale, int width, int height, String user, String path) {
        Page page = chromium.page(locale, width, height);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/" + path);
        ConsoleLogin.logIn(page, user);
        page.waitForURL(Pattern.compile(".*/admin/" + Pattern.quote(path)));
        return page;
    }

    @Test
    void managerMakesLastMonthsReportInJapaneseAndDownloadsIt() throws java.io.IOException {
        Page page = reportsPage("ja-JP", 1366, 768, "sakura-manager", "shops/sakura-apparel/reports");
        assertThat(page.locator("#reports h1")).hasText("レポート");
        generateLastMonthAndDownload(page, "作成済み", "アーカイブに保存しました", "reports-manager-ja");
        page.context().close();
    }

    @Test
    void managerMakesLastMonthsReportInEnglishAndDownloadsIt() throws java.io.IOException {
        Page page = reportsPage("en-US", 1280, 800, "sakura-manager", "shops/sakura-apparel/reports");
        assertThat(page.locator("#reports h1")).hasText("Reports");
        generateLastMonthAndDownload(page, "Ready", "is in the archive", "reports-manager-en");
        page.context().close();
    }

    @Test
    void agencyAdminMakesLastMonthsRollUpReportInJapanese() throws java.io.IOException {
        Page page = reportsPage("ja-JP", 1366, 768, "agency", "agencies/demo-agency/reports");
        assertThat(page.locator("#agency-reports h1")).containsText("ロールアップレポート");
        generateLastMonthAndDownload(page, "作成済み", "アーカイブに保存しました", "agency-reports-ja");
        page.context().close();
    }
}
