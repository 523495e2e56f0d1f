package com.kaeru.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.HdrHistogram.Histogram;

/**
 * Sale-day soak (issue 13) against a running Kaeru ({@code ./deploy/run.sh}): {@code clients} clients for
 * {@code minutes}, mixing what customers do (lookup, eligibility, submission, status page,
 * label download) with what staff do (the queue, receiving and grading one parcel). Every 30 s it samples
 * the server's heap and threads ({@code /metrics}) and the application's database connections
 * ({@code pg_stat_activity}), and at the end prints per kind of call the count, failures, p50 and p99, and
 * whether heap, threads or connections grew from the first third of the run to the last.
 * Arguments: base URL, Keycloak URL, minutes (30), clients (64), think time in ms (0).
 * <p>
 * With a think time of 0 the clients never pause: that measures the machine's saturation, where every
 * response time is queueing (Little's law: latency = clients ÷ throughput, whatever the server does). With a
 * think time each client pauses between its calls for an exponentially distributed time of that mean, as
 * people do between taps, and the load is what that many people offer; the report prints the rate it came to,
 * so a run states its offered load beside its latencies. Bounded, loopback only.
 */
public final class SoakLoad {
    private static final String SHOP = "umi-outdoor";
    private static final String PORTAL = "/api/v1/portal/shops/" + SHOP;
    private static final String STAFF = "/api/v1/shops/" + SHOP;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    enum Kind { LOOKUP, ELIGIBILITY, SUBMISSION, STATUS_PAGE, LABEL, QUEUE, RECEIVE_AND_GRADE }

    /** Share of each kind in the mix, in percent: the customers' funnel, then a warehouse keeping up. */
    private static final Map<Kind, Integer> MIX = new EnumMap<>(Map.of(Kind.LOOKUP, 20, Kind.ELIGIBILITY, 20,
            Kind.SUBMISSION, 15, Kind.STATUS_PAGE, 15, Kind.LABEL, 10, Kind.QUEUE, 10, Kind.RECEIVE_AND_GRADE, 10));

    private final String base;
    private final String keycloak;
    /** Renewed at every sample: the dev realm's access tokens live five minutes, the soak thirty. */
    private volatile String staffToken;
    private final List<ReturnsLoad.Order> orders;
    /**
     * Submitted returns whose parcel has not arrived ({rma, order token}), newest last. Customers look at the
     * newest (status page, label), the warehouse receives the oldest and only while more than
     * {@link #WAREHOUSE_LAG} wait, so a label is never asked for a return that grading is closing.
     */
    private final java.util.concurrent.ConcurrentLinkedDeque<String[]> inTransit = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private static final int WAREHOUSE_LAG = 32;
    /**
     * A sale's returns spread over an assortment: with one variant every grading queues on one stock level
     * row (see the benchmark README for that worst case); {@code -Dkaeru.bench.variants=1} reproduces it.
     */
    private static final int VARIANTS = Integer.getInteger("kaeru.bench.variants", 40);
    private final Map<Kind, Histogram> latency = new EnumMap<>(Kind.class);
    private final Map<Kind, AtomicInteger> failures = new EnumMap<>(Kind.class);
    /** Every HTTP request on its own (receive + grade is 3–4 of them): the issue's p99 is per request. */
    private final Histogram perRequest = new Histogram(60_000_000L, 3);
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
    private final AtomicLong clientAddress = new AtomicLong();

