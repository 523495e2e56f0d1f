package com.kaeru.backend.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.kaeru.backend.it.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V92 moves delivery state from the event row to one row per consumer: nothing queued before it is
 * lost. E-mails still pending become pending deliveries of the {@code email} consumer with their
 * attempts, backoff and last error; delivered ones stay delivered; every event gets its UUID.
 */
class OutboxMigrationIT {
    private static final String DB = "outbox_v92_check";

    private static Flyway flyway(String target) {
        return Flyway.configure().dataSource(TestDatabase.jdbcUrl(DB), "kaeru_owner", "kaeru_owner")
                .locations("classpath:db/migration").placeholders(Map.of("appRole", "kaeru_app")).target(target).load();
    }

    @Test
    void pendingEmailsQueuedBeforeV92BecomePendingEmailDeliveries() throws SQLException {
        try (Connection admin = DriverManager.getConnection(TestDatabase.jdbcUrl("postgres"), "postgres", "");
             Statement s = admin.createStatement()) {
            s.execute("drop database if exists " + DB);
            s.execute("create database " + DB + " owner kaeru_owner");
        }
        // the last migration before V92, whichever number other changes gave it
        String before = java.util.Arrays.stream(flyway("92").info().all()).map(m -> m.getVersion())
                .filter(v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("92")) < 0)
                .max(java.util.Comparator.naturalOrder()).orElseThrow().getVersion();
        flyway(before).migrate();
        try (Connection su = DriverManager.getConnection(TestDatabase.jdbcUrl(DB), "postgres", "");
             Statement s = su.createStatement()) {
            s.execute("insert into shop (id, slug, name) overriding system value values (501, 'm-shop', 'M')");
            s.execute("""
                    insert into outbox_event (shop_id, event_type, aggregate_ref, dedupe_key, payload, created_at,
                                              available_at, attempts, last_error, delivered_at) values
                    (501, 'RETURN_AWAITING_SHIPMENT', 'R-000001', 'R-000001:AWAITING_SHIPMENT', '{"rma":"R-000001"}',
                     '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z', 0, null, '2026-12-01T00:00:05Z'),
                    (501, 'RETURN_RECEIVED', 'R-000001', 'R-000001:RECEIVED', '{"rma":"R-000001"}',
                     '2026-12-02T00:00:00Z', '2026-12-02T00:04:00Z', 3, 'MailConnectException: down', null),
                    (501, 'REFUND_ISSUED', 'R-000001', 'R-000001:refund:9', '{"rma":"R-000001"}',
                     '2026-12-03T00:00:00Z', '2026-12-03T00:00:00Z', 0, null, null)""");
        }
        flyway("92").migrate();

        List<String> rows = new ArrayList<>();
        try (Connection su = DriverManager.getConnection(TestDatabase.jdbcUrl(DB), "postgres", "");
             Statement s = su.createStatement();
             ResultSet rs = s.executeQuery("""
                     select e.event_type, e.schema_version, e.event_id is not null, d.consumer, d.attempts,
                            coalesce(d.last_error, '-'), to_char(d.available_at at time zone 'UTC', 'MM-DD HH24:MI'),
                            d.delivered_at is not null, d.shop_id
                     from outbox_event e join outbox_delivery d on d.event_id = e.id order by e.id""")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " v" + rs.getInt(2) + " uuid=" + rs.getBoolean(3) + " " + rs.getString(4)
                        + " attempts=" + rs.getInt(5) + " error=" + rs.getString(6) + " due=" + rs.getString(7)
                        + " delivered=" + rs.getBoolean(8) + " shop=" + rs.getLong(9));
            }
        }
        assertThat(rows).containsExactly(
                "RETURN_AWAITING_SHIPMENT v0 uuid=true email attempts=0 error=- due=12-01 00:00 delivered=true shop=501",
                "RETURN_RECEIVED v0 uuid=true email attempts=3 error=MailConnectException: down due=12-02 00:04 "
                        + "delivered=false shop=501",
                "REFUND_ISSUED v0 uuid=true email attempts=0 error=- due=12-03 00:00 delivered=false shop=501");
    }
}
