package com.kaeru.backend.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.backend.platform.persistence.OwnerConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Puts demo returns at their planned moments. The workflow runs at today's clock (so every rule,
 * amount and audit entry is the real one); each move ran in its own transaction after a marker was
 * taken, so a timestamp between markers k and k+1 belongs to move k and is moved to that move's
 * planned time, keeping its small offset. The return's order is moved back by whole days (it was
 * created that much later so the policy saw the real number of days since delivery).
 *
 * <p>One statement per table per shop, as the schema owner: the audit trail is append-only for the
 * application role, and only demo loading (never production) rewrites its times.
 */
@ApplicationScoped
public class DemoTimeline {
    @Inject
    OwnerConnections owner;

    /**
     * One return to re-time: {@code markers[k]} was taken just before move k ran, {@code targets[k]}
     * is when move k should have happened; {@code orderShift} is how much later its order was created.
     */
    record Retime(String rma, Duration orderShift, List<Instant> markers, List<Instant> targets) {
        Retime {
            if (markers.size() != targets.size() || markers.isEmpty() || markers.size() > 4) {
                throw new IllegalArgumentException("1 to 4 moves, one target each");
            }
        }
    }

    /** The planned time of a timestamp column {@code x} (null stays null). */
    private static String at(String x) {
        return "case when " + x + " is null then null"
                + " when " + x + " < coalesce(s.m2, 'infinity') then s.t1 + (" + x + " - s.m1)"
                + " when " + x + " < coalesce(s.m3, 'infinity') then s.t2 + (" + x + " - s.m2)"
                + " when " + x + " < coalesce(s.m4, 'infinity') then s.t3 + (" + x + " - s.m3)"
                + " else s.t4 + (" + x + " - s.m4) end";
    }

    public void apply(String slug, List<Retime> retimes) {
        if (retimes.isEmpty()) {
            return;
        }
        try (Connection c = owner.open()) {
            c.setAutoCommit(false);
            long shopId;
            try (PreparedStatement ps = c.prepareStatement("select id from shop where slug = ?")) {
                ps.setString(1, slug);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    shopId = rs.getLong(1);
                }
            }
            // Row-level security is forced for the owner too: bind this transaction to the shop.
            try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                ps.setString(1, Long.toString(shopId));
                ps.execute();
            }
            try (Statement st = c.createStatement()) {
                st.execute("create temp table demo_retime (rma varchar(20) primary key, order_days integer not null, "
                        + "m1 timestamptz, m2 timestamptz, m3 timestamptz, m4 timestamptz, "
                        + "t1 timestamptz, t2 timestamptz, t3 timestamptz, t4 timestamptz) on commit drop");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into demo_retime values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Retime r : retimes) {
                    ps.setString(1, r.rma());
                    ps.setInt(2, (int) r.orderShift().toDays());
                    for (int k = 0; k < 4; k++) {
                        ps.setObject(3 + k, k < r.markers().size() ? utc(r.markers().get(k)) : null);
                        ps.setObject(7 + k, k < r.targets().size() ? utc(r.targets().get(k)) : null);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<String> updates = new ArrayList<>();
            String returns = "return_request r join demo_retime s on s.rma = r.rma_number";
            updates.add("update customer_order o set ordered_at = o.ordered_at - make_interval(hours => 24 * s.order_days), "
                    + "shipped_at = o.shipped_at - make_interval(hours => 24 * s.order_days), "
                    + "delivered_at = o.delivered_at - make_interval(hours => 24 * s.order_days) "
                    + "from " + returns + " where o.id = r.order_id and r.shop_id = ?1 and s.order_days > 0");
            updates.add("update return_request r set created_at = " + at("r.created_at") + ", updated_at = "
                    + at("r.updated_at") + ", received_at = " + at("r.received_at") + ", completed_at = "
                    + at("r.completed_at") + ", refund_due_at = " + at("r.received_at")
                    + " + (r.refund_due_at - r.received_at) from demo_retime s where s.rma = r.rma_number and r.shop_id = ?1");
            // Rows the database dates itself (default now(): the transaction's start) are dated by
            // their move instead: a refund and a disposal are born at grading (the third move), store
            // credit and gift codes when the refund is paid; the statements below run before the
            // refund's own times move.
            updates.add("update store_credit_entry e set created_at = " + at("f.issued_at") + " from refund f join "
                    + returns + " on f.return_id = r.id where e.refund_id = f.id and r.shop_id = ?1 and f.issued_at is not null");
            updates.add("update gift_code g set created_at = " + at("f.issued_at") + " from refund f join "
                    + returns + " on f.return_id = r.id where g.refund_id = f.id and r.shop_id = ?1 and f.issued_at is not null");
            updates.add("update disposal_record d set created_at = coalesce(s.t3, " + at("d.created_at") + ") "
                    + "from return_line l join " + returns + " on l.return_id = r.id where d.return_line_id = l.id "
                    + "and r.shop_id = ?1");
            updates.add("update refund f set created_at = coalesce(s.t3, " + at("f.created_at") + "), issued_at = "
                    + at("f.issued_at") + " from " + returns + " where f.return_id = r.id and r.shop_id = ?1");
            updates.add("update audit_event a set occurred_at = " + at("a.occurred_at") + " from demo_retime s "
                    + "where a.shop_id = ?1 and a.entity_type = 'RETURN' and a.entity_ref = s.rma");
            updates.add("update outbox_delivery d set available_at = " + at("d.available_at") + ", delivered_at = "
                    + at("d.delivered_at") + " from outbox_event e join demo_retime s on e.aggregate_ref = s.rma "
                    + "where d.event_id = e.id and e.shop_id = ?1");
            updates.add("update outbox_event e set created_at = " + at("e.created_at") + " from demo_retime s "
                    + "where e.shop_id = ?1 and e.aggregate_ref = s.rma");
            for (String sql : updates) {
                try (PreparedStatement ps = c.prepareStatement(sql.replace("?1", "?"))) {
                    for (int i = 1; i <= count(sql); i++) {
                        ps.setLong(i, shopId);
                    }
                    ps.executeUpdate();
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Demo returns of " + slug + " could not be re-timed", e);
        }
    }

    private static int count(String sql) {
        return sql.split("\\?1", -1).length - 1;
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
