package com.kaeru.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.launcher.EmbeddedDatabase;
import org.flywaydb.core.Flyway;

/**
 * Reorder points for 100,000 variants (issue 10: recomputed in ≤ 30 s on 2 cores). Starts its own
 * PostgreSQL (the launcher's embedded one, in a temporary directory), applies the project's
 * migrations from the source tree, writes a bench shop — 100,000 variants, 1,000,000 order lines over
 * 56 days (half inside the 28-day window), a level per variant — and times, as the application role
 * with the shop bound (row-level security on):
 * <ul>
 *   <li>{@code recompute_reorder_points(shop, today)}: the set-based recompute the app runs;</li>
 *   <li>the reference: the window's sales aggregate alone (join and group by variant), the input the
 *       recompute cannot avoid reading — so the ratio says what the rest costs, whatever the machine;</li>
 *   <li>the alerts count and first page against live stock.</li>
 * </ul>
 * <pre>
 * java -cp deploy/benchmarks/target/kaeru-benchmarks-*-all.jar com.kaeru.bench.ReorderPointsBench \
 *     [--variants 100000] [--lines 1000000] [--runs 3] [--migrations backend/service/src/main/resources/db/migration]
 * </pre>
 * Run from the repository root; nothing outside the temporary directory is touched.
 */
