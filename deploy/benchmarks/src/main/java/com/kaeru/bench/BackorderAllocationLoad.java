package com.kaeru.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

/**
 * "Allocating a restock of 1,000 units across 1,000 waiting exchanges takes ≤ 5 s" (issue 10),
 * against a running Kaeru, all through the API in {@code sakura-apparel}: size L of a new shirt is
 * sold out with a confirmed purchase order of {@code exchanges} units; {@code exchanges} customers'
 * one-unit exchanges into L become BACKORDERED (portal submissions from {@code clients} clients);
 * then the purchase order is received in one receipt, which allocates the waiting exchanges in its
 * transaction. Measured: the receipt call, and until the fulfilments API shows none waiting and all
 * {@code exchanges} reserved. Reference of the same run: a shop system's count of {@code exchanges}
 * other SKUs in one {@code PUT …/integration/stock} — the same number of ledger movements (with their
 * {@code stock.changed} events) through the same API, without the allocation's per-exchange work.
 * <pre>
 * java -cp deploy/benchmarks/target/kaeru-benchmarks-*-all.jar com.kaeru.bench.BackorderAllocationLoad \
 *     http://localhost:8080 http://localhost:8180 [exchanges 1000] [clients 8]
 * </pre>
 */
public final class BackorderAllocationLoad {
    private static final String SHOP = "sakura-apparel";
    private static final String API = "/api/v1/shops/" + SHOP;
    private static final int UNITS_PER_ORDER = 50;

    private BackorderAllocationLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int exchanges = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        StaffApi manager = new StaffApi(base, keycloak, "sakura-manager");
        StaffApi operator = new StaffApi(base, keycloak, "sakura-operator");
        // "resume:<run>:<PO>" continues a run whose exchanges are already waiting (creating them is the slow part).
        String[] resume = args.length > 4 && args[4].startsWith("resume:") ? args[4].split(":") : null;
        String run = resume != null ? resume[1] : Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String bought = "ALLOC-" + run + "-S";
        String wanted = "ALLOC-" + run + "-L";

        String po = resume != null ? resume[2] : setUp(manager, run, bought, wanted, exchanges, clients);
        long waiting = total(operator, wanted, "BACKORDERED");
        System.out.printf("waiting for %s: %d; PO %s (resume with resume:%s:%s)%n", wanted, waiting, po, run, po);
        if (waiting != exchanges) {
            throw new IllegalStateException("expected " + exchanges + " waiting, found " + waiting);
        }

        // Reference: the same number of movements through the same API, twice (the first one warms up).
        double referenceCold = reference(manager, run, exchanges, 5);
        double reference = reference(manager, run, exchanges, 7);

