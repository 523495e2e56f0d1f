package com.kaeru.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The customer's backorder choice on the portal's status page (issue 10), in Japanese and English,
 * in headless Chromium against the running stack. Everything before the page is set up through the
 * API as the shop's systems would do it: size L sold out with a purchase order the supplier
 * confirmed, M in stock at the same price, and a customer who bought two S shirts asking, in two
 * returns, to exchange each for an L — both become BACKORDERED. On the page the customer sees the
 * promised date, switches one return to M and cancels the other for a refund with the shop's coupon;
 * the page and the API then agree on the new state (the M reserved, the refund paid at grading, a
 * real coupon). One browser context per language; every wait is on a condition.
 */
class BackorderChoiceBrowserIT {
    private static final String SHOP = TestOrders.SHOP;
    private static final String API = "/api/v1/shops/" + SHOP;
    private static final String OFFER = API + "/coupons/offers/cancelled-backorder";
    private static final LocalDate ARRIVAL = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(12);

    private static Chromium chromium;
    private static String previousOffer;

    @BeforeAll
    static void start() {
        chromium = new Chromium();
        // The shop's coupon for a cancelled backorder; the shop's own offer comes back afterwards.
        previousOffer = manager().get(OFFER).then().statusCode(200).extract().asString();
        manager().body("{\"amountMinor\":500,\"validDays\":30}").put(OFFER).then().statusCode(200)
                .body("amountMinor", equalTo(500));
    }

    @AfterAll
    static void stop() {
        manager().body(previousOffer).put(OFFER).then().statusCode(200);
        chromium.close();
    }

    private static RequestSpecification manager() {
        return ReceivedReturns.api("sakura-manager");
    }

    private static RequestSpecification operator() {
        return ReceivedReturns.api("sakura-operator");
    }

    @Test
    void japaneseCustomerSwitchesOneBackorderAndCancelsTheOtherForARefundAndACoupon() {
        choose("ja-JP", Locale.JAPANESE, "M月d日(E)", "仕入先確認済み", "返金");
    }

    @Test
    void englishCustomerSwitchesOneBackorderAndCancelsTheOtherForARefundAndACoupon() {
        choose("en-US", Locale.ENGLISH, "EEE, MMM d", "confirmed by the supplier", "refund");
    }

    private void choose(String browserLocale, Locale locale, String datePattern, String confirmedWords,
                        String refundWord) {
        Backorders setUp = new Backorders();
        String promised = DateTimeFormatter.ofPattern(datePattern, locale).format(ARRIVAL);
        Page page = chromium.page(browserLocale, Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT);

        // (a) Switch: the status page asks for the order first, then shows the waiting line.
        page.navigate(SystemUnderTest.baseUrl() + "/portal/" + SHOP + "/returns/" + setUp.switchRma);
        page.locator("#order-number input").fill(setUp.orderNumber);
        page.locator("#email-or-phone input").fill(setUp.email);
        page.locator("#lookup-submit").click();
        String panel = "#backorder-" + setUp.switchLine;
        assertThat(page.locator(panel + "-expected")).containsText(promised);
        assertThat(page.locator(panel + "-expected")).containsText(confirmedWords);
        assertThat(page.locator(panel)).containsText(setUp.sku("L"));
        Chromium.screenshot(page, "portal-backorder-1-waiting-" + locale.getLanguage() + "-phone");

        // M, the only size in stock at the same price, is offered first (on a phone the select opens as a sheet).
        assertThat(page.locator(panel + "-switch-variant")).containsText(setUp.sku("M"));
        page.locator(panel + "-switch").click();
        assertThat(page.locator(panel)).hasCount(0);
        assertThat(page.locator("#fulfilment-" + setUp.switchLine)).isVisible();
        assertThat(page.locator(".status-line")).containsText(setUp.sku("M"));
        assertThat(page.locator("vaadin-notification-card")).isVisible();
        Chromium.screenshot(page, "portal-backorder-2-switched-" + locale.getLanguage() + "-phone");
        operator().get(API + "/returns/" + setUp.switchRma).then().statusCode(200)
                .body("lines[0].exchangeSku", equalTo(setUp.sku("M")))
                .body("lines[0].fulfilment.state", equalTo("RESERVED"));
        operator().queryParam("sku", setUp.sku("M")).queryParam("state", "RESERVED").get(API + "/fulfilments").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].rma", equalTo(setUp.switchRma));

