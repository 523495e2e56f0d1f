package com.kaeru.backend.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestDatabase;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exchange fulfilment and backorders (issue 10) through the API on real PostgreSQL, with the
 * customer's notices through GreenMail: a sold-out exchange is accepted only with a restock date
 * and the first notice goes out; a restock is allocated first come first served and flows into a
 * shipping instruction by itself; the warehouse's tracking number moves the stock and tells the
 * customer; the return completes without waiting for its replacement; other shops see nothing;
 * races never allocate or ship a unit twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangeFulfilmentIT {
    private static final String SHOP = "kumo-zakka";
    private static final String PORTAL = "/v1/portal/shops/" + SHOP;
    private static final String STAFF = "/v1/shops/" + SHOP + "/returns";
    private static final String WAREHOUSE = "/v1/shops/" + SHOP + "/fulfilments";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private String run;
    private LocalDate restock;

    @BeforeEach
    void catalog() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        restock = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(10);
        // S in stock; L sold out with a restock date; XL sold out with none.
        Shops.products(SHOP, """
                [{"externalId":"MUG-%1$s","nameJa":"マグカップ","nameEn":"Mug","category":"kitchen",
                  "variants":[{"sku":"MUG-%1$s-S","size":"S","priceMinor":2000},
                              {"sku":"MUG-%1$s-L","size":"L","priceMinor":2000,"restockDate":"%2$s"},
                              {"sku":"MUG-%1$s-XL","size":"XL","priceMinor":2000}]}]
                """.formatted(run, restock));
        Shops.stock(SHOP, "MUG-" + run + "-S", 5);
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

    /** An order of one S mug for {@code who}; answers the customer's order token. */
    private String order(String who) {
        Shops.order(SHOP, who + "-" + run, email(who), 3, 0,
                "[{\"lineNo\":1,\"sku\":\"MUG-" + run + "-S\",\"quantity\":1,\"unitPriceMinor\":2000}]");
        return Shops.customerToken(SHOP, who + "-" + run, email(who));
    }

    private static long orderLine(String token) {
        return ((Number) given().header("X-Kaeru-Order-Token", token).get(PORTAL + "/order").then().statusCode(200)
                .extract().path("lines[0].orderLineId")).longValue();
    }

    private static io.restassured.response.ValidatableResponse exchange(String token, String sku, String language) {
        return given().header("X-Kaeru-Order-Token", token).header("Accept-Language", language)
                .contentType("application/json")
                .body("{\"returnMethod\":\"PREPAID_LABEL\",\"lines\":[{\"orderLineId\":" + orderLine(token)
                        + ",\"quantity\":1,\"reasonCode\":\"SIZE_TOO_SMALL\",\"resolution\":\"EXCHANGE\","
                        + "\"exchangeSku\":\"" + sku + "\"}]}")
                .post(PORTAL + "/returns").then();
    }

    private String backorder(String who) {
        return exchange(order(who), "MUG-" + run + "-L", "ja").statusCode(200)
                .body("lines[0].fulfilment.state", equalTo("BACKORDERED")).extract().path("rmaNumber");
    }

    private long lineOf(String rma) {
        return ((Number) operator().get(STAFF + "/" + rma).then().statusCode(200).extract().path("lines[0].id"))
                .longValue();
    }

    private String state(String rma) {
        return operator().get(STAFF + "/" + rma).then().statusCode(200).extract().path("lines[0].fulfilment.state");
    }

    private long level(String column, String size) {
        return Sql.number("select " + column + " from stock_level s join variant v on v.id = s.variant_id "
                + "join stock_location l on l.id = s.location_id and l.is_default where v.sku = ?", "MUG-" + run + "-" + size);
    }

    private static List<MimeMessage> mailsTo(String address, int atLeast) throws Exception {
        // Bounded wait for the dispatcher (it polls every 2 s); returns as soon as they are in.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        List<MimeMessage> mine;
        do {
            TestDatabase.mail().waitForIncomingEmail(2000, TestDatabase.mail().getReceivedMessages().length + 1);
            mine = Arrays.stream(TestDatabase.mail().getReceivedMessages()).filter(m -> {
                try {
                    return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
                } catch (Exception e) {
                    return false;
                }
            }).toList();
        } while (mine.size() < atLeast && System.nanoTime() < deadline);
        return mine;
    }

    /** The plain-text part of a mail, decoded. */
    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return "";
    }

    private static MimeMessage withSubject(List<MimeMessage> mails, String part) {
        return mails.stream().filter(m -> {
            try {
                return m.getSubject().contains(part);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no mail with subject containing " + part));
    }

    @Test
    void aSoldOutExchangeIsAcceptedWithARestockDateAndTheFirstNoticeGoesOutAtOnceButNeverWithoutADate() throws Exception {
        String token = order("first");
        // XL: sold out, no restock date: refused by the API itself, in the caller's language, nothing filed.
        exchange(token, "MUG-" + run + "-XL", "ja").statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("入荷予定日が未定"));
        exchange(token, "MUG-" + run + "-XL", "en").statusCode(422)
                .body("detail", containsString("no restock date is known"));
        assertThat(Sql.number("select count(*) from return_request r join customer_order o on o.id = r.order_id "
                + "where o.order_number = ?", "first-" + run)).isZero();

        // L: sold out, due on the restock date: accepted, waiting, promised that date.
        String rma = exchange(token, "MUG-" + run + "-L", "ja").statusCode(200)
                .body("status", equalTo("AWAITING_SHIPMENT"))
                .body("lines[0].backorder", equalTo(true))
                .body("lines[0].fulfilment.state", equalTo("BACKORDERED"))
                .body("lines[0].fulfilment.promisedDate", equalTo(restock.toString()))
                .body("lines[0].fulfilment.dateConfirmed", equalTo(false))
                .body("lines[0].fulfilment.noticesSent", equalTo(1))
                .extract().path("rmaNumber");
        // The customer's status page shows it too.
        given().header("X-Kaeru-Order-Token", token).get(PORTAL + "/returns/" + rma).then().statusCode(200)
                .body("lines[0].fulfilment.state", equalTo("BACKORDERED"))
                .body("lines[0].fulfilment.shipToName", equalTo(null));

        MimeMessage notice = withSubject(mailsTo(email("first"), 2), "入荷待ち");
        assertThat(notice.getSubject()).isEqualTo("【くも雑貨店】" + rma + " の交換品は入荷待ちです");
        assertThat(text(notice)).contains(restock.toString()).contains("仕入先に確認中");

        // The backorder queue: analysts read it, late=true does not list a line before its date.
        staff("kumo-analyst", "analyst").get(WAREHOUSE + "?state=BACKORDERED&rma=" + rma).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].sku", equalTo("MUG-" + run + "-L"))
                .body("items[0].late", equalTo(false));
        staff("kumo-analyst", "analyst").get(WAREHOUSE + "?late=true&rma=" + rma).then().statusCode(200)
                .body("total", equalTo(0));
        staff("kumo-analyst", "analyst").header("Accept-Language", "en").get(WAREHOUSE + "?state=LOST").then()
                .statusCode(422).contentType("application/problem+json");
    }

    @Test
    void restocksAreAllocatedFirstComeFirstServedAndFlowIntoShipmentTheTrackingNumberShipsAndTheReturnDoesNotWait()
            throws Exception {
        String first = backorder("ann");
        String second = backorder("ben");
        String third = backorder("cho");
        // The third customer cancels: the queue forgets them.
        given().header("X-Kaeru-Order-Token", Shops.customerToken(SHOP, "cho-" + run, email("cho")))
                .post(PORTAL + "/returns/" + third + "/cancel").then().statusCode(200);
        assertThat(state(third)).isEqualTo("CANCELLED");

        // The second customer's parcel arrives and is graded before any stock: the return completes
        // (nothing to refund) while its replacement keeps waiting.
        long secondLine = lineOf(second);
        operator().post(STAFF + "/" + second + "/receive").then().statusCode(200);
        operator().body("{\"grades\":[\"A\"]}").post(STAFF + "/" + second + "/lines/" + secondLine + "/grades").then()
                .statusCode(200).body("status", equalTo("COMPLETED"))
                .body("lines[0].fulfilment.state", equalTo("BACKORDERED"));

        // One unit arrives (the shop system's count): the oldest backorder gets it, not yet inspected.
        Shops.stock(SHOP, "MUG-" + run + "-L", 1);
        assertThat(state(first)).isEqualTo("RESERVED");
        assertThat(state(second)).isEqualTo("BACKORDERED");
        assertThat(level("reserved", "L")).isEqualTo(1);
        // A second unit: the inspected second return goes straight to a shipping instruction.
        Shops.stock(SHOP, "MUG-" + run + "-L", 2);
        assertThat(state(second)).isEqualTo("SHIPMENT_REQUESTED");
        assertThat(level("reserved", "L")).isEqualTo(2);
        assertThat(Sql.number("select count(*) from outbox_event where event_type = 'ExchangeAllocated' and "
                + "aggregate_ref in (?, ?)", first, second)).isEqualTo(2);
        staff("kumo-analyst", "analyst").get(WAREHOUSE + "?state=SHIPMENT_REQUESTED&sku=MUG-" + run + "-L").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].rma", equalTo(second))
                .body("items[0].shipToPostalCode", equalTo("100-0005"));

        // Only operators ship; an analyst is refused.
        String path = WAREHOUSE + "/" + second + "/" + secondLine + "/shipment";
        staff("kumo-analyst", "analyst").body("{\"carrier\":\"ヤマト運輸\",\"trackingNumber\":\"1\"}").post(path).then()
                .statusCode(403);
        operator().body("{\"carrier\":\"ヤマト運輸\"}").post(path).then().statusCode(400)
                .contentType("application/problem+json");
        String tracking = "4901-" + run;
        operator().body("{\"carrier\":\"ヤマト運輸\",\"trackingNumber\":\"" + tracking + "\"}").post(path).then()
                .statusCode(200).body("state", equalTo("SHIPPED")).body("trackingNumber", equalTo(tracking));
        // The same parcel again is the same answer; another tracking number is a conflict.
        operator().body("{\"carrier\":\"ヤマト運輸\",\"trackingNumber\":\"" + tracking + "\"}").post(path).then()
                .statusCode(200).body("state", equalTo("SHIPPED"));
        operator().header("Accept-Language", "ja").body("{\"carrier\":\"ヤマト運輸\",\"trackingNumber\":\"OTHER\"}")
                .post(path).then().statusCode(409).body("detail", containsString(tracking));
        // The unit left once, through the ledger, with the RMA.
        assertThat(Sql.number("select count(*) from stock_movement m join variant v on v.id = m.variant_id "
                + "where v.sku = ? and m.cause = 'EXCHANGE_SHIPMENT' and m.reference = ?", "MUG-" + run + "-L", second))
                .isEqualTo(1);
        assertThat(level("sellable", "L")).isEqualTo(1);
        assertThat(level("reserved", "L")).as("the first customer's unit").isEqualTo(1);
        // The customer reads the carrier and the tracking number.
        MimeMessage shipped = withSubject(mailsTo(email("ben"), 4), "発送しました");
        assertThat(text(shipped)).contains(tracking).contains("ヤマト運輸");
        operator().post(WAREHOUSE + "/" + second + "/" + secondLine + "/delivery").then().statusCode(200)
                .body("state", equalTo("DELIVERED"));

        // The warehouse's CSV in Shift_JIS: the open instruction of the first customer once inspected.
        long firstLine = lineOf(first);
        operator().post(STAFF + "/" + first + "/receive").then().statusCode(200);
        operator().body("{\"grades\":[\"B\"]}").post(STAFF + "/" + first + "/lines/" + firstLine + "/grades").then()
                .statusCode(200).body("status", equalTo("COMPLETED"));
        byte[] csv = staff("kumo-analyst", "analyst").header("Accept-Language", "ja").get(WAREHOUSE + "/export?state=SHIPMENT_REQUESTED&charset=Shift_JIS"
                + "&sku=MUG-" + run + "-L").then().statusCode(200).extract().asByteArray();
        String text = new String(csv, Charset.forName("Windows-31J"));
        assertThat(text).startsWith("rma_number,line_id,state").contains(first).contains("マグカップ")
                .doesNotContain(second);
    }

    @Test
    void aReplacementWhoseReturnedUnitWasGradedCIsHeldUntilAManagerReleasesIt() {
        Shops.stock(SHOP, "MUG-" + run + "-L", 1);
        String rma = exchange(order("dan"), "MUG-" + run + "-L", "ja").statusCode(200)
                .body("lines[0].fulfilment.state", equalTo("RESERVED")).extract().path("rmaNumber");
        long line = lineOf(rma);
        operator().post(STAFF + "/" + rma + "/receive").then().statusCode(200);
        operator().body("{\"grades\":[\"C\"]}").post(STAFF + "/" + rma + "/lines/" + line + "/grades").then()
                .statusCode(200).body("lines[0].fulfilment.state", equalTo("HELD"));
        operator().post(WAREHOUSE + "/" + rma + "/" + line + "/release").then().statusCode(403);
        operator().body("{\"carrier\":\"佐川急便\",\"trackingNumber\":\"9\"}")
                .post(WAREHOUSE + "/" + rma + "/" + line + "/shipment").then().statusCode(409);
        staff("kumo-manager", "manager").post(WAREHOUSE + "/" + rma + "/" + line + "/release").then().statusCode(200)
                .body("state", equalTo("SHIPMENT_REQUESTED"));
        staff("kumo-manager", "manager").post(WAREHOUSE + "/" + rma + "/" + line + "/release").then().statusCode(409);
    }

    @Test
    void anotherShopCannotListShipOrFindTheseFulfilments() {
        Shops.stock(SHOP, "MUG-" + run + "-L", 1);
        String rma = exchange(order("eve"), "MUG-" + run + "-L", "ja").statusCode(200).extract().path("rmaNumber");
        long line = lineOf(rma);
        var umi = given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager"))
                .contentType("application/json");
        umi.get(WAREHOUSE).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager")).contentType("application/json")
                .body("{\"carrier\":\"x\",\"trackingNumber\":\"y\"}").post(WAREHOUSE + "/" + rma + "/" + line + "/shipment")
                .then().statusCode(403);
        // Through its own shop's door the line does not exist.
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager")).contentType("application/json")
                .body("{\"carrier\":\"x\",\"trackingNumber\":\"y\"}")
                .post("/v1/shops/umi-outdoor/fulfilments/" + rma + "/" + line + "/delivery").then().statusCode(404);
        given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager"))
                .get("/v1/shops/umi-outdoor/fulfilments?rma=" + rma).then().statusCode(200).body("total", equalTo(0))
                .body("items.rma", not(hasItem(rma)));
        assertThat(state(rma)).isEqualTo("RESERVED");
    }

    @Test
    void twoWarehouseCallsShippingTheSameLineMoveTheUnitOnceAndAnAllocationRacingACancellationNeverHoldsAUnitTwice()
            throws Exception {
        // Two parcels scanned at once for one line: one tracking number wins, the unit leaves once.
        Shops.stock(SHOP, "MUG-" + run + "-L", 1);
        String rma = exchange(order("fay"), "MUG-" + run + "-L", "ja").statusCode(200).extract().path("rmaNumber");
        long line = lineOf(rma);
        operator().post(STAFF + "/" + rma + "/receive").then().statusCode(200);
        operator().body("{\"grades\":[\"A\"]}").post(STAFF + "/" + rma + "/lines/" + line + "/grades").then()
                .statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (String tracking : List.of("T-1", "T-2")) {
                calls.add(() -> operator().body("{\"carrier\":\"日本郵便\",\"trackingNumber\":\"" + tracking + "\"}")
                        .post(WAREHOUSE + "/" + rma + "/" + line + "/shipment").then().extract().statusCode());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertThat(codes).containsExactlyInAnyOrder(200, 409);
            // RMA numbers are per shop: the demo data's shipped exchanges may carry the same number elsewhere.
            assertThat(Sql.number("select count(*) from stock_movement where cause = 'EXCHANGE_SHIPMENT' and reference = ? "
                    + "and shop_id = (select id from shop where slug = ?)", rma, SHOP)).isEqualTo(1);

            // Restocks racing cancellations: whatever the order, a cancelled line holds nothing and the
            // level's reservations are exactly the live allocated lines.
            for (int round = 0; round < 5; round++) {
                String who = "r" + round;
                // Nothing available (a unit the last round's cancellation won is counted away), so it waits.
                Shops.stock(SHOP, "MUG-" + run + "-L", (int) level("reserved", "L"));
                String waiting = backorder(who);
                String token = Shops.customerToken(SHOP, who + "-" + run, email(who));
                int units = (int) level("reserved", "L") + 1;
                List<Callable<Integer>> race = List.of(
                        () -> given().header("X-Kaeru-Order-Token", token).post(PORTAL + "/returns/" + waiting + "/cancel")
                                .then().extract().statusCode(),
                        () -> given().auth().oauth2(TestTokens.token("it-manager", "/shops/" + SHOP + "/manager"))
                                .contentType("application/json")
                                .body("[{\"sku\":\"MUG-" + run + "-L\",\"sellable\":" + units + "}]")
                                .put("/v1/shops/" + SHOP + "/integration/stock").then().extract().statusCode());
                for (Future<Integer> f : pool.invokeAll(race)) {
                    assertThat(f.get()).isEqualTo(200);
                }
                assertThat(state(waiting)).isEqualTo("CANCELLED");
                assertThat(level("reserved", "L")).isEqualTo(Sql.number("select coalesce(sum(f.quantity), 0) "
                        + "from exchange_fulfilment f join variant v on v.id = f.variant_id where v.sku = ? "
                        + "and f.units_reserved", "MUG-" + run + "-L"));
            }
        } finally {
            pool.shutdown();
        }
    }
}