        long t0 = System.nanoTime();
        operator.post(API + "/inventory/purchase-orders/" + po + "/receipts",
                "{\"lines\":[{\"sku\":\"" + wanted + "\",\"quantity\":" + exchanges + "}]}");
        double receipt = (System.nanoTime() - t0) / 1e9;
        long left = total(operator, wanted, "BACKORDERED");
        long allocated = total(operator, wanted, "RESERVED,SHIPMENT_REQUESTED");
        double visible = (System.nanoTime() - t0) / 1e9;
        if (left != 0 || allocated != exchanges) {
            throw new IllegalStateException("after the receipt: " + left + " waiting, " + allocated + " allocated");
        }
        System.out.printf("reference: %d stock movements in one sync call  %.2f s (first call %.2f s)%n", exchanges,
                reference, referenceCold);
        System.out.printf("allocation: receipt of %d units allocating %d exchanges  %.2f s (until the API shows all "
                + "allocated: %.2f s)  ratio to the reference %.1f×%n", exchanges, allocated, receipt, visible,
                receipt / reference);
    }

    /** Catalog, reference SKUs, the purchase order and the waiting exchanges; answers the PO's number. */
    private static String setUp(StaffApi manager, String run, String bought, String wanted, int exchanges, int clients)
            throws Exception {
        StringBuilder products = new StringBuilder("""
                [{"externalId":"ALLOC-%1$s","nameJa":"計測用シャツ","nameEn":"Bench shirt","category":"tops",
                  "variants":[{"sku":"%2$s","size":"S","priceMinor":4000},{"sku":"%3$s","size":"L","priceMinor":4000}]}"""
                .formatted(run, bought, wanted));
        for (int p = 0; p < (exchanges + 99) / 100; p++) {
            products.append(",{\"externalId\":\"REF-").append(run).append('-').append(p)
                    .append("\",\"nameJa\":\"参照用\",\"nameEn\":\"Reference\",\"variants\":[");
            for (int v = 0; v < 100 && p * 100 + v < exchanges; v++) {
                products.append(v == 0 ? "" : ",").append("{\"sku\":\"").append(referenceSku(run, p * 100 + v))
                        .append("\",\"priceMinor\":1000}");
            }
            products.append("]}");
        }
        manager.put(API + "/integration/products", products.append(']').toString());
        String po = ((JsonObject) manager.post(API + "/inventory/purchase-orders", """
                {"supplier":"ベンチ繊維","expectedDate":"%s","confirmed":true,"lines":[{"sku":"%s","quantity":%d}]}"""
                .formatted(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7), wanted, exchanges))).getString("number");

        int orderCount = (exchanges + UNITS_PER_ORDER - 1) / UNITS_PER_ORDER;
        StringBuilder orders = new StringBuilder("[");
        for (int o = 0; o < orderCount; o++) {
            orders.append(o == 0 ? "" : ",").append("""
                    {"externalId":"ALLOC-%1$s-%2$d","orderNumber":"ALLOC-%1$s-%2$d","channel":"OWN_SITE",
                     "customerName":"計測 %2$d","customerEmail":"alloc%2$d-%3$s@example.jp","postalCode":"150-0001",
                     "prefecture":"東京都","city":"渋谷区","addressLine1":"神宮前1-2-3","orderedAt":"%4$s",
                     "deliveredAt":"%5$s","lines":[{"lineNo":1,"sku":"%6$s","quantity":%7$d,"unitPriceMinor":4000}]}"""
                    .formatted(run, o, run.toLowerCase(), Instant.now().minus(Duration.ofDays(4)),
                            Instant.now().minus(Duration.ofDays(2)), bought, UNITS_PER_ORDER));
        }
        manager.put(API + "/integration/orders", orders.append(']').toString());
        List<String> tokens = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (int o = 0; o < orderCount; o++) {
            String token = manager.orderToken(SHOP, "ALLOC-" + run + "-" + o, "alloc" + o + "-" + run.toLowerCase()
                    + "@example.jp", "10.98." + (o / 250) + "." + (o % 250));
            tokens.add(token);
            lines.add(((JsonObject) manager.customer(token, "GET", "/api/v1/portal/shops/" + SHOP + "/order", null))
                    .getJsonArray("lines").getJsonObject(0).getJsonNumber("orderLineId").longValue());
        }

        LoadPhases.Phase backorders = LoadPhases.measure(clients, exchanges, (i, client) -> {
            int o = i % orderCount;
            JsonObject created = (JsonObject) manager.customer(tokens.get(o), "POST", "/api/v1/portal/shops/" + SHOP
                    + "/returns", "{\"lines\":[{\"orderLineId\":" + lines.get(o) + ",\"quantity\":1,\"reasonCode\":"
                    + "\"SIZE_TOO_SMALL\",\"resolution\":\"EXCHANGE\",\"exchangeSku\":\"" + wanted + "\"}]}");
            return "BACKORDERED".equals(created.getJsonArray("lines").getJsonObject(0).getJsonObject("fulfilment")
                    .getString("state"));
        });
        System.out.printf("%d exchanges backordered (%.0f/s from %d clients, %d failed)%n", exchanges,
                backorders.perSecond(), clients, backorders.failed());
        return po;
    }

    private static String referenceSku(String run, int i) {
        return "REF-" + run + "-" + String.format("%04d", i);
    }

    /**
     * Shop-system counts setting every reference SKU to {@code sellable}: one movement per SKU, in calls of
     * 500 (the integration API's batch limit).
     */
    private static double reference(StaffApi manager, String run, int count, int sellable) throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add("{\"sku\":\"" + referenceSku(run, i) + "\",\"sellable\":" + sellable + "}");
        }
        long t0 = System.nanoTime();
        for (int from = 0; from < count; from += 500) {
            manager.put(API + "/integration/stock", "[" + String.join(",",
                    rows.subList(from, Math.min(count, from + 500))) + "]");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long total(StaffApi api, String sku, String states) throws Exception {
        return ((JsonObject) api.get(API + "/fulfilments?size=1&sku=" + sku + "&state=" + states))
                .getJsonNumber("total").longValue();
    }
}