public final class ReorderPointsBench {
    private ReorderPointsBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int variants = Integer.parseInt(options.getOrDefault("variants", "100000"));
        int lines = Integer.parseInt(options.getOrDefault("lines", "1000000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        Path migrations = Path.of(options.getOrDefault("migrations", "backend/service/src/main/resources/db/migration"));
        if (!Files.isDirectory(migrations)) {
            throw new IllegalArgumentException("No migrations at " + migrations.toAbsolutePath() + " (run from the repository root)");
        }
        Path dir = Files.createTempDirectory("kaeru-reorder-bench");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), freePort())) {
            db.provision();
            long t = System.nanoTime();
            Flyway.configure().dataSource(db.jdbcUrl("kaeru"), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER)
                    .locations("filesystem:" + migrations.toAbsolutePath()).placeholders(Map.of("appRole", EmbeddedDatabase.APP))
                    .load().migrate();
            System.out.printf("schema migrated in %.1f s%n", seconds(t));
            long shop;
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("kaeru"), "postgres", "")) {
                t = System.nanoTime();
                shop = generate(c, variants, lines);
                System.out.printf("data: %,d variants, %,d order lines, written in %.1f s%n", variants, lines, seconds(t));
            }
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("kaeru"), EmbeddedDatabase.APP, EmbeddedDatabase.APP)) {
                c.setAutoCommit(false);
                List<Double> recompute = new ArrayList<>();
                List<Double> reference = new ArrayList<>();
                List<Double> alerts = new ArrayList<>();
                long points = 0;
                long alertCount = 0;
                for (int run = 0; run < runs; run++) {
                    bind(c, shop);
                    t = System.nanoTime();
                    points = single(c, "select count(*) from (select ol.variant_id, sum(ol.quantity) from customer_order o "
                            + "join order_line ol on ol.order_id = o.id where o.shop_id = ? and ol.shop_id = o.shop_id "
                            + "and o.ordered_at >= (cast(? as date) - 28)::timestamp at time zone 'Asia/Tokyo' "
                            + "and o.ordered_at < cast(? as date)::timestamp at time zone 'Asia/Tokyo' group by ol.variant_id) s",
                            shop, today.toString(), today.toString());
                    reference.add(seconds(t));
                    t = System.nanoTime();
                    points = single(c, "select recompute_reorder_points(?, cast(? as date))", shop, today.toString());
                    c.commit();
                    recompute.add(seconds(t));
                    bind(c, shop);
                    t = System.nanoTime();
                    alertCount = single(c, "select count(*) from reorder_point rp left join (select variant_id, "
                            + "sum(sellable - reserved) as available from stock_level where shop_id = ? group by variant_id) st "
                            + "on st.variant_id = rp.variant_id where rp.shop_id = ? and rp.reorder_point > 0 "
                            + "and coalesce(st.available, 0) <= rp.reorder_point", shop, shop);
                    alerts.add(seconds(t));
                    c.commit();
                }
                System.out.printf("recompute of %,d points: %s s (best %.2f s)%n", points, list(recompute), min(recompute));
                System.out.printf("reference (window sales aggregate only): %s s (best %.2f s)%n", list(reference), min(reference));
                System.out.printf("ratio recompute / reference (best of each): %.1f×%n", min(recompute) / min(reference));
                System.out.printf("alerts against live stock: %,d, counted in %s s%n", alertCount, list(alerts));
            }
        } finally {
            deleteQuietly(dir);
        }
    }

    /** A bench shop with its catalog, orders and levels; returns its id. Runs as the superuser (no RLS). */
    private static long generate(Connection c, int variants, int lines) throws SQLException {
        int perProduct = 10;
        int orders = lines / 2;
        try (Statement s = c.createStatement()) {
            s.execute("insert into shop (slug, name) values ('bench-reorder', 'Reorder bench')");
            long shop = single(c, "select id from shop where slug = 'bench-reorder'");
            s.execute("insert into product (shop_id, external_id, name_ja, name_en) select " + shop
                    + ", 'P' || g, '商品' || g, 'Product ' || g from generate_series(1, " + (variants / perProduct) + ") g");
            s.execute("insert into variant (shop_id, product_id, sku, size, price_minor, currency) select " + shop
                    + ", p.id, p.external_id || '-' || k, 'S' || k, 1000, 'JPY' from product p cross join generate_series(1, "
                    + perProduct + ") k where p.shop_id = " + shop + " order by p.id, k");
            long first = single(c, "select min(id) from variant where shop_id = ?", shop);
            // Orders spread over the last 56 days, so half of them fall outside the 28-day window.
            s.execute("insert into customer_order (shop_id, external_id, order_number, channel, customer_name, customer_email, "
                    + "currency, ordered_at) select " + shop + ", 'O' || g, 'O' || g, 'OWN_SITE', '山田 花子', "
                    + "'bench@example.jp', 'JPY', now() - (g % (56 * 1440)) * interval '1 minute' from generate_series(1, "
                    + orders + ") g");
            // Skewed demand: a quarter of the variants get most of the lines.
            s.execute("insert into order_line (shop_id, order_id, line_no, variant_id, quantity, unit_price_minor) select "
                    + shop + ", o.id, k, " + first + " + case when (o.id * 31 + k) % 4 = 0 then (o.id * 7919 + k * 104729) % "
                    + variants + " else (o.id * 7919 + k * 104729) % " + (variants / 4) + " end, 1 + o.id % 3, 1000 "
                    + "from customer_order o cross join generate_series(1, 2) k where o.shop_id = " + shop);
            // The ledger's trigger runs as the schema owner, whose writes the forced policies check: bind the shop.
            s.execute("select set_config('app.tenant_id', '" + shop + "', false)");
            s.execute("insert into stock_movement (shop_id, location_id, variant_id, cause, actor, sellable_delta) select " + shop
                    + ", l.id, v.id, 'OPENING_BALANCE', 'bench', 1 + v.id % 60 from variant v join stock_location l "
                    + "on l.shop_id = v.shop_id and l.is_default where v.shop_id = " + shop);
            s.execute("insert into replenishment_settings (shop_id, lead_time_days, safety_stock, sales_window_days, updated_by) "
                    + "values (" + shop + ", 5, 20, 28, 'bench')");
            s.execute("vacuum analyze");
            return shop;
        }
    }

    private static void bind(Connection c, long shop) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            ps.setString(1, Long.toString(shop));
            ps.executeQuery().close();
        }
    }

    private static long single(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static String list(List<Double> values) {
        return String.join(" / ", values.stream().map(v -> String.format("%.2f", v)).toList());
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
