package com.kaeru.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's headless Chromium driven by Playwright (which must not download a browser of its own
 * here). One browser per test class; a fresh context (cookies, locale, viewport) per scenario.
 */
final class Chromium implements AutoCloseable {
    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 780;

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        // Assertions wait as long as actions do: on two shared cores a first view can take over 5 s.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("kaeru.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A new browser profile speaking {@code locale} (e.g. {@code ja-JP}) at the given size. */
    Page page(String locale, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(locale)
                .setExtraHTTPHeaders(Map.of("Accept-Language", locale))
                .setViewportSize(width, height));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    static void screenshot(Page page, String name) {
        try {
            Path dir = Path.of(System.getProperty("kaeru.system.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
