package com.kaeru.backend.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestDatabase;
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
 * A return through its life, driven through the API as the portal and the console do, leaves the
 * shop one typed event per business fact, in causal order, each with its own id, version and actor;
 * the e-mail consumer gets a delivery for exactly the events customers hear about.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReturnEventsIT {
    private static final String SHOP = "sakura-apparel";
    private static final String PORTAL = "/v1/portal/shops/" + SHOP;
    private static final String STAFF = "/v1/shops/" + SHOP + "/returns";
    /** RMA numbers are per shop: every query names the shop too. */
    private static final String OF_RETURN = "aggregate_ref = ? and shop_id = (select id from shop where slug = '" + SHOP
            + "')";

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
                [{"externalId":"TEE-%1$s","nameJa":"オーガニックTシャツ","nameEn":"Organic tee","category":"tops",
                  "variants":[{"sku":"TEE-%1$s-S","size":"S","color":"white","priceMinor":5000},
                              {"sku":"TEE-%1$s-M","size":"M","color":"white","priceMinor":5000}]}]
                """.formatted(run));
        Shops.stock(SHOP, "TEE-" + run + "-M", 2);
        Shops.stock(SHOP, "TEE-" + run + "-S", 3);
    }

    private static RequestSpecification customer(String token) {
        return given().header("X-Kaeru-Order-Token", token).contentType("application/json");
    }

    private static RequestSpecification operator() {
        return given().auth().oauth2(TestTokens.token("sakura-operator", "/shops/" + SHOP + "/operator"))
                .contentType("application/json");
    }

    private String order(String number) {
        Shops.order(SHOP, number, "hanako@example.jp", 3, 0, """
                [{"lineNo":1,"sku":"TEE-%1$s-S","quantity":2,"unitPriceMinor":5000}]""".formatted(run));
        return Shops.customerToken(SHOP, number, "hanako@example.jp");
    }

    private String submitExchangeAndRefund(String token) {
        long line = ((Number) customer(token).get(PORTAL + "/order").then().statusCode(200)
                .extract().path("lines[0].orderLineId")).longValue();
        return customer(token).body("""
                {"returnMethod":"PREPAID_LABEL","lines":[
                  {"orderLineId":%1$d,"quantity":1,"reasonCode":"SIZE_TOO_SMALL","resolution":"EXCHANGE","exchangeSku":"TEE-%2$s-M"},
                  {"orderLineId":%1$d,"quantity":1,"reasonCode":"CHANGED_MIND","resolution":"REFUND","refundMethod":"STORE_CREDIT"}]}
                """.formatted(line, run)).post(PORTAL + "/returns").then().statusCode(200)
                .body("status", equalTo("AWAITING_SHIPMENT")).extract().path("rmaNumber");
    }

    /** The shop's events of one return, oldest first, as "type/actor". */
    private static List<String> events(String rma) {
        return strings("select event_type || '/' || coalesce(actor, '') from outbox_event where aggregate_ref = ? "
                + "and shop_id = (select id from shop where slug = ?) order by id", rma, SHOP);
    }

    @Test
    void aReturnThroughItsLifeRaisesTheTypedEventSequence() {
        String token = order("EV-" + run);
        String rma = submitExchangeAndRefund(token);
        var received = operator().post(STAFF + "/" + rma + "/receive").then().statusCode(200);
        String exchangeLine = received.extract().path("lines.find { it.resolution == 'EXCHANGE' }.id").toString();
        String refundLine = received.extract().path("lines.find { it.resolution == 'REFUND' }.id").toString();
        operator().body("{\"grades\":[\"A\"]}").post(STAFF + "/" + rma + "/lines/" + exchangeLine + "/grades").then()
                .statusCode(200);
        operator().body("{\"grades\":[\"B\"]}").post(STAFF + "/" + rma + "/lines/" + refundLine + "/grades").then()
                .statusCode(200).body("status", equalTo("COMPLETED"));

        assertThat(events(rma).stream().map(e -> e.substring(0, e.indexOf('/'))).toList()).containsExactly(
                "ReturnRequested", "ReturnApproved", "ExchangeReserved", "ReturnLabelIssued", "ReturnReceived",
                "LineGraded", "LineGraded", "ReturnInspected", "ExchangeShipmentRequested", "RefundRequested",
                "RefundIssued", "ReturnCompleted");
        // Issue 10: inspection asks the warehouse to ship; the return completes on its money. The
        // warehouse's tracking number is what ships it (ExchangeShipped, schema version 2).
        operator().body("{\"carrier\":\"ヤマト運輸\",\"trackingNumber\":\"EV-" + run + "\"}")
                .post("/v1/shops/" + SHOP + "/fulfilments/" + rma + "/" + exchangeLine + "/shipment").then()
                .statusCode(200).body("state", equalTo("SHIPPED"));
        assertThat(events(rma).get(events(rma).size() - 1)).isEqualTo("ExchangeShipped/sakura-operator");
        assertThat(Sql.number("select schema_version from outbox_event where " + OF_RETURN
                + " and event_type = 'ExchangeShipped'", rma)).isEqualTo(2);
        assertThat(events(rma)).contains("ReturnApproved/policy", "ReturnReceived/sakura-operator",
                "RefundIssued/sakura-operator");
        // Each event: its own UUID, schema version 1 (ExchangeShipped: 2), the return as aggregate.
        assertThat(Sql.number("select count(distinct event_id) from outbox_event where aggregate_ref = ? and "
                + "schema_version = 1 and aggregate_type = 'return' and shop_id = (select id from shop where slug = ?)",
                rma, SHOP)).isEqualTo(12);
        // The payload is the contract's record: the request names the order and both lines.
        assertThat(strings("select payload::jsonb ->> 'orderNumber' from outbox_event where " + OF_RETURN + " "
                + "and event_type = 'ReturnRequested'", rma)).containsExactly("EV-" + run);
        assertThat(Sql.number("select jsonb_array_length(payload::jsonb -> 'lines') from outbox_event "
                + "where " + OF_RETURN + " and event_type = 'ReturnRequested'", rma)).isEqualTo(2);
        assertThat(Sql.number("select (payload::jsonb ->> 'amountMinor')::bigint from outbox_event e "
                + "where " + OF_RETURN + " and event_type = 'RefundIssued'", rma)).isPositive().isEqualTo(Sql.number(
                "select r.amount_minor from refund r join return_request q on q.id = r.return_id where q.rma_number = ? "
                        + "and q.shop_id = (select id from shop where slug = ?)", rma, SHOP));
        // E-mail gets its own delivery of the events customers hear about, and of nothing else.
        assertThat(strings("select e.event_type from outbox_event e join outbox_delivery d on d.event_id = e.id "
                + "where e.aggregate_ref = ? and e.shop_id = (select id from shop where slug = '" + SHOP + "') "
                + "and d.consumer = 'email' order by e.id", rma)).containsExactly(
                "ReturnRequested", "ReturnApproved", "ReturnLabelIssued", "ReturnReceived", "ReturnInspected",
                "RefundIssued", "ReturnCompleted", "ExchangeShipped");
    }

    @Test
    void questionsAnswersAndACancellationAreEventsToo() {
        String token = order("EQ-" + run);
        String rma = submitExchangeAndRefund(token);
        operator().body("{\"message\":\"サイズ表はご覧になりましたか？\"}").post(STAFF + "/" + rma + "/info-requests")
                .then().statusCode(200);
        customer(token).body("{\"message\":\"はい、見ました\"}").post(PORTAL + "/returns/" + rma + "/answers").then()
                .statusCode(200);
        operator().body("{}").post(STAFF + "/" + rma + "/cancel").then().statusCode(200);

        assertThat(events(rma).stream().map(e -> e.substring(0, e.indexOf('/'))).toList()).containsExactly(
                "ReturnRequested", "ReturnApproved", "ExchangeReserved", "ReturnLabelIssued", "CustomerQuestionAsked",
                "CustomerAnswered", "ReturnCancelled", "ExchangeReservationReleased");
        assertThat(strings("select payload::jsonb ->> 'question' from outbox_event where " + OF_RETURN + " "
                + "and event_type = 'CustomerQuestionAsked'", rma)).containsExactly("サイズ表はご覧になりましたか？");
        assertThat(strings("select payload::jsonb ->> 'answer' from outbox_event where " + OF_RETURN + " "
                + "and event_type = 'CustomerAnswered'", rma)).containsExactly("はい、見ました");
        // The question keeps its old dedupe key, so its e-mail keeps its Message-ID.
        assertThat(strings("select dedupe_key from outbox_event where " + OF_RETURN + " "
                + "and event_type = 'CustomerQuestionAsked'", rma)).containsExactly(rma + ":INFO_REQUESTED:1");
    }

    private static List<String> strings(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl("kaeru"), "postgres", "");
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
