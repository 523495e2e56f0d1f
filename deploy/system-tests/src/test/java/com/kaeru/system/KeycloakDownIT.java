package com.kaeru.system;

import static com.kaeru.system.PortalCustomers.firstLine;
import static com.kaeru.system.PortalCustomers.lookup;
import static com.kaeru.system.PortalCustomers.order;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.kaeru.launcher.FileTrees;
import com.kaeru.launcher.KaeruStack;
import com.kaeru.launcher.Ports;
import com.kaeru.launcher.StackSettings;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/**
 * Fault harness (issue 13), Keycloak down: a Kaeru stack with a Keycloak (and PostgreSQL) of its
 * own, whose Keycloak the test stops. Customers keep using the portal; a staff member already logged
 * in keeps working (the API verifies tokens with the keys it already holds); a staff member who
 * opens the console now reads that login is unavailable, in Japanese or English, with a 503 — not
 * a stack trace and not the browser's "cannot connect" page.
 */
class KeycloakDownIT {
    /** The console's port: the dev realm allows its login redirect. */
    private static final int PORT = 18380;
    private static final String SHOP = "sakura-apparel";
    private static final String API = "/api/v1";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private static KaeruStack kaeru;

    @BeforeAll
    static void startKaeruWithAKeycloakOfItsOwn() {
        StackSettings suite = SystemUnderTest.settings()
                .orElseThrow(() -> new TestAbortedException("needs the stack this run starts"));
        java.nio.file.Path home = suite.dataDir().resolveSibling("keycloak-down");
        FileTrees.deleteQuietly(home);
        int[] ports = Ports.free(5);
        StackSettings settings = new StackSettings(home, suite.distDir(), suite.wars(), suite.realmFile(), PORT,
                ports[0], ports[1], ports[2], Optional.empty(), Optional.empty(), true, ports[3], ports[4]);
        kaeru = KaeruStack.start(settings, Map.of());
    }

    @AfterAll
    static void stop() {
        if (kaeru != null) {
            kaeru.close();
        }
    }

    @Test
    void withKeycloakDownThePortalWorksLoggedInStaffCarryOnAndNewLoginsReadWhy() throws Exception {
        String base = kaeru.settings().baseUrl();
        String managerToken = KeycloakTokens.accessToken(kaeru.settings().keycloakUrl(), "sakura-manager");
        String email = "kc-down-" + RUN + "@example.jp";
        String orderNumber = order(base, "KCD-" + RUN, email, managerToken);

        try (Chromium chromium = new Chromium()) {
            Page staff = chromium.page("ja-JP", 1280, 800);
            staff.navigate(base + "/admin/");
            ConsoleLogin.logIn(staff, "sakura-manager");
            staff.waitForURL(Pattern.compile(".*/admin/shops/sakura-apparel.*"));
            assertThat(staff.locator("#shop-name")).hasText("さくらアパレル");

            kaeru.keycloak().stop();
            assertThat(answers(kaeru.settings().issuer() + "/.well-known/openid-configuration"))
                    .as("Keycloak is really gone").isFalse();

            // Customers: lookup, order page and a return request need no Keycloak.
            String orderToken = lookup(base, orderNumber, email, "192.0.2.77").then().statusCode(200)
                    .extract().path("token");
            String rma = PortalCustomers.submit(base, orderToken, firstLine(base, orderToken))
                    .then().statusCode(200).extract().path("rmaNumber");

            // Staff API with a token issued before: verified with the keys the API already holds.
            given().baseUri(base).auth().oauth2(managerToken).get(API + "/shops/" + SHOP + "/returns/" + rma)
                    .then().statusCode(200);

            // The logged-in console: Vaadin round trips and API calls go on.
            staff.locator("vaadin-side-nav-item[path$='returns'], a[href$='/returns']").first().click();
            staff.waitForURL(Pattern.compile(".*/admin/shops/sakura-apparel/returns.*"));
            assertThat(staff.locator("vaadin-grid").first()).isVisible();
            Chromium.screenshot(staff, "admin-keycloak-down-logged-in-ja");

            // Someone opening the console now: why they cannot log in, in their language. The console
            // asks Keycloak at most every few seconds, so the first fresh visitors may still be sent there.
            for (String locale : List.of("ja-JP", "en-US")) {
                Page newcomer = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> openConsole(chromium, locale, base), Objects::nonNull);
                assertThat(newcomer.locator("#identity-down h1")).hasText(locale.startsWith("ja")
                        ? "現在ログインできません" : "Login is unavailable right now");
                assertThat(newcomer.locator("body")).not().containsText("Exception");
                Chromium.screenshot(newcomer, "admin-keycloak-down-" + locale.substring(0, 2));
                newcomer.context().close();
            }
            staff.context().close();
        }
    }

    /** A fresh browser opening the console: its page when the console answered 503 with a retry hint, else null. */
    private static Page openConsole(Chromium chromium, String locale, String base) {
        Page page = chromium.page(locale, 1280, 800);
        try {
            Response answer = page.navigate(base + "/admin/shops/sakura-apparel");
            if (answer != null && answer.status() == 503 && "30".equals(answer.headers().get("retry-after"))) {
                return page;
            }
        } catch (PlaywrightException sentToKeycloakWhichIsGone) {
            // the console still believed Keycloak was up and redirected there
        }
        page.context().close();
        return null;
    }

    private static boolean answers(String url) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                    .version(HttpClient.Version.HTTP_1_1).build(); // no h2c upgrade (ManagedProcess says why)
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
