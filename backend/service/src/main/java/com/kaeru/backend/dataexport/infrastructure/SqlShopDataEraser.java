package com.kaeru.backend.dataexport.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kaeru.backend.dataexport.domain.ShopDataEraser;
import com.kaeru.backend.platform.persistence.OwnerConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@link ShopDataEraser} as the schema owner: the application role may not delete from the append-only tables (the
 * audit trail, the ledgers). Row-level security is forced for the owner too, so the transaction is bound to the shop
 * and no statement can reach another shop's rows, whatever it says. Tables are emptied children first, in the order
 * their foreign keys demand (read from the catalog), in one transaction that locks the shop row (SKIP LOCKED: an
 * instance already deleting it is left alone).
 */
@ApplicationScoped
public class SqlShopDataEraser implements ShopDataEraser {
    @Inject
    OwnerConnections owner;

    @Override
    public Map<String, Long> erase(long shopId, Instant now) {
        try (Connection c = owner.open()) {
            c.setAutoCommit(false);
            try {
                SqlShopArchive.bind(c, shopId);
                try (PreparedStatement lock = c.prepareStatement("select 1 from shop where id = ? and deletion_due_at <= ? "
                        + "and data_deleted_at is null for update skip locked")) {
                    lock.setLong(1, shopId);
                    lock.setTimestamp(2, Timestamp.from(now));
                    try (ResultSet rs = lock.executeQuery()) {
                        if (!rs.next()) {
                            c.rollback();
                            return Map.of();
                        }
                    }
                }
                Map<String, Long> deleted = new LinkedHashMap<>();
                for (String table : childrenFirst(c)) {
                    try (PreparedStatement ps = c.prepareStatement("delete from \"" + table + "\" where shop_id = ?")) {
                        ps.setLong(1, shopId);
                        deleted.put(table, (long) ps.executeUpdate());
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("update shop set data_deleted_at = ? where id = ?")) {
                    ps.setTimestamp(1, Timestamp.from(now));
                    ps.setLong(2, shopId);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("insert into audit_event (shop_id, entity_type, entity_ref, "
                        + "action, actor, reason, occurred_at) select id, 'SHOP', slug, 'SHOP_DATA_DELETED', 'system', ?, ? "
                        + "from shop where id = ?")) {
                    ps.setString(1, "rows deleted: " + deleted.values().stream().mapToLong(Long::longValue).sum());
                    ps.setTimestamp(2, Timestamp.from(now));
                    ps.setLong(3, shopId);
                    ps.executeUpdate();
                }
                c.commit();
                return deleted;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting the data of shop " + shopId + " failed: " + e.getMessage(), e);
        }
    }

    /** Every table with a {@code shop_id}, each after all tables whose foreign keys point at it. */
    static List<String> childrenFirst(Connection c) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select table_name from information_schema.columns "
                + "where table_schema = current_schema() and column_name = 'shop_id' and table_name in "
                + "(select table_name from information_schema.tables where table_schema = current_schema() "
                + "and table_type = 'BASE TABLE')");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Set<String>> referencedBy = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select child.relname, parent.relname from pg_constraint fk "
                + "join pg_class child on child.oid = fk.conrelid join pg_class parent on parent.oid = fk.confrelid "
                + "where fk.contype = 'f' and child.oid <> parent.oid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (tables.contains(rs.getString(1)) && tables.contains(rs.getString(2))) {
                    referencedBy.computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(rs.getString(1));
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> visiting = new HashSet<>();
        for (String table : new java.util.TreeSet<>(tables)) {
            visit(table, referencedBy, visiting, order);
        }
        return order;
    }

    private static void visit(String table, Map<String, Set<String>> referencedBy, Set<String> visiting,
                              List<String> order) {
        if (order.contains(table) || !visiting.add(table)) {
            return;
        }
        for (String child : new java.util.TreeSet<>(referencedBy.getOrDefault(table, Set.of()))) {
            visit(child, referencedBy, visiting, order);
        }
        order.add(table);
    }
}
