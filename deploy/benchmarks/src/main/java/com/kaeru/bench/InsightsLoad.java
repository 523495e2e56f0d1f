package com.kaeru.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures the insights of issue 11 on the data set of {@link QueueData}: the dashboard of the
 * largest shop ({@code bench-0001}, 133,593 returns) for a month, a quarter and a year, its work
 * tiles, the return-rate table by variant, a drill-down, the 50-shop agency roll-up
 * ({@code bench-agency-01}) and the monthly PDF — one sequential client, as a manager opens them,
 * with the token of {@code bench-admin} (see {@link QueueLoad}).
 * <pre>
 * java -cp deploy/benchmarks/target/kaeru-benchmarks-*-all.jar com.kaeru.bench.InsightsLoad \
 *     [http://localhost:8080] [http://localhost:8180] [requests per kind, 50] [only kinds containing this text]
 * </pre>
 */
public final class InsightsLoad {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        String only = args.length > 3 ? args[3] : "";
        new QueueLoad.KeycloakBenchUser(keycloak).ensure(QueueLoad.AGENCY, QueueLoad.USER);
        StaffApi api = new StaffApi(base, keycloak, QueueLoad.USER);
        LocalDate today = LocalDate.now(TOKYO);
        LocalDate monthStart = today.withDayOfMonth(1).minusMonths(1);
        String lastMonth = "from=" + monthStart + "&to=" + monthStart.plusMonths(1).minusDays(1);
        String shop = "/api/v1/shops/bench-0001/insights";
        String agency = "/api/v1/agencies/" + QueueLoad.AGENCY + "/insights";
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("dashboard, last 30 days", shop + "?compare=previous");
        kinds.put("dashboard, last month vs last year", shop + "?" + lastMonth + "&compare=last-year");
        kinds.put("dashboard, a quarter", shop + "?from=" + today.minusDays(90) + "&to=" + today + "&compare=previous");
        kinds.put("dashboard, a year", shop + "?from=" + today.minusDays(364) + "&to=" + today + "&compare=none");
        kinds.put("work tiles", shop + "/work");
        kinds.put("return rates by variant, month", shop + "/return-rates?dimension=VARIANT&" + lastMonth);
        kinds.put("drill: reason SIZE_TOO_SMALL", shop + "/returns?figure=REASON&key=SIZE_TOO_SMALL&" + lastMonth);
        kinds.put("agency roll-up (50 shops), 30 days", agency + "?compare=previous");
        kinds.put("agency roll-up (50 shops), month", agency + "?" + lastMonth + "&compare=last-year");
        kinds.put("monthly PDF (ja)", shop + "/report.pdf?" + lastMonth + "&compare=previous&lang=ja");
        System.out.printf("%-40s %8s %8s %8s %8s %8s%n", "query", "p50 ms", "p95 ms", "p99 ms", "max ms", "bytes");
        kinds.keySet().removeIf(kind -> !kind.contains(only));
        for (var kind : kinds.entrySet()) {
            String path = kind.getValue();
            long[] bytes = {0};
            for (int i = 0; i < 3; i++) {
                call(api, path); // warm-up
            }
            int n = path.contains("report.pdf") ? Math.max(5, requests / 5) : requests;
            LoadPhases.Phase phase = LoadPhases.measure(1, n, (i, client) -> {
                HttpResponse<byte[]> r = call(api, path);
                bytes[0] = r.body().length;
                return r.statusCode() == 200;
            });
            System.out.printf("%-40s %8.1f %8.1f %8.1f %8.1f %8d%s%n", kind.getKey(), phase.ms(50), phase.ms(95),
                    phase.ms(99), phase.latency().getMaxValue() / 1000.0, bytes[0],
                    phase.failed() > 0 ? "  FAILED " + phase.failed() : "");
        }
    }

    private static HttpResponse<byte[]> call(StaffApi api, String path) throws Exception {
        HttpResponse<byte[]> r = StaffApi.HTTP.send(HttpRequest.newBuilder(URI.create(api.base + path))
                .header("Authorization", "Bearer " + api.token()).header("Accept-Language", "ja").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + new String(r.body(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        return r;
    }
}
