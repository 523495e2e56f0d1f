package com.kaeru.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.HdrHistogram.Histogram;

/**
 * "A stock change is visible through the API and the portal within 1 s at p95 under the returns
 * load" (issue 10), against a running Kaeru. While {@link ReturnsLoad}'s portal submissions run from
 * {@code loadClients} clients in {@code umi-outdoor}, it changes one variant's stock in
 * {@code sakura-apparel} {@code changes} times — alternately a shop system's count
 * ({@code PUT …/integration/stock}) and a reservation (a customer's exchange into that size through
 * the portal) — and after each change polls, back to back, the staff read API
 * ({@code GET …/inventory/skus/{sku}}) and the portal's order (the exchange option's
 * {@code available}) until both show the new figure. Reported: the delay from sending the change to
 * both showing it (p50/p95/p99/max), the change call alone, and, as the reference of the same run,
 * one read of the level.
 * <pre>
 * java -cp deploy/benchmarks/target/kaeru-benchmarks-*-all.jar com.kaeru.bench.StockVisibilityLoad \
 *     http://localhost:8080 http://localhost:8180 [changes 200] [load clients 8]
 * </pre>
 */
public final class StockVisibilityLoad {
    private static final String SHOP = "sakura-apparel";
    private static final String API = "/api/v1/shops/" + SHOP;

    private StockVisibilityLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int changes = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int loadClients = args.length > 3 ? Integer.parseInt(args[3]) : 8;

        ReturnsLoad returns = new ReturnsLoad(base);
        returns.login(keycloak);
        List<ReturnsLoad.Order> loadOrders = returns.prepare(50);
        StaffApi staff = new StaffApi(base, keycloak, "sakura-manager");
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String bought = "VIS-" + run + "-S";
        String target = "VIS-" + run + "-M";
        staff.put(API + "/integration/products", """
                [{"externalId":"VIS-%1$s","nameJa":"計測用Tシャツ","nameEn":"Bench tee","category":"tops",
                  "variants":[{"sku":"VIS-%1$s-S","size":"S","priceMinor":3000},
                              {"sku":"VIS-%1$s-M","size":"M","priceMinor":3000}]}]""".formatted(run));
        staff.put(API + "/integration/stock", "[{\"sku\":\"" + target + "\",\"sellable\":1000}]");
        String order = "VIS-" + run;
        String email = "vis-" + run.toLowerCase() + "@example.jp";
        staff.put(API + "/integration/orders", """
                [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"計測 太郎",
                  "customerEmail":"%2$s","postalCode":"150-0001","prefecture":"東京都","city":"渋谷区",
                  "addressLine1":"神宮前1-2-3","orderedAt":"%3$s","deliveredAt":"%4$s",
                  "lines":[{"lineNo":1,"sku":"%5$s","quantity":500,"unitPriceMinor":3000}]}]"""
                .formatted(order, email, Instant.now().minus(Duration.ofDays(4)), Instant.now().minus(Duration.ofDays(2)),
                        bought));
        String token = staff.orderToken(SHOP, order, email, "10.99.0.1");
        long orderLine = ((JsonObject) staff.customer(token, "GET", "/api/v1/portal/shops/" + SHOP + "/order", null))
                .getJsonArray("lines").getJsonObject(0).getJsonNumber("orderLineId").longValue();
        System.out.printf("Prepared at %s; returns load: %d clients in umi-outdoor%n", Instant.now(), loadClients);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(loadClients);
        List<Future<?>> load = new ArrayList<>();
        for (int c = 0; c < loadClients; c++) {
            final int client = c;
            load.add(pool.submit(() -> {
                for (int i = client; !stop.get(); i += loadClients) {
                    try {
                        (returns.submitOne(loadOrders.get(i % loadOrders.size())) ? submitted : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            }));
        }

        Histogram visible = new Histogram(60_000_000L, 3);
        Histogram change = new Histogram(60_000_000L, 3);
        Histogram read = new Histogram(60_000_000L, 3);
        long loadStart = System.nanoTime();
        int available = 1000;
        for (int i = 0; i < changes + 10; i++) {
            boolean warmUp = i < 10;
            long t0 = System.nanoTime();
            if (i % 2 == 0) {
                // A shop system's count: sellable to a new figure (none reserved but ours).
                int sellable = 1000 + i;
                staff.put(API + "/integration/stock", "[{\"sku\":\"" + target + "\",\"sellable\":" + sellable + "}]");
                available = sellable - reservedSoFar(i);
            } else {
                JsonObject created = (JsonObject) staff.customer(token, "POST", "/api/v1/portal/shops/" + SHOP + "/returns",
                        "{\"lines\":[{\"orderLineId\":" + orderLine + ",\"quantity\":1,\"reasonCode\":\"SIZE_TOO_SMALL\","
                                + "\"resolution\":\"EXCHANGE\",\"exchangeSku\":\"" + target + "\"}]}");
                String state = created.getJsonArray("lines").getJsonObject(0).getJsonObject("fulfilment").getString("state");
                if (!"RESERVED".equals(state)) {
                    throw new IllegalStateException("exchange not reserved: " + state);
                }
                available -= 1;
            }
            long t1 = System.nanoTime();
            boolean api = false;
            boolean portal = false;
            while (!(api && portal)) {
                if (!api) {
                    long r0 = System.nanoTime();
                    JsonArray levels = (JsonArray) staff.get(API + "/inventory/skus/" + target);
                    if (!warmUp) {
                        read.recordValue((System.nanoTime() - r0) / 1000);
                    }
                    api = levels.getJsonObject(0).getInt("available") == available;
                }
                if (!portal) {
                    portal = portalAvailable(staff, token, target) == available;
                }
                if (System.nanoTime() - t0 > 60_000_000_000L) {
                    throw new IllegalStateException("change " + i + " not visible after 60 s");
                }
            }
            if (!warmUp) {
                visible.recordValue((System.nanoTime() - t0) / 1000);
                change.recordValue((t1 - t0) / 1000);
            }
        }
        double seconds = (System.nanoTime() - loadStart) / 1e9;
        stop.set(true);
        for (Future<?> f : load) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("returns load meanwhile: %d submissions (%.0f/s), %d failed%n", submitted.get(),
                submitted.get() / seconds, failed.get());
        print("change visible (API and portal)", visible, changes);
        print("change call alone", change, changes);
        print("reference: one level read", read, (int) read.getTotalCount());
        System.out.printf("visible p95 / read p95 = %.1f%n", visible.getValueAtPercentile(95)
                / (double) read.getValueAtPercentile(95));
    }

    /** Exchanges made before change {@code i} (the odd ones), each holding one unit. */
    private static int reservedSoFar(int i) {
        return i / 2;
    }

    private static int portalAvailable(StaffApi staff, String token, String sku) throws Exception {
        JsonObject order = (JsonObject) staff.customer(token, "GET", "/api/v1/portal/shops/" + SHOP + "/order", null);
        for (JsonValue option : order.getJsonArray("lines").getJsonObject(0).getJsonArray("exchangeOptions")) {
            JsonObject o = option.asJsonObject();
            if (o.getString("sku").equals(sku)) {
                return o.getInt("available");
            }
        }
        return -1;
    }

    private static void print(String what, Histogram h, int count) {
        System.out.printf("%-32s %5d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", what, count,
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(95) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }
}
