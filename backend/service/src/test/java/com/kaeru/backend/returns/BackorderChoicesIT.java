package com.kaeru.backend.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Mails;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
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
 * The customer's choices for a backordered exchange line (issue 10), through the portal (order
 * token) and the staff API: wait, switch to another size in stock at the same price, cancel for a
 * refund (before and after the returned item was inspected) with the shop's coupon; repeats
 * change nothing, what is not allowed is a problem detail, and a choice racing an allocation
 * applies exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackorderChoicesIT {
    private static final String SHOP = "kumo-zakka";
    private static final String PORTAL = "/v1/portal/shops/" + SHOP;
    private static final String STAFF = "/v1/shops/" + SHOP + "/returns";

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
        LocalDate restock = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(10);
        // Bought S; L sold out with a restock date; M in stock at the same price; XL in stock but dearer.
        Shops.products(SHOP, """
                [{"externalId":"BAG-%1$s","nameJa":"トートバッグ","nameEn":"Tote bag","category":"bags",
                  "variants":[{"sku":"BAG-%1$s-S","size":"S","priceMinor":2000},
                              {"sku":"BAG-%1$s-M","size":"M","priceMinor":2000},
                              {"sku":"BAG-%1$s-L","size":"L","priceMinor":2000,"restockDate":"%2$s"},
                              {"sku":"BAG-%1$s-XL","size":"XL","priceMinor":2500}]}]
                """.formatted(run, restock));
        Shops.stock(SHOP, sku("S"), 5);
        Shops.stock(SHOP, sku("M"), 3);
        Shops.stock(SHOP, sku("XL"), 3);
    }

    private String sku(String size) {
        return "BAG-" + run + "-" + size;
    }

    private static RequestSpecification staff(String user, String role) {
        return given().auth().oauth2(TestTokens.token(user, "/shops/" + SHOP + "/" + role)).contentType("application/json");
    }

    private static RequestSpecification operator() {
        return staff("kumo-operator", "operator");
    }

    private String email(String who) {
        return who.toLowerCase() + "-" + run.toLowerCase() + "@example.jp";
    }

    private String token(String who) {
        return Shops.customerToken(SHOP, who + "-" + run, email(who));
    }

    /** {@code who} bought one S bag and asked to exchange it for the sold-out L: answers the RMA. */
    private String backorder(String who) {
        return backorder(who, 1);
    }

    /** The same for {@code units} bags. */
    private String backorder(String who, int units) {
        Shops.order(SHOP, who + "-" + run, email(who), 3, 0,
                "[{\"lineNo\":1,\"sku\":\"" + sku("S") + "\",\"quantity\":" + units + ",\"unitPriceMinor\":2000}]");
        String token = token(who);
        Number orderLine = given().header("X-Kaeru-Order-Token", token).get(PORTAL + "/order").then().statusCode(200)
                .extract().path("lines[0].orderLineId");
        return given().header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body("{\"returnMethod\":\"PREPAID_LABEL\",\"lines\":[{\"orderLineId\":" + orderLine
                        + ",\"quantity\":" + units + ",\"reasonCode\":\"SIZE_TOO_SMALL\",\"resolution\":\"EXCHANGE\","
                        + "\"exchangeSku\":\"" + sku("L") + "\"}]}")
                .post(PORTAL + "/returns").then().statusCode(200)
                .body("lines[0].fulfilment.state", equalTo("BACKORDERED")).extract().path("rmaNumber");
    }

    private long lineOf(String rma) {
        return ((Number) operator().get(STAFF + "/" + rma).then().statusCode(200).extract().path("lines[0].id"))
                .longValue();
    }

    private RequestSpecification customer(String who) {
        return given().header("X-Kaeru-Order-Token", token(who)).contentType("application/json");
    }

    private String portalBackorder(String rma, long line) {
        return PORTAL + "/returns/" + rma + "/lines/" + line + "/backorder";
    }

    private long level(String column, String size) {
        return Sql.number("select " + column + " from stock_level s join variant v on v.id = s.variant_id "
                + "join stock_location l on l.id = s.location_id and l.is_default where v.sku = ?", sku(size));
    }

    private static String choice(String choice, String sku) {
        return "{\"choice\":\"" + choice + "\"" + (sku == null ? "" : ",\"sku\":\"" + sku + "\"") + "}";
    }

    @Test
    void theCustomerSwitchesToAnotherSizeInStockAtTheSamePriceAndTheOldBackorderEnds() throws Exception {
        String rma = backorder("amy");
        long line = lineOf(rma);
        customer("amy").get(portalBackorder(rma, line)).then().statusCode(200)
                .body("choosable", equalTo(true)).body("sku", equalTo(sku("L"))).body("quantity", equalTo(1))
                .body("switchOptions.sku", hasItem(sku("M"))).body("switchOptions.sku", not(hasItem(sku("XL"))))
                .body("switchOptions.sku", not(hasItem(sku("L")))).body("refundMinor", equalTo(2000))
                .body("refundAtOnce", equalTo(false)).body("choice", nullValue());
        // A dearer size is not offered, and a refusal is a problem detail in the customer's language.
        customer("amy").header("Accept-Language", "ja").body(choice("SWITCH", sku("XL")))
                .post(portalBackorder(rma, line) + "/choice").then().statusCode(422)
                .contentType(containsString("application/problem+json")).body("detail", containsString("同じ価格"));
        customer("amy").body(choice("SWITCH", null)).post(portalBackorder(rma, line) + "/choice").then().statusCode(422);
        customer("amy").body("{}").post(portalBackorder(rma, line) + "/choice").then().statusCode(400);

        customer("amy").body(choice("SWITCH", sku("M"))).post(portalBackorder(rma, line) + "/choice").then()
                .statusCode(200).body("choice", equalTo("SWITCH")).body("chosenBy", equalTo("customer"))
                .body("state", equalTo("RESERVED")).body("choosable", equalTo(false)).body("sku", equalTo(sku("M")));
        assertThat(level("reserved", "M")).isEqualTo(1);
        operator().get(STAFF + "/" + rma).then().statusCode(200).body("lines[0].exchangeSku", equalTo(sku("M")))
                .body("lines[0].fulfilment.state", equalTo("RESERVED")).body("needsBackorder", equalTo(false));
        // Tapping again changes nothing; another choice is too late now.
        customer("amy").body(choice("SWITCH", sku("M"))).post(portalBackorder(rma, line) + "/choice").then()
                .statusCode(200).body("state", equalTo("RESERVED"));
        assertThat(level("reserved", "M")).isEqualTo(1);
        customer("amy").header("Accept-Language", "en").body(choice("WAIT", null))
                .post(portalBackorder(rma, line) + "/choice").then().statusCode(409)
                .body("detail", containsString("no longer waits"));
        // The queue of L no longer holds it: one L unit arriving allocates nothing to this line.
        Shops.stock(SHOP, sku("L"), 1);
        assertThat(level("reserved", "L")).isEqualTo(0);
        assertThat(Sql.number("select count(*) from audit_event a join shop s on s.id = a.shop_id where a.entity_ref = ? "
                + "and a.action = 'BACKORDER_SWITCH' and s.slug = ?", rma, SHOP)).isEqualTo(1);
        // One typed fact for integrators (the repeat stored none), and the customer's confirmation.
        assertThat(Sql.text("select string_agg((e.payload::jsonb ->> 'sku') || '>' || (e.payload::jsonb ->> 'newSku') "
                + "|| ' ' || (e.payload::jsonb ->> 'state'), ',') from outbox_event e join shop s on s.id = e.shop_id "
                + "where e.event_type = 'BackorderChoiceMade' and e.aggregate_ref = ? and s.slug = ?", rma, SHOP))
                .isEqualTo(sku("L") + ">" + sku("M") + " RESERVED");
        assertThat(Mails.withSubject(email("amy"), "変更しました").getSubject()).contains(sku("M"));
    }

    @Test
    void waitingIsAcknowledgedAndKeepsTheLineInTheQueue() {
        String rma = backorder("ben");
        long line = lineOf(rma);
        customer("ben").body(choice("WAIT", null)).post(portalBackorder(rma, line) + "/choice").then().statusCode(200)
                .body("choice", equalTo("WAIT")).body("state", equalTo("BACKORDERED")).body("choosable", equalTo(true))
                .body("chosenAt", notNullValue());
        customer("ben").body(choice("WAIT", null)).post(portalBackorder(rma, line) + "/choice").then().statusCode(200);
        assertThat(Sql.number("select count(*) from audit_event a join shop s on s.id = a.shop_id where a.entity_ref = ? "
                + "and a.action = 'BACKORDER_WAIT' and s.slug = ?", rma, SHOP)).isEqualTo(1);
        // Stock arrives: the waiting line is allocated as before.
        Shops.stock(SHOP, sku("L"), 1);
        operator().get(STAFF + "/" + rma).then().body("lines[0].fulfilment.state", equalTo("RESERVED"));
        // One unit waiting: nothing to split.
        String other = backorder("bex");
        customer("bex").body(choice("SPLIT", null)).post(portalBackorder(other, lineOf(other)) + "/choice").then()
                .statusCode(422);
    }

    @Test
    void aSplitShipsTheUnitsInStockNowUnderTheirOwnLineAndTheRestKeepWaiting() {
        String rma = backorder("fay", 2);
        long line = lineOf(rma);
        customer("fay").get(portalBackorder(rma, line)).then().body("availableNow", equalTo(0))
                .body("refundMinor", equalTo(4000));
        customer("fay").header("Accept-Language", "en").body(choice("SPLIT", null))
                .post(portalBackorder(rma, line) + "/choice").then().statusCode(422)
                .body("detail", containsString("0 of 2"));
        // One unit arrives: the whole line does not fit, so the allocator leaves it; the customer splits.
        Shops.stock(SHOP, sku("L"), 1);
        customer("fay").get(portalBackorder(rma, line)).then().body("availableNow", equalTo(1));
        customer("fay").body(choice("SPLIT", null)).post(portalBackorder(rma, line) + "/choice").then()
                .statusCode(200).body("choice", equalTo("SPLIT")).body("state", equalTo("BACKORDERED"))
                .body("quantity", equalTo(1));
        customer("fay").body(choice("SPLIT", null)).post(portalBackorder(rma, line) + "/choice").then()
                .statusCode(200).body("quantity", equalTo(1));
        operator().get(STAFF + "/" + rma).then().statusCode(200).body("lines.size()", equalTo(2))
                .body("lines[0].quantity", equalTo(1)).body("lines[0].fulfilment.state", equalTo("BACKORDERED"))
                .body("lines[1].quantity", equalTo(1)).body("lines[1].fulfilment.state", equalTo("RESERVED"))
                .body("lines[1].exchangeSku", equalTo(sku("L")));
        assertThat(level("reserved", "L")).isEqualTo(1);
        // The order line still holds two units in returns, not three.
        assertThat(Sql.number("select units_in_returns from order_line ol join customer_order o on o.id = ol.order_id "
                + "join shop s on s.id = o.shop_id where o.order_number = ? and s.slug = ?", "fay-" + run, SHOP))
                .isEqualTo(2);
        // The next unit goes to the waiting rest.
        Shops.stock(SHOP, sku("L"), 2);
        operator().get(STAFF + "/" + rma).then().body("lines[0].fulfilment.state", equalTo("RESERVED"));
        assertThat(level("reserved", "L")).isEqualTo(2);
    }

    @Test
    void cancellingBeforeInspectionMakesTheLineARefundPaidAtInspectionWithTheShopsCoupon() throws Exception {
        staff("kumo-manager", "manager").body("{\"percent\":10,\"validDays\":30}")
                .put("/v1/shops/" + SHOP + "/coupons/offers/cancelled-backorder").then().statusCode(200)
                .body("percent", equalTo(10));
        try {
            String rma = backorder("cai");
            long line = lineOf(rma);
            customer("cai").get(portalBackorder(rma, line)).then().body("couponOffer.percent", equalTo(10))
                    .body("couponOffer.validDays", equalTo(30));
            customer("cai").body(choice("CANCEL_FOR_REFUND", null)).post(portalBackorder(rma, line) + "/choice").then()
                    .statusCode(200).body("choice", equalTo("CANCEL_FOR_REFUND")).body("state", equalTo("CANCELLED"))
                    .body("refundMinor", equalTo(2000)).body("coupon.percent", equalTo(10))
                    .body("coupon.code", org.hamcrest.Matchers.matchesPattern("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}"));
            String code = customer("cai").get(portalBackorder(rma, line)).then().extract().path("coupon.code");
            // A real coupon: in the shop's list, for this customer and return, redeemable once.
            operator().get("/v1/shops/" + SHOP + "/coupons/" + code).then().statusCode(200)
                    .body("issuedToEmail", equalTo(email("cai"))).body("rmaNumber", equalTo(rma))
                    .body("status", equalTo("ACTIVE")).body("issuedBy", equalTo("customer"));
            // The customer is told, in their language: the choice, then the coupon with its code.
            assertThat(Mails.text(Mails.withSubject(email("cai"), "取り消し"))).contains(rma, "2,000", "検品後");
            var couponMail = Mails.withSubject(email("cai"), "クーポンコード");
            assertThat(couponMail.getSubject()).contains(code);
            assertThat(Mails.text(couponMail)).contains(code, "10% 割引", rma, "1回限り");
            // Integrators get the typed facts: the choice with its refund, the coupon with its value and expiry.
            assertThat(Sql.text("select e.payload::jsonb ->> 'choice' || ' ' || (e.payload::jsonb ->> 'refundAmountMinor') "
                    + "|| ' ' || (e.payload::jsonb ->> 'refundAtOnce') from outbox_event e join shop s on s.id = e.shop_id "
                    + "where e.event_type = 'BackorderChoiceMade' and e.aggregate_ref = ? and s.slug = ?", rma, SHOP))
                    .isEqualTo("CANCEL_FOR_REFUND 2000 false");
            assertThat(Sql.text("select (e.payload::jsonb ->> 'percent') || ' ' || (e.payload::jsonb ->> 'rma') || ' ' "
                    + "|| (e.payload::jsonb ->> 'expiresAt' is not null) from outbox_event e join shop s on s.id = e.shop_id "
                    + "where e.event_type = 'CouponIssued' and e.aggregate_ref = ? and s.slug = ?", code.replace("-", ""), SHOP))
                    .isEqualTo("10 " + rma + " true");
            // Again: the same coupon, no second one.
            customer("cai").body(choice("CANCEL_FOR_REFUND", null)).post(portalBackorder(rma, line) + "/choice").then()
                    .statusCode(200).body("coupon.code", equalTo(code));
            assertThat(Sql.number("select count(*) from coupon c join shop s on s.id = c.shop_id where c.rma_number = ? "
                    + "and s.slug = ?", rma, SHOP)).isEqualTo(1);
            assertThat(Sql.number("select count(*) from outbox_event e join shop s on s.id = e.shop_id where s.slug = ? "
                    + "and e.event_type in ('BackorderChoiceMade', 'CouponIssued') and (e.aggregate_ref = ? or "
                    + "e.payload::jsonb ->> 'rma' = ?)", SHOP, rma, rma)).isEqualTo(2);
            operator().get(STAFF + "/" + rma).then().body("lines[0].resolution", equalTo("REFUND"))
                    .body("lines[0].refundAmountMinor", equalTo(2000)).body("lines[0].exchangeSku", nullValue())
                    .body("refunds.size()", equalTo(0));
            // The parcel arrives and is graded A: the refund goes out through the usual path.
            operator().post(STAFF + "/" + rma + "/receive").then().statusCode(200);
            operator().body("{\"grades\":[\"A\"]}").post(STAFF + "/" + rma + "/lines/" + line + "/grades").then()
                    .statusCode(200).body("refunds[0].amountMinor", equalTo(2000));
        } finally {
            staff("kumo-manager", "manager").body("{\"validDays\":30}")
                    .put("/v1/shops/" + SHOP + "/coupons/offers/cancelled-backorder").then().statusCode(200);
        }
    }

    @Test
    void staffCancelAfterInspectionAndTheRefundGoesOutAtOnceExactlyOnce() {
        String rma = backorder("dan");
        long line = lineOf(rma);
        operator().post(STAFF + "/" + rma + "/receive").then().statusCode(200);
        operator().body("{\"grades\":[\"A\"]}").post(STAFF + "/" + rma + "/lines/" + line + "/grades").then()
                .statusCode(200).body("lines[0].fulfilment.state", equalTo("BACKORDERED"));
        String path = STAFF + "/" + rma + "/lines/" + line + "/backorder";
        Number due = staff("kumo-analyst", "analyst").get(path).then().statusCode(200).body("refundAtOnce", equalTo(true))
                .extract().path("refundMinor");
        staff("kumo-analyst", "analyst").body(choice("CANCEL_FOR_REFUND", null)).post(path + "/choice").then()
                .statusCode(403);
        operator().body(choice("CANCEL_FOR_REFUND", null)).post(path + "/choice").then().statusCode(200)
                .body("state", equalTo("CANCELLED")).body("chosenBy", equalTo("kumo-operator"))
                .body("coupon", nullValue());
        operator().body(choice("CANCEL_FOR_REFUND", null)).post(path + "/choice").then().statusCode(200);
        assertThat(Sql.number("select count(*) from refund where idempotency_key like ?", rma + ":%:line:" + line
                + ":cancelled-exchange")).isEqualTo(1);
        assertThat(Sql.number("select amount_minor from refund where idempotency_key like ?", rma + ":%:line:" + line
                + ":cancelled-exchange")).isEqualTo(due.longValue());
        // What the return paid back in all is what was paid for the line.
        assertThat(Sql.number("select sum(f.amount_minor) from refund f join return_request r on r.id = f.return_id "
                + "join shop s on s.id = r.shop_id where r.rma_number = ? and s.slug = ?", rma, SHOP)).isEqualTo(2000);
        // Another shop's staff and another order's token see nothing.
        given().auth().oauth2(TestTokens.token("sakura-operator", "/shops/sakura-apparel/operator"))
                .get(path).then().statusCode(403);
        backorder("eve");
        customer("eve").get(portalBackorder(rma, line)).then().statusCode(404);
    }

    /**
     * A completed return whose exchange still waits is cancelled for a refund above the approval
     * limit: the refund is held, and a manager decides it on the completed return — approved it is
     * paid, declined nothing is; the return stays completed either way.
     */
    @Test
    void aHeldRefundOfACancelledBackorderIsDecidedOnTheCompletedReturn() {
        long limit = Sql.number("select refund_approval_limit_minor from shop where slug = ?", SHOP);
        try {
            String approved = completedWithWaitingExchange("hal");
            String declined = completedWithWaitingExchange("ivy");
            Sql.execute("update shop set refund_approval_limit_minor = 1000 where slug = ?", SHOP);
            long approvedRefund = cancelIntoHeldRefund(approved);
            long declinedRefund = cancelIntoHeldRefund(declined);
            // The operator who asked for it may not decide it; a manager does.
            operator().post(STAFF + "/" + approved + "/refunds/" + approvedRefund + "/approve").then().statusCode(403);
            staff("kumo-manager", "manager").post(STAFF + "/" + approved + "/refunds/" + approvedRefund + "/approve")
                    .then().statusCode(200).body("status", equalTo("COMPLETED"));
            // The refund worker pays the approved refund after the approval commits.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                    staff("kumo-manager", "manager").get(STAFF + "/" + approved).then().statusCode(200)
                            .body("refunds.find { it.id == " + approvedRefund + " }.status", equalTo("ISSUED")));
            staff("kumo-manager", "manager").post(STAFF + "/" + declined + "/refunds/" + declinedRefund + "/decline")
                    .then().statusCode(200).body("status", equalTo("COMPLETED"))
                    .body("refunds.find { it.id == " + declinedRefund + " }.status", equalTo("DECLINED"));
            // Deciding again is refused (nothing waits any more), and nothing was paid twice.
            staff("kumo-manager", "manager").post(STAFF + "/" + approved + "/refunds/" + approvedRefund + "/approve")
                    .then().statusCode(409);
            assertThat(Sql.number("select count(*) from refund where id = ? and status = 'ISSUED'", approvedRefund))
                    .isEqualTo(1);
        } finally {
            Sql.execute("update shop set refund_approval_limit_minor = ? where slug = ?", limit, SHOP);
        }
    }

    /** {@code who}'s return, received and graded A while the exchange waits: completed (nothing to pay). */
    private String completedWithWaitingExchange(String who) {
        String rma = backorder(who);
        long line = lineOf(rma);
        operator().post(STAFF + "/" + rma + "/receive").then().statusCode(200);
        operator().body("{\"grades\":[\"A\"]}").post(STAFF + "/" + rma + "/lines/" + line + "/grades").then()
                .statusCode(200).body("status", equalTo("COMPLETED"))
                .body("lines[0].fulfilment.state", equalTo("BACKORDERED"));
        return rma;
    }

    /** The operator cancels the waiting exchange for a refund above the limit: the held refund's id. */
    private long cancelIntoHeldRefund(String rma) {
        long line = lineOf(rma);
        operator().body(choice("CANCEL_FOR_REFUND", null)).post(STAFF + "/" + rma + "/lines/" + line + "/backorder/choice")
                .then().statusCode(200).body("state", equalTo("CANCELLED"));
        return ((Number) operator().get(STAFF + "/" + rma).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("refunds[0].status", equalTo("PENDING_APPROVAL")).extract().path("refunds[0].id")).longValue();
    }

    @Test
    void aChoiceRacingAnAllocationAppliesExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String who = "r" + round;
                // Each round starts with nothing free (a cancellation that won leaves last round's unit).
                Shops.stock(SHOP, sku("L"), (int) level("reserved", "L"));
                String rma = backorder(who);
                long line = lineOf(rma);
                int units = (int) level("sellable", "L") + 1;
                List<Callable<Integer>> race = List.of(
                        () -> customer(who).body(choice("CANCEL_FOR_REFUND", null))
                                .post(portalBackorder(rma, line) + "/choice").then().extract().statusCode(),
                        () -> given().auth().oauth2(TestTokens.token("it-manager", "/shops/" + SHOP + "/manager"))
                                .contentType("application/json")
                                .body("[{\"sku\":\"" + sku("L") + "\",\"sellable\":" + units + "}]")
                                .put("/v1/shops/" + SHOP + "/integration/stock").then().extract().statusCode());
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(race)) {
                    codes.add(f.get());
                }
                String state = operator().get(STAFF + "/" + rma).then().extract().path("lines[0].fulfilment.state");
                if (codes.get(0) == 200) {
                    assertThat(state).as("round %d", round).isEqualTo("CANCELLED");
                } else {
                    assertThat(codes.get(0)).as("round %d", round).isEqualTo(409);
                    assertThat(state).as("round %d", round).isEqualTo("RESERVED");
                }
                assertThat(codes.get(1)).isEqualTo(200);
                // Never both: reservations are exactly the live allocated lines.
                assertThat(level("reserved", "L")).isEqualTo(Sql.number("select coalesce(sum(f.quantity), 0) "
                        + "from exchange_fulfilment f join variant v on v.id = f.variant_id where v.sku = ? "
                        + "and f.units_reserved", sku("L")));
            }
        } finally {
            pool.shutdown();
        }
    }
}