    private SoakLoad(String base, String keycloak, String staffToken, List<ReturnsLoad.Order> orders) {
        this.base = base;
        this.keycloak = keycloak;
        this.staffToken = staffToken;
        this.orders = orders;
        for (Kind kind : Kind.values()) {
            latency.put(kind, new Histogram(60_000_000L, 3));
            failures.put(kind, new AtomicInteger());
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        Duration length = Duration.ofMinutes(args.length > 2 ? Long.parseLong(args[2]) : 30);
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        long thinkMillis = args.length > 4 ? Long.parseLong(args[4]) : 0;

        ReturnsLoad setup = new ReturnsLoad(base);
        setup.login(keycloak);
        List<ReturnsLoad.Order> orders = setup.prepare(200, VARIANTS);
        String staffToken = new StaffApi(base, keycloak, "umi-manager").token();
        SoakLoad soak = new SoakLoad(base, keycloak, staffToken, orders);
        System.out.printf("Soak: %d clients (mean think time %d ms) for %d min against %s, %d orders prepared, started %s%n",
                clients, thinkMillis, length.toMinutes(), base, orders.size(), Instant.now());
        soak.run(clients, length, thinkMillis);
    }

    private void run(int clients, Duration length, long thinkMillis) throws Exception {
        List<Sample> samples = new ArrayList<>();
        samples.add(sample(Duration.ZERO));
        long start = System.nanoTime();
        long end = start + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    think(thinkMillis, end);
                    Kind kind = pick();
                    long t0 = System.nanoTime();
                    try {
                        if (!call(kind)) {
                            continue; // nothing to do yet for this kind (no return submitted so far)
                        }
                    } catch (Exception e) {
                        failures.get(kind).incrementAndGet();
                        if (firstErrors.size() < 10) {
                            firstErrors.add(kind + ": " + e.getMessage());
                        }
                    }
                    Histogram h = latency.get(kind);
                    synchronized (h) {
                        h.recordValue(Math.min((System.nanoTime() - t0) / 1000, 59_999_999L));
                    }
                }
                return null;
            }));
        }
        while (System.nanoTime() < end) {
            long next = Math.min(end, System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
            TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
            samples.add(sample(Duration.ofNanos(System.nanoTime() - start)));
            staffToken = new StaffApi(base, keycloak, "umi-manager").token();
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        report(samples, Duration.ofNanos(System.nanoTime() - start));
    }

    /** A person's pause before the next call: exponential with the given mean (memoryless, as arrivals are). */
    private static void think(long meanMillis, long end) throws InterruptedException {
        if (meanMillis > 0) {
            double pause = -meanMillis * Math.log(1 - ThreadLocalRandom.current().nextDouble());
            long nanos = Math.min((long) (pause * 1_000_000), end - System.nanoTime());
            TimeUnit.NANOSECONDS.sleep(Math.max(0, nanos));
        }
    }

    private static Kind pick() {
        int roll = ThreadLocalRandom.current().nextInt(100);
        for (Map.Entry<Kind, Integer> share : MIX.entrySet()) {
            roll -= share.getValue();
            if (roll < 0) {
                return share.getKey();
            }
        }
        return Kind.LOOKUP;
    }

    /** One call of {@code kind}; false when there is nothing to call it on yet. Throws on a wrong answer. */
    private boolean call(Kind kind) throws Exception {
        ReturnsLoad.Order order = orders.get(ThreadLocalRandom.current().nextInt(orders.size()));
        switch (kind) {
            case LOOKUP -> send("POST", PORTAL + "/order-lookups", null, null,
                    "{\"orderNumber\":\"" + order.number() + "\",\"emailOrPhone\":\"" + order.email() + "\"}");
            case ELIGIBILITY -> send("GET", PORTAL + "/order", order.token(), null, null);
            case SUBMISSION -> {
                JsonObject created = json(send("POST", PORTAL + "/returns", order.token(), null,
                        "{\"lines\":[{\"orderLineId\":" + order.lineId() + ",\"quantity\":1,\"reasonCode\":\"OTHER\","
                                + "\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"}]}"));
                String rma = created.getString("rmaNumber");
                inTransit.addLast(new String[] {rma, order.token()});
            }
            case STATUS_PAGE, LABEL -> {
                String[] one = inTransit.peekLast();
                if (one == null) {
                    return false;
                }
                send("GET", PORTAL + "/returns/" + one[0] + (kind == Kind.LABEL ? "/label" : ""), one[1], null, null);
            }
            case QUEUE -> send("GET", STAFF + "/returns?size=50", null, staffToken, null);
            case RECEIVE_AND_GRADE -> {
                String[] oldest = inTransit.size() > WAREHOUSE_LAG ? inTransit.pollFirst() : null;
                if (oldest == null) {
                    return false;
                }
                String rma = oldest[0];
                JsonObject ret = json(send("GET", STAFF + "/returns/" + rma, null, staffToken, null));
                if (ret.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString::getString).contains("APPROVE")) {
                    send("POST", STAFF + "/returns/" + rma + "/approve", null, staffToken, "{}");
                }
                JsonObject received = json(send("POST", STAFF + "/returns/" + rma + "/receive", null, staffToken, null));
                long lineId = received.getJsonArray("lines").getJsonObject(0).getJsonNumber("id").longValue();
                send("POST", STAFF + "/returns/" + rma + "/lines/" + lineId + "/grades", null, staffToken,
                        "{\"grades\":[\"A\"]}");
            }
            default -> throw new IllegalStateException(kind.name());
        }
        return true;
    }

    private String send(String method, String path, String orderToken, String bearer, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (orderToken != null) {
            b.header("X-Kaeru-Order-Token", orderToken);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        long n = clientAddress.incrementAndGet(); // every lookup from an address of its own: no throttle
        b.header("X-Forwarded-For", "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        long t0 = System.nanoTime();
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        synchronized (perRequest) {
            perRequest.recordValue(Math.min((System.nanoTime() - t0) / 1000, 59_999_999L));
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " "
                    + r.body().substring(0, Math.min(200, r.body().length())));
        }
        return r.body();
    }

    record Sample(Duration at, double heapMb, double threads, long connections) {
    }

    private Sample sample(Duration at) {
        double heap = Double.NaN;
        double threads = Double.NaN;
        try {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            heap = metric(metrics, "memory_usedHeap_bytes") / 1_048_576.0;
            threads = metric(metrics, "thread_count");
        } catch (Exception e) {
            // keep NaN: the report says so
        }
        return new Sample(at, heap, threads, connections());
    }

    /** The first sample of a Prometheus metric whose name ends with {@code name} (scoped names differ by version). */
    private static double metric(String text, String name) {
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                String metricName = line.split("[{ ]", 2)[0];
                if (metricName.endsWith(name)) {
                    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        return Double.NaN;
    }

    private static long connections() {
        String url = System.getProperty("kaeru.bench.jdbc", "jdbc:postgresql://localhost:15432/kaeru");
        if ("none".equals(url)) {
            return -1;
        }
        try (Connection c = DriverManager.getConnection(url, System.getProperty("kaeru.bench.db-user", "postgres"),
                System.getProperty("kaeru.bench.db-password", ""));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where usename = 'kaeru_app'")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return -1;
        }
    }

    private void report(List<Sample> samples, Duration took) {
        System.out.println("minute  heap MB  threads  db connections");
        for (Sample s : samples) {
            System.out.printf("%6.1f  %7.0f  %7.0f  %14d%n", s.at().toSeconds() / 60.0, s.heapMb(), s.threads(),
                    s.connections());
        }
        long total = 0;
        long failed = 0;
        Histogram all = new Histogram(60_000_000L, 3);
        System.out.println("kind                 calls   failed   p50 ms   p99 ms");
        for (Kind kind : Kind.values()) {
            Histogram h = latency.get(kind);
            all.add(h);
            total += h.getTotalCount();
            failed += failures.get(kind).get();
            System.out.printf("%-18s %7d  %7d  %7.1f  %7.1f%n", kind, h.getTotalCount(), failures.get(kind).get(),
                    h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0);
        }
        System.out.printf("all                %7d  %7d  %7.1f  %7.1f   (%.0f calls/s over %d s)%n", total, failed,
                all.getValueAtPercentile(50) / 1000.0, all.getValueAtPercentile(99) / 1000.0,
                total / (double) Math.max(1, took.toSeconds()), took.toSeconds());
        System.out.printf("per HTTP request   %7d           %7.1f  %7.1f   (p99.9 %.1f, max %.1f; %.0f requests/s)%n",
                perRequest.getTotalCount(), perRequest.getValueAtPercentile(50) / 1000.0,
                perRequest.getValueAtPercentile(99) / 1000.0, perRequest.getValueAtPercentile(99.9) / 1000.0,
                perRequest.getMaxValue() / 1000.0, perRequest.getTotalCount() / (double) Math.max(1, took.toSeconds()));
        int third = Math.max(1, samples.size() / 3);
        System.out.printf("growth first third → last third: heap %+.0f %%, threads %+.0f %%, db connections %+.0f %%%n",
                growth(samples, third, Sample::heapMb), growth(samples, third, Sample::threads),
                growth(samples, third, s -> (double) s.connections()));
        System.out.println("events waiting at the end, per consumer: " + backlog());
        firstErrors.forEach(e -> System.out.println("error: " + e));
    }

    /** Undelivered (event, consumer) rows: whether the background consumers kept up with the load. */
    private static String backlog() {
        String url = System.getProperty("kaeru.bench.jdbc", "jdbc:postgresql://localhost:15432/kaeru");
        if ("none".equals(url)) {
            return "(not read)";
        }
        try (Connection c = DriverManager.getConnection(url, System.getProperty("kaeru.bench.db-user", "postgres"),
                System.getProperty("kaeru.bench.db-password", ""));
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select consumer, count(*) from outbox_delivery where delivered_at is null "
                     + "group by consumer order by consumer")) {
            StringBuilder text = new StringBuilder();
            while (rs.next()) {
                text.append(text.isEmpty() ? "" : ", ").append(rs.getString(1)).append(' ').append(rs.getLong(2));
            }
            return text.isEmpty() ? "none" : text.toString();
        } catch (Exception e) {
            return "(not read: " + e.getMessage() + ")";
        }
    }

    private static double growth(List<Sample> samples, int third, java.util.function.ToDoubleFunction<Sample> f) {
        double first = samples.subList(1, Math.min(samples.size(), third + 1)).stream().mapToDouble(f).average().orElse(0);
        double last = samples.subList(samples.size() - third, samples.size()).stream().mapToDouble(f).average().orElse(0);
        return first == 0 ? 0 : 100 * (last - first) / first;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