        // (b) Cancel for a refund: asked once more, then the refund and the coupon's code.
        page.navigate(SystemUnderTest.baseUrl() + "/portal/" + SHOP + "/returns/" + setUp.cancelRma);
        panel = "#backorder-" + setUp.cancelLine;
        assertThat(page.locator(panel + "-expected")).containsText(promised);
        assertThat(page.locator(panel + "-cancel")).containsText("6,000");
        page.locator(panel + "-cancel").click();
        Chromium.screenshot(page, "portal-backorder-3-cancel-asked-" + locale.getLanguage() + "-phone");
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], vaadin-button[slot='confirm-button']")
                .first().click();
        assertThat(page.locator(panel + "-refund")).containsText("6,000");
        assertThat(page.locator(panel + "-refund")).containsText(refundWord);
        Locator code = page.locator(panel + "-coupon-code");
        assertThat(code).hasText(Pattern.compile("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"));
        Chromium.screenshot(page, "portal-backorder-4-cancelled-" + locale.getLanguage() + "-phone");

        String coupon = code.textContent().strip();
        operator().get(API + "/coupons/" + coupon).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("amountMinor", equalTo(500))
                .body("rmaNumber", equalTo(setUp.cancelRma)).body("issuedToEmail", equalTo(setUp.email))
                .body("issuedBy", equalTo("customer"));
        operator().get(API + "/returns/" + setUp.cancelRma).then().statusCode(200)
                .body("lines[0].resolution", equalTo("REFUND")).body("lines[0].exchangeSku", nullValue())
                .body("lines[0].refundAmountMinor", equalTo(6000));
        // The parcel arrives and is graded A: the refund goes out once, and the page shows it.
        operator().post(API + "/returns/" + setUp.cancelRma + "/receive").then().statusCode(200);
        operator().body("{\"grades\":[\"A\"]}").post(API + "/returns/" + setUp.cancelRma + "/lines/" + setUp.cancelLine
                + "/grades").then().statusCode(200).body("refunds.size()", equalTo(1))
                .body("refunds[0].amountMinor", equalTo(6000));
        // A card refund is paid by the refund worker right after grading commits: wait for it, then look.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                operator().get(API + "/returns/" + setUp.cancelRma).then().statusCode(200)
                        .body("refunds[0].status", equalTo("ISSUED")));
        page.reload();
        assertThat(page.locator(".refund-issued")).containsText("6,000");
        assertThat(page.locator(panel + "-coupon-code")).hasText(coupon);
        Chromium.screenshot(page, "portal-backorder-5-refunded-" + locale.getLanguage() + "-phone");
        // Neither return waits for L any more: the supplier's units will go to nobody here.
        operator().queryParam("sku", setUp.sku("L")).queryParam("state", "BACKORDERED").get(API + "/fulfilments").then()
                .statusCode(200).body("items.size()", equalTo(0));
        page.context().close();
    }

    /**
     * Through the API: a shirt in S, M and L; L sold out with a confirmed purchase order arriving on
     * {@link #ARRIVAL}, M in stock; an order of two S shirts and two one-unit exchange returns into L.
     */
    private static final class Backorders {
        final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        final String orderNumber = "BO-" + run;
        final String email = "backorder-" + run.toLowerCase() + "@example.jp";
        final String switchRma;
        final long switchLine;
        final String cancelRma;
        final long cancelLine;

        Backorders() {
            manager().body("""
                    [{"externalId":"BO-TEE-%1$s","nameJa":"オックスフォードシャツ %1$s","nameEn":"Oxford shirt %1$s",
                      "category":"tops","variants":[{"sku":"BO-%1$s-S","size":"S","color":"blue","priceMinor":6000},
                                                    {"sku":"BO-%1$s-M","size":"M","color":"blue","priceMinor":6000},
                                                    {"sku":"BO-%1$s-L","size":"L","color":"blue","priceMinor":6000}]}]
                    """.formatted(run)).put(API + "/integration/products").then().statusCode(200)
                    .body("rejected", equalTo(0));
            manager().body("[{\"sku\":\"" + sku("M") + "\",\"sellable\":3}]").put(API + "/integration/stock").then()
                    .statusCode(200).body("rejected", equalTo(0));
            manager().body("""
                    {"supplier":"東京繊維","expectedDate":"%s","confirmed":true,"lines":[{"sku":"%s","quantity":5}]}
                    """.formatted(ARRIVAL, sku("L"))).post(API + "/inventory/purchase-orders").then().statusCode(200);
            java.time.Instant delivered = java.time.Instant.now().minus(3, java.time.temporal.ChronoUnit.DAYS);
            manager().body("""
                    [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"山田 花子",
                      "customerEmail":"%2$s","postalCode":"150-0001","prefecture":"東京都","city":"渋谷区",
                      "addressLine1":"神宮前1-2-3","orderedAt":"%3$s","shippedAt":"%3$s","deliveredAt":"%4$s",
                      "lines":[{"lineNo":1,"sku":"%5$s","quantity":2,"unitPriceMinor":6000}]}]
                    """.formatted(orderNumber, email, delivered.minus(2, java.time.temporal.ChronoUnit.DAYS), delivered,
                            sku("S"))).put(API + "/integration/orders").then().statusCode(200)
                    .body("rejected", equalTo(0));
            String token = given().baseUri(SystemUnderTest.baseUrl()).contentType("application/json")
                    .body("{\"orderNumber\":\"" + orderNumber + "\",\"emailOrPhone\":\"" + email + "\"}")
                    .post("/api/v1/portal/shops/" + SHOP + "/order-lookups").then().statusCode(200).extract().path("token");
            Number orderLine = given().baseUri(SystemUnderTest.baseUrl()).header("X-Kaeru-Order-Token", token)
                    .get("/api/v1/portal/shops/" + SHOP + "/order").then().statusCode(200)
                    .extract().path("lines[0].orderLineId");
            List<String> rmas = List.of(exchangeIntoL(token, orderLine), exchangeIntoL(token, orderLine));
            switchRma = rmas.get(0);
            cancelRma = rmas.get(1);
            switchLine = lineOf(switchRma);
            cancelLine = lineOf(cancelRma);
        }

        String sku(String size) {
            return "BO-" + run + "-" + size;
        }

        private String exchangeIntoL(String token, Number orderLine) {
            return given().baseUri(SystemUnderTest.baseUrl()).header("X-Kaeru-Order-Token", token)
                    .contentType("application/json")
                    .body("{\"lines\":[{\"orderLineId\":" + orderLine + ",\"quantity\":1,\"reasonCode\":\"SIZE_TOO_SMALL\","
                            + "\"resolution\":\"EXCHANGE\",\"exchangeSku\":\"" + sku("L") + "\"}]}")
                    .post("/api/v1/portal/shops/" + SHOP + "/returns").then().statusCode(200)
                    .body("lines[0].fulfilment.state", equalTo("BACKORDERED")).extract().path("rmaNumber");
        }

        private static long lineOf(String rma) {
            return ((Number) operator().get(API + "/returns/" + rma).then().statusCode(200).extract().path("lines[0].id"))
                    .longValue();
        }
    }
}
