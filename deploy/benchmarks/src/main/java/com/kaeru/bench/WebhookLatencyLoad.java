package com.kaeru.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.HdrHistogram.Histogram;

/**
 * Webhook latency under the returns load (issue 12): a receiver on loopback subscribed to
 * {@code return.requested} in {@code umi-outdoor}, verifying every signature with the Standard
 * Webhooks library, while portal customers submit returns from several clients. The latency of a
 * delivery runs from the event's own time (the {@code timestamp} of the message: when the
 * submission's transaction wrote it, just before its commit) to its arrival at the receiver.
 * Reference of the same run: the submissions' own response times.
 * <pre>
 * java -cp kaeru-benchmarks-*-all.jar com.kaeru.bench.WebhookLatencyLoad http://localhost:8080 http://localhost:8180 [submissions 1000] [clients 8]
 * </pre>
 */
public final class WebhookLatencyLoad {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private WebhookLatencyLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int submissions = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;

        ReturnsLoad load = new ReturnsLoad(base);
        load.login(keycloak);
        List<ReturnsLoad.Order> orders = load.prepare(200);

        Histogram latency = new Histogram(3_600_000, 3);
        AtomicInteger received = new AtomicInteger();
        AtomicInteger forged = new AtomicInteger();
        Webhook[] verifier = new Webhook[1];
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/hook", exchange -> {
            Instant arrived = Instant.now();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try {
                // The JDK server capitalises header names; the library looks them up in lower case.
                java.util.Map<String, List<String>> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values));
                verifier[0].verify(body, headers);
                JsonObject message = Json.createReader(new java.io.StringReader(body)).readObject();
                if ("return.requested".equals(message.getString("type"))) {
                    Instant written = Instant.parse(message.getString("timestamp"));
                    synchronized (latency) {
                        latency.recordValue(Math.max(0, Duration.between(written, arrived).toMillis()));
                    }
                    received.incrementAndGet();
                }
            } catch (Exception e) {
                forged.incrementAndGet();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        JsonObject created = call(base, load.staffToken(), "POST", "/api/v1/shops/umi-outdoor/webhooks",
                "{\"url\":\"" + url + "\",\"description\":\"latency benchmark\",\"eventTypes\":[\"return.requested\"]}");
        verifier[0] = new Webhook(created.getString("secret"));
        long endpoint = created.getJsonObject("endpoint").getJsonNumber("id").longValue();
        try {
            Instant start = Instant.now();
            LoadPhases.Phase phase = LoadPhases.measure(clients, submissions,
                    (i, client) -> load.submitOne(orders.get(i % orders.size())));
            int expected = submissions - phase.failed();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (received.get() < expected && Instant.now().isBefore(deadline)) {
                Thread.sleep(100); // polling the receiver's count, not synchronising a test
            }
            System.out.printf("submissions %d from %d clients in %.1f s: %.0f /s, p50 %.0f ms, p95 %.0f ms, failed %d%n",
                    submissions, clients, Duration.between(start, Instant.now()).toMillis() / 1000.0,
                    phase.perSecond(), phase.ms(50), phase.ms(95), phase.failed());
            System.out.printf("webhooks received %d of %d (bad signatures %d): event -> receiver p50 %d ms, p95 %d ms, "
                            + "p99 %d ms, max %d ms%n", received.get(), expected, forged.get(),
                    latency.getValueAtPercentile(50), latency.getValueAtPercentile(95),
                    latency.getValueAtPercentile(99), latency.getMaxValue());
        } finally {
            call(base, load.staffToken(), "DELETE", "/api/v1/shops/umi-outdoor/webhooks/" + endpoint, null);
            receiver.stop(0);
            System.exit(0);
        }
    }

    private static JsonObject call(String base, String token, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body().isBlank() ? null : Json.createReader(new java.io.StringReader(r.body())).readObject();
    }
}
