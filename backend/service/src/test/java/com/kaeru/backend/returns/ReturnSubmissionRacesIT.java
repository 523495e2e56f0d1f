package com.kaeru.backend.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8.1: concurrent customers must not turn one ordered unit into several refunds. The
 * application serialises submissions per order; the database (V83) refuses any write that would
 * hold more units in live returns than were ordered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReturnSubmissionRacesIT {
    private static final String SHOP = "sakura-apparel";
    private static final String PORTAL = "/v1/portal/shops/" + SHOP;

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
                [{"externalId":"CAP-%1$s","nameJa":"キャップ","nameEn":"Cap","variants":[{"sku":"CAP-%1$s","priceMinor":4000}]}]
                """.formatted(run));
    }

    private static RequestSpecification customer(String token) {
        return given().header("X-Kaeru-Order-Token", token).contentType("application/json");
    }

    /** An order of {@code units} caps; returns the customer's token. */
    private String capOrder(String number, int units) {
        Shops.order(SHOP, number, "race@example.jp", 2, 0,
                "[{\"lineNo\":1,\"sku\":\"CAP-" + run + "\",\"quantity\":" + units + ",\"unitPriceMinor\":4000}]");
        return Shops.customerToken(SHOP, number, "race@example.jp");
    }

    private static long lineId(String token) {
        return ((Number) customer(token).get(PORTAL + "/order").then().statusCode(200).extract()
                .path("lines[0].orderLineId")).longValue();
    }

    private static String refundLine(long line, long quantity) {
        return "{\"orderLineId\":" + line + ",\"quantity\":" + quantity + ",\"reasonCode\":\"CHANGED_MIND\","
                + "\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"}";
    }

    private static long unitsInReturns(String number) {
        return Sql.number("select ol.units_in_returns from order_line ol join customer_order o on o.id = ol.order_id "
                + "where o.order_number = ?", number);
    }

    private static long linesFiled(String number) {
        return Sql.number("select count(*) from return_line l join order_line ol on ol.id = l.order_line_id "
                + "join customer_order o on o.id = ol.order_id where o.order_number = ?", number);
    }

    /** Runs the calls at once (all threads released by one latch) and returns their answers. */
    private static List<ExtractableResponse<Response>> atOnce(List<Callable<ExtractableResponse<Response>>> calls)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (Callable<ExtractableResponse<Response>> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<ExtractableResponse<Response>> answers = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentSubmissionsForTheLastUnitAcceptExactlyOne() throws Exception {
        String number = "LAST-" + run;
        String token = capOrder(number, 1);
        long line = lineId(token);
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> customer(token).body("{\"lines\":[" + refundLine(line, 1) + "]}")
                    .post(PORTAL + "/returns").then().extract());
        }
        List<ExtractableResponse<Response>> answers = atOnce(calls);

        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() != 200)
                .allSatisfy(a -> {
                    assertThat(a.statusCode()).isEqualTo(422);
                    assertThat(a.contentType()).startsWith("application/problem+json");
                });
        assertThat(linesFiled(number)).isEqualTo(1);
        assertThat(unitsInReturns(number)).isEqualTo(1);
    }

    @Test
    void oneSubmissionCannotCountAUnitTwiceOrOverflow() {
        String number = "OVER-" + run;
        String token = capOrder(number, 1);
        long line = lineId(token);
        // 1 + 2,147,483,647 overflowed int and passed the "units left" check.
        customer(token).body("{\"lines\":[" + refundLine(line, 1) + "," + refundLine(line, Integer.MAX_VALUE) + "]}")
                .post(PORTAL + "/returns").then().statusCode(400).contentType("application/problem+json");
        customer(token).body("{\"lines\":[" + refundLine(line, 1) + "," + refundLine(line, 1) + "]}")
                .header("Accept-Language", "en").post(PORTAL + "/returns").then().statusCode(422)
                .body("detail", equalTo("Only 1 unit(s) of CAP-" + run + " can still be returned."));
        assertThat(linesFiled(number)).isZero();
        assertThat(unitsInReturns(number)).isZero();
    }

    @Test
    void cancellingGivesTheUnitsBackAndTheDatabaseRefusesMoreThanWasOrdered() {
        String number = "BACK-" + run;
        String token = capOrder(number, 2);
        long line = lineId(token);
        String rma = customer(token).body("{\"lines\":[" + refundLine(line, 2) + "]}").post(PORTAL + "/returns")
                .then().statusCode(200).extract().path("rmaNumber");
        assertThat(unitsInReturns(number)).isEqualTo(2);

        // Even the superuser, bypassing the application and RLS, cannot hold a third unit.
        assertThatThrownBy(() -> Sql.execute("update return_line set quantity = 3 where order_line_id = ?", line))
                .hasStackTraceContaining("order_line_units_in_returns_check");
        // Nor can the shop system shrink the order below what its returns hold.
        given().auth().oauth2(com.kaeru.backend.it.TestTokens.token("it-manager", "/shops/" + SHOP + "/manager"))
                .contentType("application/json").body("""
                        [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"山田 花子",
                          "customerEmail":"race@example.jp","orderedAt":"2026-11-01T00:00:00Z",
                          "lines":[{"lineNo":1,"sku":"CAP-%2$s","quantity":1,"unitPriceMinor":4000}]}]
                        """.formatted(number, run))
                .put("/v1/shops/" + SHOP + "/integration/orders").then().statusCode(200)
                .body("rejected", equalTo(1)).body("records[0].errors[0].field", equalTo("lines.quantity"));

        customer(token).post(PORTAL + "/returns/" + rma + "/cancel").then().statusCode(200);
        assertThat(unitsInReturns(number)).isZero();
        customer(token).body("{\"lines\":[" + refundLine(line, 2) + "]}").post(PORTAL + "/returns")
                .then().statusCode(200);
        assertThat(unitsInReturns(number)).isEqualTo(2);
    }

    @Test
    void concurrentSubmissionsOfOneShopGetDistinctRmaNumbers() throws Exception {
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String token = capOrder("RMA-" + run + "-" + i, 1);
            long line = lineId(token);
            calls.add(() -> customer(token).body("{\"lines\":[" + refundLine(line, 1) + "]}")
                    .post(PORTAL + "/returns").then().extract());
        }
        Set<String> numbers = new HashSet<>();
        for (ExtractableResponse<Response> answer : atOnce(calls)) {
            assertThat(answer.statusCode()).isEqualTo(200);
            numbers.add(answer.path("rmaNumber"));
        }
        assertThat(numbers).hasSize(8).allMatch(n -> n.matches("R-\\d{6,}"));
    }
}
