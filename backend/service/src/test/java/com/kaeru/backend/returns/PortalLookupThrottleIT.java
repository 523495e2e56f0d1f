package com.kaeru.backend.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import io.restassured.RestAssured;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order lookup's throttle against the real database: shared counters, no state for junk
 * shop slugs, IPv6 clients by /64, and an atomic per-number failure count whose lockout ends.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalLookupThrottleIT {
    private static final String SHOP = "sakura-apparel";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private String run;

    @BeforeEach
    void setUp() {
        // Through loopback, as the portal UI calls the API: only then is X-Forwarded-For trusted.
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static int lookup(String slug, String client, String number, String email) {
        return given().contentType("application/json").header("X-Forwarded-For", client)
                .body("{\"orderNumber\":\"" + number + "\",\"emailOrPhone\":\"" + email + "\"}")
                .post("/v1/portal/shops/" + slug + "/order-lookups").then().extract().statusCode();
    }

    private static String randomIpv4() {
        return "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(250));
    }

    private String order() {
        Shops.products(SHOP, """
                [{"externalId":"THR-%1$s","nameJa":"テスト","nameEn":"Test","variants":[{"sku":"THR-%1$s","priceMinor":3000}]}]
                """.formatted(run));
        String number = "THR-" + run;
        Shops.order(SHOP, number, "thr-" + run.toLowerCase() + "@example.jp", 3, 0,
                "[{\"lineNo\":1,\"sku\":\"THR-" + run + "\",\"quantity\":1,\"unitPriceMinor\":3000}]");
        return number;
    }

    @Test
    void junkAndUnknownShopSlugsAnswer404AndLeaveNoCounters() {
        long before = Sql.number("select count(*) from portal_lookup_throttle");
        String client = randomIpv4();
        for (int i = 0; i < 60; i++) {
            String junk = HexFormat.of().formatHex(RANDOM.generateSeed(1500)); // 3,000 characters
            assertThat(lookup(junk, client, "SA-" + i, "a@example.jp")).isEqualTo(404);
            assertThat(lookup("no-such-shop-" + run.toLowerCase() + i, client, "SA-" + i, "a@example.jp"))
                    .isEqualTo(404);
        }
        // 120 attempts from one client, far above its limit, and not one counter was written.
        assertThat(Sql.number("select count(*) from portal_lookup_throttle")).isEqualTo(before);
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        String net = "2001:db8:" + Integer.toHexString(RANDOM.nextInt(0xFFFF)) + ":" + Integer.toHexString(RANDOM.nextInt(0xFFFF));
        for (int i = 1; i <= 20; i++) {
            // A new address in the same /64 every time: a privacy-extension client or a script.
            assertThat(lookup(SHOP, net + "::" + Integer.toHexString(i), "NONE-" + run + "-" + i, "x@example.jp"))
                    .isEqualTo(404);
        }
        assertThat(lookup(SHOP, net + ":ffff:ffff:ffff:ffff", "NONE-" + run + "-21", "x@example.jp")).isEqualTo(429);
        String otherNet = "2001:db8:" + Integer.toHexString(RANDOM.nextInt(0xFFFF)) + ":" + Integer.toHexString(RANDOM.nextInt(0xFFFF));
        assertThat(lookup(SHOP, otherNet + "::1", "NONE-" + run + "-22", "x@example.jp")).isEqualTo(404);
    }

    @Test
    void concurrentGuessesAtOneNumberAreCountedOneByOneAndTheLockoutEnds() throws Exception {
        String number = order();
        int guesses = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Integer>> attackers = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            String client = randomIpv4(); // a different address each: only the number's count can stop them
            int guess = i;
            attackers.add(() -> {
                start.await();
                return lookup(SHOP, client, number, "guess" + guess + "@example.jp");
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> attacker : attackers) {
                results.add(pool.submit(attacker));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdown();
        }
        // Exactly eight wrong answers were tried; every other guess met the lockout.
        assertThat(statuses).filteredOn(s -> s == 404).hasSize(8);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(guesses - 8);

        String email = "thr-" + run.toLowerCase() + "@example.jp";
        assertThat(lookup(SHOP, randomIpv4(), number, email)).as("locked for now, even for the owner").isEqualTo(429);
        String key = "o:" + Sql.number("select id from shop where slug = ?", SHOP) + ":" + number;
        assertThat(Sql.number("select extract(epoch from locked_until - window_start) from portal_lookup_throttle "
                + "where key = ?", key)).isEqualTo(60);
        // The minute passes (moved in the database instead of waiting): the owner gets in, and the
        // number's failures are forgotten.
        Sql.execute("update portal_lookup_throttle set locked_until = now() - interval '1 second' where key = ?", key);
        assertThat(lookup(SHOP, randomIpv4(), number, email)).isEqualTo(200);
        assertThat(Sql.number("select count(*) from portal_lookup_throttle where key = ?", key)).isZero();
    }
}
