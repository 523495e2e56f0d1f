package com.kaeru.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.kaeru.address.AddressInput;
import com.kaeru.address.PostalDirectory;
import jakarta.json.Json;

/**
 * Latency of the public address check endpoint ({@code POST /api/v1/addresses/checks}, target
 * p99 ≤ 5 ms) against a running Kaeru ({@code ./deploy/run.sh}), measured like a form would call
 * it: real addresses from the directory in the styles people type (7 in 8 right, 1 in 8 with
 * the code of another address, which takes the slow path), answered in Japanese.
 * <pre>
 * java -cp deploy/benchmarks/target/kaeru-benchmarks-*-all.jar com.kaeru.bench.AddressCheckLoad \
 *     [base URL, http://localhost:8080] [requests per phase, 20000] [clients per phase…, 1 4 16]
 * </pre>
 * No token and no set-up: the endpoint is public and reads no shop data.
 */
public final class AddressCheckLoad {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private AddressCheckLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        List<Integer> clientCounts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            clientCounts.add(Integer.parseInt(args[i]));
        }
        if (clientCounts.isEmpty()) {
            clientCounts = List.of(1, 4, 16);
        }
        URI checks = URI.create(base + "/api/v1/addresses/checks");
        List<String> bodies = bodies();

        LoadPhases.Call call = (i, client) -> {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(checks)
                    .header("Content-Type", "application/json").header("Accept-Language", "ja")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"findings\"");
        };
        LoadPhases.measure(4, Math.min(requests, 5_000), call); // warm-up: JIT of server and client
        System.out.printf("POST %s, %d different bodies%n", checks, bodies.size());
        for (int clients : clientCounts) {
            LoadPhases.Phase phase = LoadPhases.measure(clients, requests, call);
            System.out.printf("check %2d client(s)  %6d requests  %7.0f req/s  p50 %5.2f ms  p95 %5.2f ms  "
                            + "p99 %5.2f ms  max %6.1f ms  failed %d%n", clients, requests, phase.perSecond(),
                    phase.ms(50), phase.ms(95), phase.ms(99), phase.ms(100), phase.failed());
        }
    }

    /** JSON bodies of real addresses; every eighth carries the postal code of the address before it. */
    private static List<String> bodies() {
        AddressInput[] sample = AddressCheckBenchmark.sample(PostalDirectory.load(), new Random(20261121));
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < sample.length; i++) {
            AddressInput a = sample[i];
            String code = i % 8 == 7 ? sample[i - 1].postalCode() : a.postalCode();
            bodies.add(Json.createObjectBuilder().add("postalCode", code).add("prefecture", a.prefecture())
                    .add("city", a.city()).add("addressLine", a.addressLine()).add("building", a.building())
                    .build().toString());
        }
        return bodies;
    }
}
