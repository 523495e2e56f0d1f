package com.kaeru.backend.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestDatabase;
import io.restassured.RestAssured;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo data as loaded by the Payara under test: a year of history per shop spread over the
 * last 12 months, a variant that runs small, customers who return nearly everything, late refunds,
 * believable timestamps — and exactly the seeded plan ({@link DemoYear}) for the day it was loaded,
 * so every machine shows the same. Also what the README promises: the documented order is
 * returnable and returns are in every state. Only reads (other ITs may add to the demo shops, never
 * to their demo orders).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoDataIT {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void setUp() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
    }

    private static List<Object[]> rows(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestDatabase.jdbcUrl("kaeru"), "postgres", "");
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Object[]> result = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    result.add(row);
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    /** When the loader ran: the documented order was placed exactly seven days before. */
    private static Instant loadedAt(String shop) {
        return instant(rows("select o.ordered_at from customer_order o join shop s on s.id = o.shop_id "
                + "where s.slug = ? and o.order_number = ?", shop, DemoCatalog.prefix(shop) + "-10001").get(0)[0])
                .plus(Duration.ofDays(7));
    }

    private static final String DEMO_RETURNS = "from return_request r join shop s on s.id = r.shop_id "
            + "join customer_order o on o.id = r.order_id where s.slug = ? and o.order_number ~ '^[A-Z]{2}-1[0-9]{4}$' ";

    @ParameterizedTest
    @ValueSource(strings = {"sakura-apparel", "kumo-zakka", "umi-outdoor"})
    void aYearOfReturnsSpreadOverEveryMonthWithTheirStoryInOrder(String shop) {
        Instant now = loadedAt(shop);
        for (int k = 0; k < 12; k++) {
            long inWindow = Sql.number("select count(*) " + DEMO_RETURNS + "and r.created_at >= ? and r.created_at < ?",
                    shop, OffsetDateTime.ofInstant(now.minus(Duration.ofDays(30L * (k + 1))), TOKYO),
                    OffsetDateTime.ofInstant(now.minus(Duration.ofDays(30L * k)), TOKYO));
            assertThat(inWindow).as("%s: returns requested %d–%d days ago", shop, 30 * k, 30 * (k + 1)).isPositive();
        }
        assertThat(Sql.number("select count(distinct (r.created_at at time zone 'Asia/Tokyo')::date) " + DEMO_RETURNS, shop))
                .as("days with a return request").isGreaterThan(25);
        // Each story in order: delivered < requested < received < refunded; nothing in the future.
        assertThat(Sql.number("select count(*) " + DEMO_RETURNS + "and (o.delivered_at is not null and "
                + "o.delivered_at > r.created_at or r.received_at <= r.created_at or r.created_at > ? or "
                + "exists (select 1 from refund f where f.return_id = r.id and f.issued_at < r.received_at))",
                shop, OffsetDateTime.ofInstant(now.plusSeconds(60), TOKYO))).isZero();
        // The timeline moved with the return: its first entry is the request.
        assertThat(Sql.number("select count(*) " + DEMO_RETURNS + "and abs(extract(epoch from (select min(a.occurred_at) "
                + "from audit_event a where a.shop_id = r.shop_id and a.entity_type = 'RETURN' "
                + "and a.entity_ref = r.rma_number) - r.created_at)) > 5", shop)).isZero();
        // No history e-mail waits to be sent: only the returns of the last days are loud.
        assertThat(Sql.number("select count(*) from outbox_delivery d join outbox_event e on e.id = d.event_id "
                + "join shop s on s.id = e.shop_id "
                + "join return_request r on r.shop_id = e.shop_id and r.rma_number = e.aggregate_ref "
                + "where s.slug = ? and d.delivered_at is null and r.created_at < ?", shop,
                OffsetDateTime.ofInstant(now.minus(Duration.ofDays(30)), TOKYO))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sakura-apparel", "kumo-zakka", "umi-outdoor"})
    void oneVariantRunsSmallTwoCustomersReturnNearlyEverythingAndSomeRefundsCameLate(String shop) {
        String small = DemoYear.runsSmall(shop);
        // Demo orders only: other ITs add returns (many "too small") to the demo shops, never to these orders.
        String lines = "from return_line l join return_request r on r.id = l.return_id "
                + "join order_line ol on ol.id = l.order_line_id join variant v on v.id = ol.variant_id "
                + "join customer_order o on o.id = r.order_id "
                + "join shop s on s.id = r.shop_id where s.slug = ? and o.order_number ~ '^[A-Z]{2}-1[0-9]{4}$' ";
        long smallReturns = Sql.number("select count(*) " + lines + "and v.sku = ?", shop, small);
        long smallTooSmall = Sql.number("select count(*) " + lines + "and v.sku = ? and l.reason_code = 'SIZE_TOO_SMALL'",
                shop, small);
        long others = Sql.number("select count(*) " + lines + "and v.sku <> ?", shop, small);
        long othersTooSmall = Sql.number("select count(*) " + lines + "and v.sku <> ? and l.reason_code = 'SIZE_TOO_SMALL'",
                shop, small);
        assertThat(smallReturns).isGreaterThanOrEqualTo(5);
        double smallShare = (double) smallTooSmall / smallReturns;
        double otherShare = (double) othersTooSmall / others;
        assertThat(smallShare).as("%s: too-small share of %s vs the rest (%.2f)", shop, small, otherShare)
                .isGreaterThan(0.5).isGreaterThan(3 * otherShare);

        Map<String, Long> perCustomer = new HashMap<>();
        for (Object[] row : rows("select lower(r.customer_email), count(*) " + DEMO_RETURNS + "group by 1", shop)) {
            perCustomer.put((String) row[0], ((Number) row[1]).longValue());
        }
        assertThat(perCustomer.get(DemoYear.ABUSER_PREFIX + "kenta@example.jp")).isGreaterThanOrEqualTo(6);
        assertThat(perCustomer.get(DemoYear.ABUSER_PREFIX + "sayaka@example.jp")).isGreaterThanOrEqualTo(6);
        assertThat(perCustomer.entrySet().stream().filter(e -> !e.getKey().startsWith(DemoYear.ABUSER_PREFIX))
                .mapToLong(Map.Entry::getValue).max().orElse(0)).as("an ordinary customer's returns").isLessThanOrEqualTo(4);

        assertThat(Sql.number("select count(*) from refund f join return_request r on r.id = f.return_id "
                + "join shop s on s.id = r.shop_id where s.slug = ? and f.status = 'ISSUED' "
                + "and f.issued_at > r.received_at + interval '24 hours'", shop)).as("late refunds").isPositive();
        assertThat(Sql.number("select count(*) from refund f join return_request r on r.id = f.return_id "
                + "join shop s on s.id = r.shop_id where s.slug = ? and f.status = 'ISSUED' "
                + "and f.issued_at <= r.received_at + interval '24 hours'", shop)).as("refunds in time").isGreaterThan(10);
    }

    /** The database holds exactly the seeded plan of the day it was loaded: same orders, same returns, same times. */
    @ParameterizedTest
    @ValueSource(strings = {"sakura-apparel", "kumo-zakka", "umi-outdoor"})
    void theDataIsTheSeededPlanOfItsDay(String shop) {
        Instant now = loadedAt(shop);
        List<DemoYear.Order> plan = DemoYear.plan(shop, DemoCatalog.itemsOf(shop), now, TOKYO);
        assertThat(plan).isEqualTo(DemoYear.plan(shop, DemoCatalog.itemsOf(shop), now, TOKYO));
        Map<String, Instant> ordered = new HashMap<>();
        for (Object[] row : rows("select o.order_number, o.ordered_at from customer_order o join shop s on s.id = o.shop_id "
                + "where s.slug = ? and o.order_number ~ '^[A-Z]{2}-1[0-9]{4}$' and o.order_number <> ?",
                shop, DemoCatalog.prefix(shop) + "-10001")) {
            ordered.put((String) row[0], instant(row[1]));
        }
        Map<String, Instant> planned = new HashMap<>();
        plan.forEach(o -> planned.put(o.number(), o.orderedAt()));
        assertThat(ordered).isEqualTo(planned);

        Map<String, Object[]> returned = new HashMap<>();
        for (Object[] row : rows("select o.order_number, l.reason_code, r.created_at, r.status " + DEMO_RETURNS.replace(
                "from return_request r", "from return_request r join return_line l on l.return_id = r.id"), shop)) {
            returned.put((String) row[0], row);
        }
        List<DemoYear.Order> history = plan.stream().filter(o -> o.ret() != null).toList();
        assertThat(history.size()).isGreaterThan(20);
        for (DemoYear.Order o : history) {
            Object[] row = returned.get(o.number());
            assertThat(row).as(o.number()).isNotNull();
            assertThat(row[1]).isEqualTo(o.ret().reason());
            assertThat(Duration.between(o.ret().requestedAt(), instant(row[2])).abs()).isLessThan(Duration.ofSeconds(5));
            assertThat(row[3]).isEqualTo(o.ret().cancelled() ? "CANCELLED" : "COMPLETED");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sakura-apparel", "kumo-zakka", "umi-outdoor"})
    void theReadmesPromisesHold(String shop) {
        for (String status : List.of("AWAITING_SHIPMENT", "RECEIVED", "COMPLETED", "CANCELLED", "NEEDS_REVIEW", "REJECTED")) {
            assertThat(Sql.number("select count(*) " + DEMO_RETURNS + "and r.status = ?", shop, status))
                    .as("%s: a demo return %s", shop, status).isPositive();
        }
        assertThat(Sql.number("select count(*) " + DEMO_RETURNS + "and r.status = 'RECEIVED' and r.refund_due_at < ?",
                shop, OffsetDateTime.ofInstant(loadedAt(shop), TOKYO))).as("%s: a refund past its deadline", shop).isPositive();
        if (shop.equals("umi-outdoor")) {
            assertThat(Sql.number("select count(*) from refund f join shop s on s.id = f.shop_id where s.slug = ? "
                    + "and f.status = 'PENDING_APPROVAL'", shop)).as("a refund waiting for a manager").isPositive();
        }
        if (shop.equals(DemoFulfilments.SHOP)) {
            // Shipments & backorders, Incoming and the portal's backorder panel have something to show.
            String fulfilments = "from exchange_fulfilment f join shop s on s.id = f.shop_id join return_request r "
                    + "on r.id = f.return_id join customer_order o on o.id = r.order_id where s.slug = ? "
                    + "and o.order_number like ? ";
            String ours = DemoCatalog.prefix(shop) + "-B%";
            assertThat(Sql.number("select count(*) " + fulfilments + "and f.state = 'BACKORDERED' and f.date_confirmed "
                    + "and f.promised_date is not null", shop, ours)).as("a backorder with a confirmed date").isEqualTo(1);
            assertThat(Sql.number("select count(*) " + fulfilments + "and f.state = 'SHIPMENT_REQUESTED'", shop, ours))
                    .as("a shipping instruction").isEqualTo(1);
            assertThat(Sql.number("select count(*) " + fulfilments + "and f.state = 'SHIPPED' and f.tracking_number = ?",
                    shop, ours, DemoFulfilments.TRACKING)).as("a shipped exchange with its tracking number").isEqualTo(1);
            assertThat(Sql.number("select count(*) from purchase_order p join purchase_order_line l on l.purchase_order_id = p.id "
                    + "join variant v on v.id = l.variant_id join shop s on s.id = p.shop_id where s.slug = ? "
                    + "and p.status = 'OPEN' and p.confirmed and v.sku = ?", shop, DemoFulfilments.sku(shop, "M")))
                    .as("the backordered size's purchase order").isEqualTo(1);
        }
        String token = Shops.customerToken(shop, DemoCatalog.prefix(shop) + "-10001", "hanako@example.jp");
        given().header("X-Kaeru-Order-Token", token).get("/v1/portal/shops/" + shop + "/order").then().statusCode(200)
                .body("lines", hasSize(2))
                .body("lines.eligibility.outcome", everyItem(equalTo("AUTO_APPROVE")))
                .body("lines.returnableQuantity", everyItem(equalTo(1)));
    }
}
