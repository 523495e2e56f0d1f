package com.kaeru.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's returns queue on the benchmark data set (deploy/benchmarks QueueData, user
 * {@code bench-admin} made by QueueLoad): opens bench-0001's queue (~134,000 returns) and the agency's
 * queue, and prints how long the first rows took to show. Runs only against an external stack that
 * holds the bench data ({@code -Dkaeru.system.external=true -Dkaeru.system.bench=true}); a measurement
 * for the README, not a timed assertion.
 */
class QueueAtScaleBrowserIT {
    private static Chromium chromium;

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeTrue(Boolean.getBoolean("kaeru.system.bench"), "bench data set not requested");
        chromium = new Chromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void largeShopAndAgencyQueuesShowTheirFirstRowsPromptly() {
        Page page = chromium.page("ja-JP", 1400, 900);
        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/bench-0001/returns");
        ConsoleLogin.logIn(page, "bench-admin");
        page.waitForURL(Pattern.compile(".*/admin/shops/bench-0001/returns.*"));
        assertThat(page.locator("#returns-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText(Pattern.compile("R-\\d{6}"))).first()).isVisible();
        Chromium.screenshot(page, "admin-returns-queue-bench-0001-ja");

        // Warm: a fresh navigation to the queue, timed until its first RMA shows.
        long t0 = System.nanoTime();
        page.navigate(SystemUnderTest.baseUrl() + "/admin/shops/bench-0001/returns?status=RECEIVED");
        assertThat(page.locator("#returns-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText(Pattern.compile("R-\\d{6}"))).first()).isVisible();
        long queueMs = (System.nanoTime() - t0) / 1_000_000;

        t0 = System.nanoTime();
        page.navigate(SystemUnderTest.baseUrl() + "/admin/agencies/bench-agency-01/returns");
        assertThat(page.locator("#agency-returns vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText(Pattern.compile("R-\\d{6}"))).first()).isVisible();
        long agencyMs = (System.nanoTime() - t0) / 1_000_000;
        Chromium.screenshot(page, "admin-agency-returns-bench-agency-01-ja");
        System.out.printf("Queue at scale: bench-0001 first rows in %d ms, bench-agency-01 in %d ms%n", queueMs,
                agencyMs);
        page.context().close();
    }
}
