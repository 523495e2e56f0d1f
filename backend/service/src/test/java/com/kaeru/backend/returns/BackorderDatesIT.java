package com.kaeru.backend.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

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
 * A waiting exchange's date follows its supply wherever that changes (issue 10, the reminder):
 * the shop system moves or clears the catalog's restock date, a purchase order is placed and then
 * cancelled as the only supply left. Each change the customer should know of is one
 * {@code BackorderDateMoved} (or the second notice), and a supply that disappears says the date is
 * unknown again (no date, not confirmed) instead of leaving a promise nothing backs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackorderDatesIT {
    private static final String SHOP = "kumo-zakka";
    private static final String PORTAL = "/v1/portal/shops/" + SHOP;
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private String run;
    private final LocalDate today = LocalDate.now(TOKYO);

    @BeforeEach
    void catalog() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        products(today.plusDays(10));
        Shops.stock(SHOP, sku("S"), 5);
    }

    /** The product as the shop system sends it, with L's restock date ({@code null}: none). */
    private void products(LocalDate restock) {
        Shops.products(SHOP, """
                [{"externalId":"CAP-%1$s","nameJa":"キャップ","nameEn":"Cap","category":"hats",
                  "variants":[{"sku":"CAP-%1$s-S","size":"S","priceMinor":3000},
                              {"sku":"CAP-%1$s-L","size":"L","priceMinor":3000%2$s}]}]
                """.formatted(run, restock == null ? "" : ",\"restockDate\":\"" + restock + "\""));
    }

    private String sku(String size) {
        return "CAP-" + run + "-" + size;
    }

    private String email() {
        return "dates-" + run.toLowerCase() + "@example.jp";
    }

    private static RequestSpecification manager() {
        return given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/" + SHOP + "/manager"))
                .contentType("application/json");
    }

    /** A customer exchanges S for the sold-out L (backordered on the catalog's date): the RMA. */
    private String backorder() {
        Shops.order(SHOP, "dates-" + run, email(), 3, 0,
                "[{\"lineNo\":1,\"sku\":\"" + sku("S") + "\",\"quantity\":1,\"unitPriceMinor\":3000}]");
        String token = Shops.customerToken(SHOP, "dates-" + run, email());
        Number orderLine = given().header("X-Kaeru-Order-Token", token).get(PORTAL + "/order").then().statusCode(200)
                .extract().path("lines[0].orderLineId");
        return given().header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body("{\"returnMethod\":\"PREPAID_LABEL\",\"lines\":[{\"orderLineId\":" + orderLine
                        + ",\"quantity\":1,\"reasonCode\":\"SIZE_TOO_SMALL\",\"resolution\":\"EXCHANGE\","
                        + "\"exchangeSku\":\"" + sku("L") + "\"}]}")
                .post(PORTAL + "/returns").then().statusCode(200)
                .body("lines[0].fulfilment.state", equalTo("BACKORDERED")).extract().path("rmaNumber");
    }

    /** The waiting line's promise as stored: {@code date/confirmed}. */
    private static String promise(String rma) {
        return Sql.text("select coalesce(f.promised_date::text, 'none') || '/' || f.date_confirmed "
                + "from exchange_fulfilment f join shop s on s.id = f.shop_id where f.rma_number = ? and s.slug = ?",
                rma, SHOP);
    }

    /** The {@code BackorderDateMoved} events of the return, oldest first: {@code previous>arrival/confirmed}. */
    private static String moves(String rma) {
        return Sql.text("select string_agg(coalesce(e.payload::jsonb ->> 'previousDate', 'none') || '>' "
                + "|| coalesce(e.payload::jsonb ->> 'arrivalDate', 'none') || '/' || (e.payload::jsonb ->> 'dateConfirmed'), "
                + "',' order by e.id) from outbox_event e join shop s on s.id = e.shop_id "
                + "where e.event_type = 'BackorderDateMoved' and e.aggregate_ref = ? and s.slug = ?", rma, SHOP);
    }

    @Test
    void theCatalogsRestockDateMovingOrDisappearingTellsTheWaitingCustomer() throws Exception {
        String rma = backorder();
        LocalDate first = today.plusDays(10);
        LocalDate later = today.plusDays(14);
        assertThat(promise(rma)).isEqualTo(first + "/false");

        products(later);
        assertThat(promise(rma)).isEqualTo(later + "/false");
        assertThat(moves(rma)).isEqualTo(first + ">" + later + "/false");
        assertThat(Mails.text(Mails.withSubject(email(), "入荷日が変更"))).contains(later.toString());
        // The same date again (a routine sync) tells nobody anything.
        products(later);
        assertThat(moves(rma)).isEqualTo(first + ">" + later + "/false");

        // The shop system clears the date: nothing backs the promise any more.
        products(null);
        assertThat(promise(rma)).isEqualTo("none/false");
        assertThat(moves(rma)).isEqualTo(first + ">" + later + "/false," + later + ">none/false");
        given().header("X-Kaeru-Order-Token", Shops.customerToken(SHOP, "dates-" + run, email()))
                .get(PORTAL + "/returns/" + rma).then().statusCode(200)
                .body("lines[0].fulfilment.state", equalTo("BACKORDERED"));
    }

    @Test
    void cancellingTheOnlyPurchaseOrderLeavesTheDateUnknownAndANewOneConfirmsItAgain() throws Exception {
        String rma = backorder();
        products(null); // the catalog's estimate is withdrawn: unknown
        LocalDate arrival = today.plusDays(6);
        String po = manager().body("{\"supplier\":\"帽子工房\",\"expectedDate\":\"" + arrival + "\",\"confirmed\":true,"
                        + "\"lines\":[{\"sku\":\"" + sku("L") + "\",\"quantity\":3}]}")
                .post("/v1/shops/" + SHOP + "/inventory/purchase-orders").then().statusCode(200)
                .extract().path("number");
        assertThat(promise(rma)).isEqualTo(arrival + "/true");
        assertThat(Sql.number("select count(*) from outbox_event e join shop s on s.id = e.shop_id where "
                + "e.event_type = 'BackorderDateConfirmed' and e.aggregate_ref = ? and s.slug = ?", rma, SHOP)).isEqualTo(1);

        manager().post("/v1/shops/" + SHOP + "/inventory/purchase-orders/" + po + "/cancellation").then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(promise(rma)).isEqualTo("none/false");
        assertThat(moves(rma)).endsWith(arrival + ">none/false");
        String reminder = Mails.text(Mails.withSubject(email(), "入荷日が未定"));
        assertThat(reminder).contains(rma).doesNotContain("{{");

        // Supply comes back on the very same date: a new second notice, not swallowed as a repeat.
        manager().body("{\"supplier\":\"帽子工房\",\"expectedDate\":\"" + arrival + "\",\"confirmed\":true,"
                        + "\"lines\":[{\"sku\":\"" + sku("L") + "\",\"quantity\":3}]}")
                .post("/v1/shops/" + SHOP + "/inventory/purchase-orders").then().statusCode(200);
        assertThat(promise(rma)).isEqualTo(arrival + "/true");
        assertThat(Sql.number("select count(*) from outbox_event e join shop s on s.id = e.shop_id where "
                + "e.event_type = 'BackorderDateConfirmed' and e.aggregate_ref = ? and s.slug = ?", rma, SHOP)).isEqualTo(2);
        given().header("X-Kaeru-Order-Token", Shops.customerToken(SHOP, "dates-" + run, email()))
                .get(PORTAL + "/returns/" + rma).then().statusCode(200).body("lines[0].fulfilment.promisedDate",
                        equalTo(arrival.toString()));
    }
}
