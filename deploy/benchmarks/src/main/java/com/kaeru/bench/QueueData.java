package com.kaeru.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the returns-queue benchmark data set ({@code queue-data.sql}): bench agencies and shops
 * ({@code bench-agency-NN}, {@code bench-NNNN}) with catalogs, orders and return requests. Runs
 * against the dev database of {@code ./deploy/run.sh} by default, or any PostgreSQL given by URL:
 * <pre>
 * java -cp deploy/benchmarks/target/kaeru-benchmarks-*-all.jar com.kaeru.bench.QueueData \
 *     [--jdbc jdbc:postgresql://localhost:15432/kaeru] [--user postgres] [--password ""] \
 *     [--shops 1000] [--returns 1000000] [--agencies 20] [--reset | --delete]
 * </pre>
 * Idempotent: when bench shops exist it reports them and changes nothing; {@code --reset} deletes
 * every bench row first and generates again, {@code --delete} only deletes. Only rows of bench
 * shops are touched, so the demo shops stay as they are.
 * <p>
 * The role must bypass row-level security (the embedded database's {@code postgres} superuser, or a
 * role with BYPASSRLS): the tables FORCE their policies, so the schema owner could only write one
 * shop per transaction.
 */
public final class QueueData {
    /** Tables holding bench rows, children before parents; tables added later are cleared generically. */
    private static final List<String> DELETE_ORDER = List.of("return_photo", "return_note", "disposal_record",
            "store_credit_entry", "gift_code", "refund", "audit_event", "outbox_event", "return_line", "return_request",
            "order_line", "customer_order", "stocktake_line", "stocktake", "stock_movement", "stock_level", "stock_location",
            "variant", "product", "customer_blocklist", "policy_rule",
            "notification_template", "api_key", "shop_logo", "shop_counter", "return_reason");
    /** What the queue reads: vacuumed after loading so counts can use index-only scans at once. */
    private static final List<String> VACUUM = List.of("shop", "agency", "return_reason", "product", "variant",
            "stock_level", "customer_order", "order_line", "return_request", "return_line", "shop_counter");

    private QueueData() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("jdbc", "jdbc:postgresql://localhost:15432/kaeru");
        try (Connection c = DriverManager.getConnection(url, options.getOrDefault("user", "postgres"),
                options.getOrDefault("password", ""))) {
            requireRlsBypass(c);
            long existing = count(c, "select count(*) from shop where slug like 'bench-%'");
            if (existing > 0 && !options.containsKey("reset") && !options.containsKey("delete")) {
                System.out.printf("%d bench shops already present (--reset to generate again, --delete to remove):%n",
                        existing);
                summary(c);
                return;
            }
            if (existing > 0) {
                long t0 = System.nanoTime();
                delete(c);
                System.out.printf("Deleted the bench shops and their rows in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            if (options.containsKey("delete")) {
                return;
            }
            long t0 = System.nanoTime();
            generate(c, Integer.parseInt(options.getOrDefault("shops", "1000")),
                    Integer.parseInt(options.getOrDefault("returns", "1000000")),
                    Integer.parseInt(options.getOrDefault("agencies", "20")),
                    Double.parseDouble(options.getOrDefault("seed", "0.42")));
            long t1 = System.nanoTime();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : VACUUM) {
                    s.execute("vacuum (analyze) " + table);
                }
            }
            System.out.printf("Generated in %.0f s, vacuumed and analysed in %.0f s%n", (t1 - t0) / 1e9,
                    (System.nanoTime() - t1) / 1e9);
            summary(c);
        }
    }

    static void generate(Connection c, int shops, int returns, int agencies, double seed)
            throws SQLException, IOException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("set local synchronous_commit = off");
            s.execute("set local work_mem = '256MB'");
            s.execute("create temp table bench_params (shops int, returns int, agencies int, seed float8) on commit drop");
            try (PreparedStatement p = c.prepareStatement("insert into bench_params values (?, ?, ?, ?)")) {
                p.setInt(1, shops);
                p.setInt(2, returns);
                p.setInt(3, agencies);
                p.setDouble(4, seed);
                p.executeUpdate();
            }
            for (String statement : statements()) {
                long t0 = System.nanoTime();
                s.execute(statement);
                String first = statement.strip().lines().findFirst().orElse("");
                System.out.printf("  %6.1f s  %s%n", (System.nanoTime() - t0) / 1e9,
                        first.length() > 90 ? first.substring(0, 90) + "…" : first);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    /**
     * The script's statements: split at semicolons ending a line outside a {@code $$} body (a
     * {@code do} block's own statements stay inside it), comment lines dropped.
     */
    static List<String> statements() throws IOException {
        String script;
        try (InputStream in = QueueData.class.getResourceAsStream("/queue-data.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            boolean insideDollarQuote = current.toString().split("\\$\\$", -1).length % 2 == 0;
            if (line.stripTrailing().endsWith(";") && !insideDollarQuote) {
                statements.add(current.toString());
                current.setLength(0);
            }
        }
        return statements;
    }

    static void delete(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("set local synchronous_commit = off");
            s.execute("create temp table bench_ids on commit drop as select id from shop where slug like 'bench-%'");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.columns where table_schema = "
                    + "'public' and column_name = 'shop_id' and table_name not in (select table_name from "
                    + "information_schema.views)")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            List<String> ordered = new ArrayList<>(tables.stream().filter(t -> !DELETE_ORDER.contains(t)).toList());
            DELETE_ORDER.stream().filter(tables::contains).forEach(ordered::add);
            for (String table : ordered) {
                s.execute("delete from " + table + " where shop_id in (select id from bench_ids)");
            }
            s.execute("delete from shop where id in (select id from bench_ids)");
            s.execute("delete from agency where slug like 'bench-agency-%'");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private static void summary(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                with sizes as (select s.slug, a.slug as agency, count(r.id) as returns
                               from shop s left join agency a on a.id = s.agency_id
                               left join return_request r on r.shop_id = s.id
                               where s.slug like 'bench-%' group by s.slug, a.slug)
                select (select count(*) from sizes), (select sum(returns) from sizes),
                       (select slug || ' ' || returns from sizes order by returns desc, slug limit 1),
                       (select slug || ' ' || returns from sizes order by returns desc, slug
                        offset (select count(*) / 2 from sizes) limit 1),
                       (select string_agg(agency || ' ' || n || ' shops ' || r || ' returns', ', ')
                        from (select agency, count(*) n, sum(returns) r from sizes
                              where agency in ('bench-agency-01', 'bench-agency-02') group by agency) x),
                       (select count(*) from return_line l join shop s on s.id = l.shop_id where s.slug like 'bench-%'),
                       (select count(*) from customer_order o join shop s on s.id = o.shop_id where s.slug like 'bench-%')
                """)) {
            rs.next();
            System.out.printf("bench shops %d, returns %d, return lines %d, orders %d%n", rs.getLong(1), rs.getLong(2),
                    rs.getLong(6), rs.getLong(7));
            System.out.printf("largest shop: %s; median shop: %s%n", rs.getString(3), rs.getString(4));
            System.out.printf("agencies: %s%n", rs.getString(5));
        }
    }

    private static void requireRlsBypass(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                throw new IllegalStateException("The generator needs a role that bypasses row-level security "
                        + "(superuser or BYPASSRLS), e.g. --user postgres on the embedded database");
            }
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("reset") || name.equals("delete")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }
}
