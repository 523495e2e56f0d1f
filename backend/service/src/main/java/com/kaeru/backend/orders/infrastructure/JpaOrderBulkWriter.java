package com.kaeru.backend.orders.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kaeru.backend.orders.domain.OrderBulkWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Set-based statements over PostgreSQL arrays: each column of a chunk travels as one array parameter and is
 * {@code unnest}ed into rows, so a statement has a handful of parameters however many orders it carries (no
 * bind-parameter limit, no SQL text that grows with the chunk). Plain JDBC on the transaction's own connection
 * ({@code EntityManager.unwrap(Connection)}), so the tenant bound for row-level security and the transaction are the
 * JPA ones. Updates are {@code INSERT … ON CONFLICT … DO UPDATE … WHERE (…) IS DISTINCT FROM (…)}: unchanged rows
 * are not written. Timestamps travel as ISO-8601 text cast to {@code timestamptz}, so no time zone of the JVM or
 * session is involved.
 */
@ApplicationScoped
public class JpaOrderBulkWriter implements OrderBulkWriter {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Map<String, String> ownersOfOrderNumbers(long shopId, Collection<String> orderNumbers) {
        Map<String, String> owners = new HashMap<>();
        run("select order_number, external_id from customer_order where shop_id = ? and order_number = any(?)",
                (c, ps) -> {
                    ps.setLong(1, shopId);
                    ps.setArray(2, c.createArrayOf("text", orderNumbers.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            owners.put(rs.getString(1), rs.getString(2));
                        }
                    }
                });
        return owners;
    }

    @Override
    public Map<String, Map<Integer, Integer>> lockAndReadUnitsInReturns(long shopId, Collection<String> externalIds) {
        Map<String, Map<Integer, Integer>> held = new HashMap<>();
        run("select o.external_id, l.line_no, l.units_in_returns from customer_order o "
                + "left join order_line l on l.order_id = o.id and l.units_in_returns > 0 "
                + "where o.shop_id = ? and o.external_id = any(?) order by o.id for no key update of o", (c, ps) -> {
                    ps.setLong(1, shopId);
                    ps.setArray(2, c.createArrayOf("text", externalIds.toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (rs.getObject(2) != null) {
                                held.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                                        .put(rs.getInt(2), rs.getInt(3));
                            }
                        }
                    }
                });
        return held;
    }

    private static final String UPSERT_ORDERS = "insert into customer_order as o (shop_id, currency, external_id, "
            + "order_number, channel, customer_name, customer_email, customer_phone, customer_language, postal_code, "
            + "prefecture, city, address_line1, address_line2, order_discount_minor, shipping_fee_minor, ordered_at, "
            + "shipped_at, delivered_at, updated_at) "
            + "select ?, ?, v.external_id, v.order_number, v.channel, v.customer_name, v.customer_email, "
            + "v.customer_phone, v.customer_language, v.postal_code, v.prefecture, v.city, v.address_line1, "
            + "v.address_line2, v.order_discount_minor, v.shipping_fee_minor, v.ordered_at::timestamptz, "
            + "v.shipped_at::timestamptz, v.delivered_at::timestamptz, ?::timestamptz "
            + "from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::int8[], ?::int8[], ?::text[], ?::text[], ?::text[]) "
            + "as v(external_id, order_number, channel, customer_name, customer_email, customer_phone, "
            + "customer_language, postal_code, prefecture, city, address_line1, address_line2, order_discount_minor, "
            + "shipping_fee_minor, ordered_at, shipped_at, delivered_at) "
            + "on conflict (shop_id, external_id) do update set order_number = excluded.order_number, "
            + "channel = excluded.channel, customer_name = excluded.customer_name, "
            + "customer_email = excluded.customer_email, customer_phone = excluded.customer_phone, "
            + "customer_language = excluded.customer_language, postal_code = excluded.postal_code, "
            + "prefecture = excluded.prefecture, city = excluded.city, address_line1 = excluded.address_line1, "
            + "address_line2 = excluded.address_line2, order_discount_minor = excluded.order_discount_minor, "
            + "shipping_fee_minor = excluded.shipping_fee_minor, ordered_at = excluded.ordered_at, "
            + "shipped_at = excluded.shipped_at, delivered_at = excluded.delivered_at, updated_at = excluded.updated_at "
            + "where (o.order_number, o.channel, o.customer_name, o.customer_email, o.customer_phone, "
            + "o.customer_language, o.postal_code, o.prefecture, o.city, o.address_line1, o.address_line2, "
            + "o.order_discount_minor, o.shipping_fee_minor, o.ordered_at, o.shipped_at, o.delivered_at) "
            + "is distinct from (excluded.order_number, excluded.channel, excluded.customer_name, "
            + "excluded.customer_email, excluded.customer_phone, excluded.customer_language, excluded.postal_code, "
            + "excluded.prefecture, excluded.city, excluded.address_line1, excluded.address_line2, "
            + "excluded.order_discount_minor, excluded.shipping_fee_minor, excluded.ordered_at, excluded.shipped_at, "
            + "excluded.delivered_at) returning o.external_id, (o.xmax = 0) as inserted";

