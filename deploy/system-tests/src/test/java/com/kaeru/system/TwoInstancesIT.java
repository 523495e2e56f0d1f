package com.kaeru.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.kaeru.system.PortalCustomers.firstLine;
import static com.kaeru.system.PortalCustomers.lookup;
import static com.kaeru.system.PortalCustomers.order;
import static com.kaeru.system.PortalCustomers.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.kaeru.launcher.KaeruStack;
import com.kaeru.launcher.LoadBalancer;
import com.kaeru.launcher.Ports;
import com.kaeru.launcher.StackSettings;
import com.microsoft.playwright.Page;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opentest4j.TestAbortedException;

/**
 * Issue 13, N instances: two Payara Micro instances behind HAProxy, started by the launcher's own
 * {@code --instances} code ({@link KaeruStack} with two instances) against this run's PostgreSQL and
 * Keycloak. What one instance knows must be known to the other: portal links, lookup limits,
 * e-mails sent once, a console session that stays on its instance while API calls spread.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {
    /** The balancer's port; the instances take the two after it. The dev realm allows its console redirect. */
    private static final int PORT = 18280;
    private static final String API = "/api/v1";

    private static KaeruStack pair;
    private static StackSettings suite;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeAll
    static void startTwoInstancesBehindTheBalancer() {
        suite = SystemUnderTest.settings().orElseThrow(() -> new TestAbortedException("needs the stack this run starts"));
        int[] mailPorts = Ports.free(2);
        StackSettings settings = new StackSettings(suite.dataDir().resolveSibling("two-instances"), suite.distDir(),
                suite.wars(), suite.realmFile(), PORT, suite.keycloakPort(), suite.keycloakMgmtPort(), suite.dbPort(),
                Optional.of(suite.dbUrl()), Optional.of(suite.keycloakUrl()), false, mailPorts[0], mailPorts[1], 2);
        pair = KaeruStack.start(settings, Map.of());
    }

    @AfterAll
    static void stop() {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    @Order(1)
    void aPortalLinkSignedByOneInstanceOpensOnTheOther() {
        String email = "two-a-" + RUN + "@example.jp";
        String number = order(balancer(), "TWO-" + RUN, email);
        String token = lookup(instance(1), number, email, randomClient()).then().statusCode(200).extract().path("token");

        Number line = firstLine(instance(2), token);
        String rma = submit(instance(2), token, line).then().statusCode(200).extract().path("rmaNumber");

        assertThat(returnsIn(List.of(rma))).isEqualTo(1);
    }

    @Test
    @Order(2)
    void theLookupLimitCountsAcrossBothInstances() {
        String client = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        // 20 attempts per client and shop in ten minutes, alternating instances: all go through...
        for (int attempt = 1; attempt <= 20; attempt++) {
            lookup(instance(attempt % 2 + 1), "NO-SUCH-" + RUN + "-" + attempt, "nobody@example.jp", client)
                    .then().statusCode(404);
        }
        // ...and the 21st is refused by either, because both count in the same table.
        for (int i = 1; i <= 2; i++) {
            lookup(instance(i), "NO-SUCH-" + RUN + "-X" + i, "nobody@example.jp", client).then().statusCode(429)
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        }
    }

    @Test
    @Order(3)
    void everyEmailIsSentOnceWhileBothInstancesRunTheOutbox() throws Exception {
        String email = "two-mail-" + RUN + "@example.jp";
        List<String> rmas = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String base = i % 2 == 0 ? balancer() : instance(2);
            String number = order(balancer(), "TWO-" + RUN, email);
            String token = lookup(base, number, email, randomClient()).then().statusCode(200).extract().path("token");
            Number line = firstLine(base, token);
            rmas.add(submit(base, token, line).then().statusCode(200).extract().path("rmaNumber"));
        }
        // Three outbox workers (the suite's instance and these two) compete for the deliveries.
        await().atMost(Duration.ofMinutes(2)).until(() -> pendingEmails(rmas) == 0);

        List<String> ids = new ArrayList<>(pair.mail().messageIdsTo(email));
        SystemUnderTest.mail().ifPresent(mail -> ids.addAll(mail.messageIdsTo(email)));
        assertThat(ids).as("every return was e-mailed").hasSizeGreaterThanOrEqualTo(rmas.size());
        assertThat(ids).as("no e-mail sent twice").doesNotHaveDuplicates();
    }

    @Test
    @Order(4)
    void aConsoleSessionStaysOnItsInstanceWhileApiCallsSpreadOverBoth() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Set<String> servedApi = new HashSet<>();
        try (Chromium chromium = new Chromium()) {
            Page page = chromium.page("ja-JP", 1280, 800);
            page.navigate(balancer() + "/admin/");
            ConsoleLogin.logIn(page, "sakura-operator");
            page.waitForURL(Pattern.compile(".*/admin/shops/sakura-apparel"));
            String consoleInstance = routeCookie(page);

            for (int round = 0; round < 3; round++) {
                for (int call = 0; call < 4; call++) {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(balancer() + "/health/ready"))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    assertThat(response.statusCode()).isEqualTo(200);
                    response.headers().firstValue(LoadBalancer.INSTANCE_HEADER).ifPresent(servedApi::add);
                }
                // Server round trips of the same Vaadin UI: only its own instance knows that UI.
                page.locator("vaadin-side-nav-item[path$='returns'], a[href$='/returns']").first().click();
                page.waitForURL(Pattern.compile(".*/admin/shops/sakura-apparel/returns.*"));
                assertThat(page.locator("vaadin-grid").first()).isVisible();
                page.goBack();
                page.waitForURL(Pattern.compile(".*/admin/shops/sakura-apparel"));
                assertThat(page.locator("#shop-name")).hasText("さくらアパレル");
            }
            assertThat(routeCookie(page)).isEqualTo(consoleInstance);
            assertThat(page.getByText(Pattern.compile("session expired", Pattern.CASE_INSENSITIVE))).hasCount(0);
            Chromium.screenshot(page, "admin-two-instances-ja");
            page.context().close();
        }
        assertThat(servedApi).containsExactlyInAnyOrder("kaeru-1", "kaeru-2");
    }

    /**
     * Fault harness, first scenario: kill -9 one instance while customers submit through the
     * balancer. Every submission that was acknowledged is stored, no order gets two returns, and the
     * survivor goes on serving.
     */
    @Test
    @Order(5)
    void killingAnInstanceUnderLoadLosesNoAcknowledgedReturnAndDuplicatesNone() throws Exception {
        String email = "two-kill-" + RUN + "@example.jp";
        int customers = 40;
        List<String[]> prepared = new ArrayList<>(); // order number, token, order line
        for (int i = 0; i < customers; i++) {
            String number = order(balancer(), "TWO-" + RUN, email);
            String token = lookup(balancer(), number, email, randomClient()).then().statusCode(200).extract().path("token");
            Number line = firstLine(balancer(), token);
            prepared.add(new String[] {number, token, line.toString()});
        }
        java.util.concurrent.ConcurrentLinkedQueue<String> acknowledged = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch quarter = new java.util.concurrent.CountDownLatch(customers / 4);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        for (String[] customer : prepared) {
            pool.submit(() -> {
                try {
                    Response response = submit(balancer(), customer[1], Long.valueOf(customer[2]));
                    if (response.statusCode() == 200) {
                        acknowledged.add(response.path("rmaNumber"));
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (RuntimeException connectionLost) {
                    failed.incrementAndGet();
                } finally {
                    quarter.countDown();
                }
            });
        }
        quarter.await();
        ProcessHandle victim = ProcessHandle.of(pair.instances().get(1).pid()).orElseThrow();
        Instant killedAt = Instant.now();
        victim.destroyForcibly();
        pool.shutdown();
        assertThat(pool.awaitTermination(3, java.util.concurrent.TimeUnit.MINUTES)).isTrue();

        // The survivor serves a new customer end to end.
        String number = order(balancer(), "TWO-" + RUN, email);
        String token = lookup(balancer(), number, email, randomClient()).then().statusCode(200).extract().path("token");
        Number line = firstLine(balancer(), token);
        submit(balancer(), token, line).then().statusCode(200);
        Duration recovered = Duration.between(killedAt, Instant.now());

        List<String> orders = prepared.stream().map(p -> p[0]).toList();
        long stored = count("select count(*) from return_request r join customer_order o on o.id = r.order_id "
                + "where o.order_number = any (?)", orders);
        long ordersWithTwo = count("select count(*) from (select r.order_id from return_request r join customer_order o "
                + "on o.id = r.order_id where o.order_number = any (?) group by r.order_id having count(*) > 1) twice", orders);
        System.out.printf("kill -9 under load: %d sent, %d acknowledged, %d failed, %d stored, %d duplicated, "
                + "served again after %d ms%n", customers, acknowledged.size(), failed.get(), stored, ordersWithTwo,
                recovered.toMillis());
        assertThat(returnsIn(List.copyOf(acknowledged))).as("every acknowledged return is stored")
                .isEqualTo(acknowledged.size());
        assertThat(ordersWithTwo).as("no order got two returns").isZero();
        assertThat(stored).as("stored: the acknowledged ones plus at most those whose answer was lost")
                .isBetween((long) acknowledged.size(), (long) customers);
    }

    private static String routeCookie(Page page) {
        return page.context().cookies().stream().filter(c -> c.name.equals(LoadBalancer.ROUTE_COOKIE))
                .map(c -> c.value).findFirst().orElseThrow(() -> new AssertionError("no sticky cookie"));
    }

    private static String balancer() {
        return "http://localhost:" + PORT;
    }

    private static String instance(int n) {
        return "http://localhost:" + (PORT + n);
    }

    private static final java.util.concurrent.atomic.AtomicInteger CLIENTS = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A documentation-range address of its own per call (the instances believe loopback's
     * X-Forwarded-For), so customers never share the per-client lookup limit.
     */
    private static String randomClient() {
        int n = CLIENTS.incrementAndGet();
        return "192.0." + (2 + n / 250) + "." + (n % 250 + 1);
    }

    private static long returnsIn(List<String> rmas) {
        return count("select count(*) from return_request r join shop s on s.id = r.shop_id "
                + "where s.slug = 'sakura-apparel' and r.rma_number = any (?)", rmas);
    }

    private static long pendingEmails(List<String> rmas) {
        return count("select count(*) from outbox_delivery d join outbox_event e on e.id = d.event_id "
                + "where d.consumer = 'email' and d.delivered_at is null and e.aggregate_ref = any (?)", rmas);
    }

    /** Reads as the database superuser: the check sees every row, whatever the policies. */
    private static long count(String sql, List<String> rmas) {
        try (Connection c = DriverManager.getConnection(suite.dbUrl(), "postgres", "");
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", rmas.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
