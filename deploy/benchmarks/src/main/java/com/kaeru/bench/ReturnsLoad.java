package com.kaeru.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Measures, against a running Kaeru ({@code ./deploy/run.sh}):
 * <ol>
 *   <li>return submission through the portal API, sequential (p50) and with 8, 16, 32, 64 and
 *       128 concurrent clients (throughput; more clients than the 32 pooled connections must
 *       queue, never fail);</li>
 *   <li>order lookup + eligibility (two calls) with 50 concurrent clients that never pause (closed loop:
 *       throughput) and at an open-loop arrival rate of 200 pairs/s (latency as customers see it).</li>
 * </ol>
 * First it measures the database's ceiling for a submission-shaped transaction ({@link DatabaseCeiling},
 * JDBC straight to the same PostgreSQL) at the same client counts, and prints each submission figure as a
 * ratio of it. The database is {@code jdbc:postgresql://localhost:15432/kaeru} as {@code postgres} (the
 * embedded server of {@code ./deploy/run.sh}); system properties {@code kaeru.bench.jdbc},
 * {@code kaeru.bench.db-user}, {@code kaeru.bench.db-password} point elsewhere, {@code kaeru.bench.jdbc=none}
 * skips the ceiling.
 * Set-up creates its own products and orders in {@code umi-outdoor} through the integrator API.
 * Bounded: a fixed number of requests per phase, loopback only.
 */
public final class ReturnsLoad {
    private static final String SHOP = "umi-outdoor";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final String base;
    private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private String staffToken;

    ReturnsLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int submissions = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        // "lookups": only the lookup + eligibility phases (for a profile of that path)
        boolean lookupsOnly = args.length > 3 && "lookups".equals(args[3]);
        ReturnsLoad load = new ReturnsLoad(base);
        load.login(keycloak);
        int orders = 200;
        List<Order> prepared = load.prepare(orders);
        System.out.printf("Prepared %d orders (500 units each) in %s at %s%n", orders, SHOP, Instant.now());

