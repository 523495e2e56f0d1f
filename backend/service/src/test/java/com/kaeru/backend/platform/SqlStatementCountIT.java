package com.kaeru.backend.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.platform.web.SqlStatementCountFilter;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14: the SQL statements each hot portal call sends, held at the counts the README states. A change
 * that adds a query per line (N+1) or reloads per-shop configuration more often fails here; a change that
 * removes statements should lower the budget in the same commit. The order has two lines so that per-line
 * work shows; the counts are measured on the second round, after the per-instance caches are warm.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SqlStatementCountIT {
    private static final String SHOP = "sakura-apparel";
    private static final String PORTAL = "/v1/portal/shops/" + SHOP;

    /**
     * Budgets: the counts measured 2026-12-05 (deploy/benchmarks/README.md, "SQL statements per call"), after
     * the per-shop configuration cache (policy, reasons, webhook subscriptions) and preallocated ids (V191).
     * Since 2026-12-06 the shop's agency comes in the shop's own statement (one fewer on every call). A submission
     * measures 28 (27 + the portal's rating read of the returned view, session 14); its budget allows the three {@code nextval} calls (request, line, audit
     * row) made when an instance's block of 500 ids runs out, which may fall on the measured round.
     */
    static final int LOOKUP = 6;
    static final int ELIGIBILITY = 11;
    static final int SUBMISSION = 27 + 3;
    static final int STATUS = 12;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private String run;

    @BeforeEach
    void catalog() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Shops.products(SHOP, """
                [{"externalId":"SQLC-%1$s","nameJa":"靴下","nameEn":"Socks","variants":[
                  {"sku":"SQLC-A-%1$s","priceMinor":1500},{"sku":"SQLC-B-%1$s","priceMinor":1800}]}]
                """.formatted(run));
    }

    private static int statements(Response response) {
        String header = response.getHeader(SqlStatementCountFilter.HEADER);
        assertThat(header).as("the server counts statements in the ITs (KAERU_DIAGNOSTICS_SQL_COUNT)").isNotNull();
        return Integer.parseInt(header);
    }

    private int[] oneCustomer(int round) {
        String number = "SQLC-" + run + "-" + round;
        Shops.order(SHOP, number, "sqlcount@example.jp", 3, 0, """
                [{"lineNo":1,"sku":"SQLC-A-%1$s","quantity":2,"unitPriceMinor":1500},
                 {"lineNo":2,"sku":"SQLC-B-%1$s","quantity":1,"unitPriceMinor":1800}]""".formatted(run));
        Response lookup = given().contentType("application/json").header("X-Forwarded-For", "203.0.113." + (10 + round))
                .body("{\"orderNumber\":\"" + number + "\",\"emailOrPhone\":\"sqlcount@example.jp\"}")
                .post(PORTAL + "/order-lookups");
        assertThat(lookup.statusCode()).isEqualTo(200);
        String token = lookup.path("token");
        Response order = given().header("X-Kaeru-Order-Token", token).get(PORTAL + "/order");
        assertThat(order.statusCode()).isEqualTo(200);
        long first = ((Number) order.path("lines[0].orderLineId")).longValue();
        long second = ((Number) order.path("lines[1].orderLineId")).longValue();
        Response submission = given().header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body("{\"lines\":[" + refund(first) + "," + refund(second) + "]}")
                .post(PORTAL + "/returns");
        assertThat(submission.statusCode()).as(submission.asString()).isEqualTo(200);
        Response status = given().header("X-Kaeru-Order-Token", token).get(PORTAL + "/order");
        assertThat(status.statusCode()).isEqualTo(200);
        return new int[] {statements(lookup), statements(order), statements(submission), statements(status)};
    }

    private static String refund(long line) {
        return "{\"orderLineId\":" + line + ",\"quantity\":1,\"reasonCode\":\"CHANGED_MIND\","
                + "\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"}";
    }

    @Test
    void hotPortalCallsStayWithinTheirStatementBudgets() {
        oneCustomer(1);
        // The fewest of two warm rounds per call: the catalog written in @BeforeEach evicts the per-shop cache by a
        // NOTIFY that arrives asynchronously, so it may land after the first round refilled the cache and make one
        // later call reload it (eligibility measured 12 once in a helper's run); a steady state shows in one of two.
        int[] second = oneCustomer(2);
        int[] third = oneCustomer(3);
        int[] warm = new int[second.length];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = Math.min(second[i], third[i]);
        }
        System.out.printf("SQL statements per call: lookup %d, eligibility %d, submission (2 lines) %d, "
                + "order with its return %d%n", warm[0], warm[1], warm[2], warm[3]);
        assertThat(warm[0]).as("lookup").isBetween(1, LOOKUP);
        assertThat(warm[1]).as("eligibility (GET order)").isBetween(1, ELIGIBILITY);
        assertThat(warm[2]).as("submission of two lines").isBetween(1, SUBMISSION);
        assertThat(warm[3]).as("order with its return").isBetween(1, STATUS);
    }

    @Test
    void eligibilityDoesNotGrowWithTheOrdersLines() {
        String number = "SQLC-" + run + "-WIDE";
        StringBuilder lines = new StringBuilder("[");
        for (int i = 1; i <= 8; i++) {
            lines.append(i == 1 ? "" : ",").append("{\"lineNo\":").append(i).append(",\"sku\":\"SQLC-")
                    .append(i % 2 == 0 ? "A-" : "B-").append(run).append("\",\"quantity\":1,\"unitPriceMinor\":1500}");
        }
        Shops.order(SHOP, number, "sqlcount@example.jp", 3, 0, lines.append("]").toString());
        String token = Shops.customerToken(SHOP, number, "sqlcount@example.jp");
        // Each the fewer of two calls, for the same reason as above (a late cache eviction costs one call a reload).
        int eightLines = Math.min(statements(given().header("X-Kaeru-Order-Token", token).get(PORTAL + "/order")),
                statements(given().header("X-Kaeru-Order-Token", token).get(PORTAL + "/order")));
        int twoLines = Math.min(oneCustomer(4)[1], oneCustomer(5)[1]);
        assertThat(eightLines).as("eligibility of 8 lines vs 2 lines (%d)", twoLines).isLessThanOrEqualTo(twoLines);
    }
}
