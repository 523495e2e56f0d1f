package com.kaeru.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The database's own ceiling for a submission-shaped transaction, measured in the same run as Kaeru's
 * figures so that they can be printed as a ratio of it (issue 14: on a shared, noisy machine absolute
 * figures are not comparable between runs, ratios are).
 *
 * <p>One transaction does what one portal submission asks of PostgreSQL: a return request row, two
 * lines, a stock reservation (an update of a level row plus its ledger movement), two audit rows and one
 * outbox row, then a commit with the server's default durability. The tables live in a schema of their
 * own ({@code bench_ceiling}, dropped afterwards), shaped like Kaeru's but without its application logic,
 * so the figure is what the same SQL round trips cost from a JDBC client with no server in between.
 */
final class DatabaseCeiling implements AutoCloseable {
    private static final String SCHEMA = "bench_ceiling";
    private static final int LEVELS = 200;

    private final String url;
    private final String user;
    private final String password;
    private final BlockingQueue<Connection> pool;

    DatabaseCeiling(String url, String user, String password, int connections) throws SQLException {
        this.url = url;
        this.user = user;
        this.password = password;
        this.pool = new ArrayBlockingQueue<>(connections);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("create schema " + SCHEMA);
            s.execute("set search_path to " + SCHEMA);
            s.execute("""
                    create table request (id bigserial primary key, shop_id bigint not null, rma text not null,
                      order_id bigint not null, status text not null, created_at timestamptz not null default now(),
                      unique (shop_id, rma))""");
            s.execute("create index on request (shop_id, status, created_at)");
            s.execute("create index on request (order_id)");
            s.execute("""
                    create table line (id bigserial primary key, request_id bigint not null references request,
                      order_line_id bigint not null, quantity int not null, reason text not null)""");
            s.execute("create index on line (request_id)");
            s.execute("""
                    create table level (sku_id bigint primary key, sellable int not null, reserved int not null)""");
            s.execute("insert into level select g, 1000000, 0 from generate_series(1, " + LEVELS + ") g");
            s.execute("""
                    create table movement (id bigserial primary key, sku_id bigint not null, cause text not null,
                      quantity int not null, reference text not null, at timestamptz not null default now())""");
            s.execute("create index on movement (sku_id, at)");
            s.execute("""
                    create table audit (id bigserial primary key, shop_id bigint not null, entity text not null,
                      action text not null, detail jsonb not null, at timestamptz not null default now())""");
            s.execute("create index on audit (shop_id, at)");
            s.execute("""
                    create table outbox (id bigserial primary key, shop_id bigint not null, type text not null,
                      payload jsonb not null, due_at timestamptz not null default now(), sent_at timestamptz)""");
            s.execute("create index on outbox (due_at) where sent_at is null");
        }
        for (int i = 0; i < connections; i++) {
            Connection c = connect();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("set search_path to " + SCHEMA);
            }
            c.commit();
            pool.add(c);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Transactions per second (and latencies) of the submission-shaped transaction from {@code clients}. */
    LoadPhases.Phase measure(int clients, int total) throws Exception {
        return LoadPhases.measure(clients, total, (i, client) -> {
            Connection c = pool.take();
            try {
                submissionShapedTransaction(c, i);
                return true;
            } finally {
                pool.add(c);
            }
        });
    }

    private static void submissionShapedTransaction(Connection c, int i) throws SQLException {
        try {
            long requestId;
            try (PreparedStatement p = c.prepareStatement(
                    "insert into request (shop_id, rma, order_id, status) values (?, ?, ?, 'APPROVED') returning id")) {
                p.setLong(1, 1 + i % 3);
                p.setString(2, "R-" + System.nanoTime() + "-" + i);
                p.setLong(3, i % 200);
                var rs = p.executeQuery();
                rs.next();
                requestId = rs.getLong(1);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into line (request_id, order_line_id, quantity, reason) values (?, ?, 1, 'OTHER')")) {
                for (int line = 0; line < 2; line++) {
                    p.setLong(1, requestId);
                    p.setLong(2, i * 2L + line);
                    p.executeUpdate();
                }
            }
            long sku = 1 + i % LEVELS;
            try (PreparedStatement p = c.prepareStatement(
                    "update level set reserved = reserved + 1 where sku_id = ? and sellable - reserved > 0")) {
                p.setLong(1, sku);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into movement (sku_id, cause, quantity, reference) values (?, 'RESERVATION', 1, ?)")) {
                p.setLong(1, sku);
                p.setString(2, Long.toString(requestId));
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into audit (shop_id, entity, action, detail) values (?, 'return', ?, ?::jsonb)")) {
                for (String action : new String[] {"SUBMITTED", "APPROVED"}) {
                    p.setLong(1, 1 + i % 3);
                    p.setString(2, action);
                    p.setString(3, "{\"request\":" + requestId + "}");
                    p.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "insert into outbox (shop_id, type, payload) values (?, 'ReturnRequested', ?::jsonb)")) {
                p.setLong(1, 1 + i % 3);
                p.setString(2, "{\"request\":" + requestId + "}");
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : pool) {
            c.close();
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