        // "submissions": warm-up, then 8 and 16 clients only, no ceiling — to compare two settings of one server
        // (e.g. the reporting projection on and off: kaeru.insights.projection.enabled)
        if (args.length > 3 && "submissions".equals(args[3])) {
            load.submissions("warm-up", prepared, 8, 400, null);
            try (ServerProfile profile = profile("submission")) {
                for (int clients : new int[] {8, 16}) {
                    load.submissions(clients + " clients", prepared, clients, submissions, null);
                }
                if (profile != null) {
                    profile.print(2L * submissions);
                }
            }
            return;
        }
        if (lookupsOnly) {
            load.lookups(prepared, 50, 400);
            try (ServerProfile profile = profile("lookup + eligibility pair")) {
                load.lookups(prepared, 50, submissions);
                if (profile != null) {
                    profile.print(submissions);
                }
            }
            load.openLoopLookups(prepared, 200, submissions);
            return;
        }
        Map<Integer, Double> ceiling = databaseCeiling(submissions);
        load.submissions("warm-up", prepared, 8, 400, null);
        load.submissions("sequential", prepared, 1, 300, ceiling.get(1));
        for (int clients : new int[] {8, 16, 32, 64, 128}) {
            load.submissions(clients + " clients", prepared, clients, submissions, ceiling.get(clients));
        }
        load.lookups(prepared, 50, 2000);
        load.openLoopLookups(prepared, 200, 2000);
    }

    /**
     * With {@code -Dkaeru.bench.profile=<Payara's pid>} the measured phases of the "submissions" and "lookups" modes
     * are profiled ({@link ServerProfile}; the JFR file goes to {@code kaeru.bench.profile-file},
     * default {@code target/returns-load.jfr}); otherwise {@code null}.
     */
    private static ServerProfile profile(String unit) throws Exception {
        String pid = System.getProperty("kaeru.bench.profile");
        if (pid == null) {
            return null;
        }
        return new ServerProfile(Long.parseLong(pid.strip()), java.nio.file.Path.of(
                System.getProperty("kaeru.bench.profile-file", "target/returns-load.jfr")), unit);
    }

    /** The database's own transactions per second for a submission-shaped transaction, per client count. */
    private static Map<Integer, Double> databaseCeiling(int total) throws Exception {
        String url = System.getProperty("kaeru.bench.jdbc", "jdbc:postgresql://localhost:15432/kaeru");
        Map<Integer, Double> perSecond = new HashMap<>();
        if ("none".equals(url)) {
            return perSecond;
        }
        try (DatabaseCeiling db = new DatabaseCeiling(url, System.getProperty("kaeru.bench.db-user", "postgres"),
                System.getProperty("kaeru.bench.db-password", ""), 32)) {
            db.measure(8, 400);
            int[] clientCounts = {1, 8, 16, 32};
            for (int clients : clientCounts) {
                LoadPhases.Phase phase = db.measure(clients, clients == 1 ? 300 : total);
                perSecond.put(clients, phase.perSecond());
                System.out.printf("ceiling %-11s %5d tx        %7.0f tx/s   p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  failed %d%n",
                        clients + " clients", clients == 1 ? 300 : total, phase.perSecond(), phase.ms(50),
                        phase.ms(95), phase.ms(99), phase.failed());
            }
        }
        // beyond the 32 pooled connections both sides queue: compare with the 32-client ceiling
        perSecond.put(64, perSecond.get(32));
        perSecond.put(128, perSecond.get(32));
        return perSecond;
    }

    record Order(String number, String email, long lineId, String token) {
    }

    /** The manager's token of {@link #login}, for other set-up calls. */
    String staffToken() {
        return staffToken;
    }

    /** Logs in as the shop's manager (the set-up's integrator calls need a staff token). */
    void login(String keycloak) throws Exception {
        staffToken = token(keycloak);
    }

    /** One one-unit refund request of {@code order}, as each submission of the load does; false unless 200. */
    boolean submitOne(Order order) throws Exception {
        String body = "{\"lines\":[{\"orderLineId\":" + order.lineId() + ",\"quantity\":1,"
                + "\"reasonCode\":\"OTHER\",\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"}]}";
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/portal/shops/" + SHOP + "/returns"))
                .header("Content-Type", "application/json").header("X-Kaeru-Order-Token", order.token())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode() == 200;
    }

    private String token(String keycloak) throws Exception {
        String form = "client_id=kaeru-cli&grant_type=password&username=umi-manager&password=kaeru-demo";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/kaeru/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return json(r.body()).getString("access_token");
    }

    List<Order> prepare(int count) throws Exception {
        return prepare(count, 1);
    }

    /**
     * {@code count} delivered orders of one unit line each, spread round-robin over {@code variants} variants of
     * one product (one variant = every return's stock movement on one level row, the worst case for grading).
     */
    List<Order> prepare(int count, int variants) throws Exception {
        StringBuilder skus = new StringBuilder();
        for (int v = 0; v < variants; v++) {
            skus.append(v == 0 ? "" : ",").append("{\"sku\":\"").append(sku(v)).append("\",\"priceMinor\":1500}");
        }
        put("/api/v1/shops/" + SHOP + "/integration/products", """
                [{"externalId":"BENCH-%1$s","nameJa":"ベンチ用ソックス","nameEn":"Bench socks",
                  "variants":[%2$s]}]""".formatted(run, skus));
        List<Order> orders = new ArrayList<>();
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            String number = "BENCH-" + run + "-" + i;
            batch.append(i == 0 ? "" : ",").append("""
                    {"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"Bench %2$d",
                     "customerEmail":"bench%2$d@example.jp","orderedAt":"%3$s","deliveredAt":"%4$s",
                     "lines":[{"lineNo":1,"sku":"%5$s","quantity":500,"unitPriceMinor":1500}]}"""
                    .formatted(number, i, Instant.now().minus(Duration.ofDays(4)), Instant.now().minus(Duration.ofDays(2)),
                            sku(i % variants)));
        }
        put("/api/v1/shops/" + SHOP + "/integration/orders", batch.append("]").toString());
        for (int i = 0; i < count; i++) {
            String number = "BENCH-" + run + "-" + i;
            String token = lookup(number, "bench" + i + "@example.jp", "10.77." + (i / 250) + "." + (i % 250));
            long line = json(get("/api/v1/portal/shops/" + SHOP + "/order", token)).getJsonArray("lines")
                    .getJsonObject(0).getJsonNumber("orderLineId").longValue();
            orders.add(new Order(number, "bench" + i + "@example.jp", line, token));
        }
        return orders;
    }

    /** The first variant keeps the single-variant name earlier runs used. */
    private String sku(int variant) {
        return variant == 0 ? "BENCH-" + run : "BENCH-" + run + "-" + variant;
    }

    /** Submits {@code total} one-unit refund requests from {@code clients} concurrent clients. */
    private void submissions(String label, List<Order> orders, int clients, int total, Double ceiling)
            throws Exception {
        LoadPhases.Phase phase = LoadPhases.measure(clients, total, (i, client) -> submitOne(orders.get(i % orders.size())));
        System.out.printf("submit %-12s %5d requests  %7.0f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  failed %d%s%n",
                label, total, phase.perSecond(), phase.ms(50), phase.ms(95), phase.ms(99), phase.failed(),
                ceiling == null ? "" : String.format("  = %.0f %% of the database ceiling", 100 * phase.perSecond() / ceiling));
    }

    /** Lookup + eligibility arriving at {@code perSecond} pairs per second, however fast the answers come. */
    private void openLoopLookups(List<Order> orders, int perSecond, int total) throws Exception {
        LoadPhases.Phase phase = LoadPhases.openLoop(perSecond, total, 200, (i, client) -> {
            Order order = orders.get(i % orders.size());
            String token = lookup(order.number(), order.email(), "10.99." + (i / 250 % 250) + "." + (i % 250));
            get("/api/v1/portal/shops/" + SHOP + "/order", token);
            return true;
        });
        System.out.printf("lookup+eligibility open loop %d/s  %5d pairs  %7.0f pairs/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  failed %d%n",
                perSecond, total, phase.perSecond(), phase.ms(50), phase.ms(95), phase.ms(99), phase.failed());
    }

    /** Lookup + eligibility (the portal's first two calls) from {@code clients} concurrent clients. */
    private void lookups(List<Order> orders, int clients, int total) throws Exception {
        LoadPhases.Phase phase = LoadPhases.measure(clients, total, (i, client) -> {
            Order order = orders.get(i % orders.size());
            String token = lookup(order.number(), order.email(), "10.88." + client + "." + (i % 250));
            get("/api/v1/portal/shops/" + SHOP + "/order", token);
            return true;
        });
        System.out.printf("lookup+eligibility %d clients  %5d pairs  %7.0f pairs/s  p50 %6.1f ms  p95 %6.1f ms  failed %d%n",
                clients, total, phase.perSecond(), phase.ms(50), phase.ms(95), phase.failed());
    }

    private String lookup(String number, String email, String clientAddress) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/portal/shops/" + SHOP
                        + "/order-lookups")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString("{\"orderNumber\":\"" + number + "\",\"emailOrPhone\":\""
                        + email + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("lookup " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).getString("token");
    }

    private String get(String path, String orderToken) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Kaeru-Order-Token", orderToken).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " " + r.statusCode());
        }
        return r.body();
    }

    private void put(String path, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + staffToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || !r.body().contains("\"rejected\":0")) {
            throw new IllegalStateException(path + " " + r.statusCode() + " " + r.body());
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