    private static final String UPSERT_LINES = "with v as (select * from unnest(?::text[], ?::int4[], ?::int8[], "
            + "?::int4[], ?::int8[], ?::int8[], ?::int8[]) as v(external_id, line_no, variant_id, quantity, "
            + "unit_price_minor, line_discount_minor, tax_minor)), "
            + "ins as (insert into order_line as l (shop_id, order_id, line_no, variant_id, quantity, unit_price_minor, "
            + "line_discount_minor, tax_minor) "
            + "select o.shop_id, o.id, v.line_no, v.variant_id, v.quantity, v.unit_price_minor, v.line_discount_minor, "
            + "v.tax_minor from v join customer_order o on o.shop_id = ? and o.external_id = v.external_id "
            + "on conflict (order_id, line_no) do update set variant_id = excluded.variant_id, "
            + "quantity = excluded.quantity, unit_price_minor = excluded.unit_price_minor, "
            + "line_discount_minor = excluded.line_discount_minor, tax_minor = excluded.tax_minor "
            + "where (l.variant_id, l.quantity, l.unit_price_minor, l.line_discount_minor, l.tax_minor) "
            + "is distinct from (excluded.variant_id, excluded.quantity, excluded.unit_price_minor, "
            + "excluded.line_discount_minor, excluded.tax_minor) returning l.order_id) "
            + "select distinct o.external_id from ins join customer_order o on o.id = ins.order_id";

    @Override
    public Outcome upsert(long shopId, String currency, List<Row> orders) {
        Set<String> created = new HashSet<>();
        Set<String> changed = new HashSet<>();
        if (orders.isEmpty()) {
            return new Outcome(created, changed);
        }
        int n = orders.size();
        Object[][] text = new Object[15][n];
        Object[][] amounts = new Object[2][n];
        for (int i = 0; i < n; i++) {
            Row r = orders.get(i);
            Object[] values = {r.externalId(), r.orderNumber(), r.channel().name(), r.customer().name(),
                r.customer().email(), r.customer().phone(), r.customer().language(), r.address().postalCode(),
                r.address().prefecture(), r.address().city(), r.address().line1(), r.address().line2()};
            for (int c = 0; c < values.length; c++) {
                text[c][i] = values[c];
            }
            amounts[0][i] = r.orderDiscountMinor();
            amounts[1][i] = r.shippingFeeMinor();
            text[12][i] = iso(r.orderedAt());
            text[13][i] = iso(r.shippedAt());
            text[14][i] = iso(r.deliveredAt());
        }
        run(UPSERT_ORDERS, (c, ps) -> {
            ps.setLong(1, shopId);
            ps.setString(2, currency);
            ps.setString(3, Instant.now().toString());
            int p = 4;
            for (int col = 0; col < 12; col++) {
                ps.setArray(p++, c.createArrayOf("text", text[col]));
            }
            ps.setArray(p++, c.createArrayOf("int8", amounts[0]));
            ps.setArray(p++, c.createArrayOf("int8", amounts[1]));
            for (int col = 12; col < 15; col++) {
                ps.setArray(p++, c.createArrayOf("text", text[col]));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    (rs.getBoolean(2) ? created : changed).add(rs.getString(1));
                }
            }
        });
        List<Object[]> lines = new ArrayList<>();
        for (Row order : orders) {
            for (Line l : order.lines()) {
                lines.add(new Object[] {order.externalId(), l.lineNo(), l.variantId(), l.quantity(), l.unitPriceMinor(),
                    l.lineDiscountMinor(), l.taxMinor()});
            }
        }
        String[] types = {"text", "int4", "int8", "int4", "int8", "int8", "int8"};
        run(UPSERT_LINES, (c, ps) -> {
            for (int col = 0; col < types.length; col++) {
                Object[] column = new Object[lines.size()];
                for (int i = 0; i < column.length; i++) {
                    column[i] = lines.get(i)[col];
                }
                ps.setArray(col + 1, c.createArrayOf(types[col], column));
            }
            ps.setLong(types.length + 1, shopId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changed.add(rs.getString(1));
                }
            }
        });
        changed.removeAll(created);
        return new Outcome(created, changed);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private interface Statement {
        void run(Connection c, PreparedStatement ps) throws SQLException;
    }

    /** On the transaction's connection (tenant bound, same transaction as the JPA work around it). */
    private void run(String sql, Statement statement) {
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            statement.run(c, ps);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }
}
