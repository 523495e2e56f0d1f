package com.kaeru.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Measures the staff returns queue ({@code GET /api/v1/shops/{shop}/returns}) on the data set of
 * {@link QueueData}, with a real Keycloak token, per query kind: opening the queue, paging, each
 * filter, and search by RMA, order number, e-mail and name; for a large and a typical shop, and
 * the agency queue ({@code GET /api/v1/agencies/{agency}/returns}) when the backend has it.
 * <pre>
 * java -cp deploy/benchmarks/target/kaeru-benchmarks-*-all.jar com.kaeru.bench.QueueLoad \
 *     [http://localhost:8080] [http://localhost:8180] [requests per kind, 200] [clients, 1]
 *     [targets, default bench-0001,bench-0501,bench-agency-01]
 * </pre>
 * The token belongs to {@code bench-admin} (password {@code kaeru-demo}), admin of
 * {@code bench-agency-01}, which holds bench-0001 (the largest shop) and bench-0501 (a median one).
 * The user and its group are created through Keycloak's Admin REST API with the dev realm's master
 * admin ({@code admin}/{@code admin}) when missing.
 */
public final class QueueLoad {
    static final String AGENCY = "bench-agency-01";
    static final String USER = "bench-admin";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String[] SURNAMES = {"佐藤", "鈴木", "田中", "山田", "坂本", "長谷川", "森"};
    private static final String[] GIVEN = {"花子", "太郎", "美咲", "翔太", "修"};
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    private final String base;
    private final String keycloak;
    private volatile String token;
    private final Random random = new Random(7);

    private QueueLoad(String base, String keycloak) {
        this.base = base;
        this.keycloak = keycloak;
    }

    public static void main(String[] args) throws Exception {
        QueueLoad load = new QueueLoad(args.length > 0 ? args[0] : "http://localhost:8080",
                args.length > 1 ? args[1] : "http://localhost:8180");
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        new KeycloakBenchUser(load.keycloak).ensure(AGENCY, USER);
        load.token = load.userToken();
        System.out.printf("%-10s %-28s %8s %8s %8s %8s %8s %9s%n", "shop", "query", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "req/s", "matches");
        List<String> targets = args.length > 4 ? List.of(args[4].split(","))
                : List.of("bench-0001", "bench-0501", AGENCY);
        for (String target : targets) {
            if (target.equals(AGENCY)) {
                load.agency(requests, clients);
            } else {
                load.shop(target, requests, clients);
            }
        }
    }

    private void shop(String shop, int requests, int clients) throws Exception {
        String path = "/api/v1/shops/" + shop + "/returns";
        JsonObject first = json(get(path + "?size=50"));
        long total = first.getJsonNumber("total").longValue();
        // Real values to search for, taken from the queue itself.
        List<JsonObject> rows = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            json(get(path + "?size=200&page=" + p * 7)).getJsonArray("items").forEach(v -> rows.add(v.asJsonObject()));
        }
        LocalDate today = LocalDate.now(TOKYO);
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("open (page 0 of 50)", i -> "?size=50");
        kinds.put("page 1-20", i -> "?size=50&page=" + (1 + random.nextInt(20)));
        kinds.put("page 21-200", i -> "?size=50&page=" + (21 + random.nextInt(180)));
        kinds.put("status NEEDS_REVIEW", i -> "?size=50&status=NEEDS_REVIEW");
        kinds.put("status RECEIVED,INSPECTED", i -> "?size=50&status=RECEIVED,INSPECTED");
        kinds.put("status COMPLETED", i -> "?size=50&status=COMPLETED&page=" + random.nextInt(5));
        kinds.put("overdue", i -> "?size=50&overdue=true");
        kinds.put("dates: last 7 days", i -> "?size=50&from=" + today.minusDays(7) + "&to=" + today);
        kinds.put("dates: a month last year", i -> "?size=50&from=" + today.minusDays(400) + "&to="
                + today.minusDays(370));
        kinds.put("received today", i -> "?size=50&dateField=RECEIVED&from=" + today + "&to=" + today);
        kinds.put("reason SIZE (+children)", i -> "?size=50&reason=SIZE");
        kinds.put("reason WRONG_ITEM", i -> "?size=50&reason=WRONG_ITEM");
        kinds.put("exchange, pickup", i -> "?size=50&resolution=EXCHANGE&method=PICKUP");
        kinds.put("status+reason+dates", i -> "?size=50&status=COMPLETED,RECEIVED&reason=SIZE&from="
                + today.minusDays(90) + "&to=" + today);
        kinds.put("search RMA", i -> "?size=50&q=" + pick(rows).getString("rmaNumber"));
        kinds.put("search order number", i -> "?size=50&q=" + pick(rows).getString("orderNumber"));
        kinds.put("search e-mail", i -> "?size=50&q=" + encode(pick(rows).getString("customerEmail")
                .toUpperCase(java.util.Locale.ROOT)));
        kinds.put("search surname", i -> "?size=50&q=" + encode(SURNAMES[random.nextInt(SURNAMES.length)]));
        kinds.put("search given name", i -> "?size=50&q=" + encode(GIVEN[random.nextInt(GIVEN.length)]));
        // Text that can only be a name: the full substring scan of the shop's orders, with nothing found.
        kinds.put("search no match", i -> "?size=50&q=" + encode("該当なし" + "アイウエオカキクケコ".charAt(random.nextInt(10))));
        System.out.printf("-- %s: %d returns%n", shop, total);
        for (var kind : kinds.entrySet()) {
            measure(shop, kind.getKey(), path, kind.getValue(), requests, clients);
        }
    }

    private void agency(int requests, int clients) throws Exception {
        String path = "/api/v1/agencies/" + AGENCY + "/returns";
        HttpResponse<String> probe = send(path + "?size=50");
        if (probe.statusCode() != 200) {
            System.out.printf("-- agency queue: %d (not measured)%n", probe.statusCode());
            return;
        }
        LocalDate today = LocalDate.now(TOKYO);
        System.out.printf("-- %s: %d returns%n", AGENCY, json(probe.body()).getJsonNumber("total").longValue());
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("open (page 0 of 50)", i -> "?size=50");
        kinds.put("page 1-20", i -> "?size=50&page=" + (1 + random.nextInt(20)));
        kinds.put("status NEEDS_REVIEW", i -> "?size=50&status=NEEDS_REVIEW");
        kinds.put("overdue", i -> "?size=50&overdue=true");
        kinds.put("dates: last 7 days", i -> "?size=50&from=" + today.minusDays(7) + "&to=" + today);
        kinds.put("reason WRONG_ITEM", i -> "?size=50&reason=WRONG_ITEM");
        kinds.put("search surname", i -> "?size=50&q=" + encode(SURNAMES[random.nextInt(SURNAMES.length)]));
        for (var kind : kinds.entrySet()) {
            measure(AGENCY, kind.getKey(), path, kind.getValue(), requests, clients);
        }
    }

    private void measure(String shop, String kind, String path, IntFunction<String> query, int requests, int clients)
            throws Exception {
        long[] matches = {-1};
        for (int i = 0; i < 10; i++) {
            send(path + query.apply(i));
        }
        LoadPhases.Phase phase = LoadPhases.measure(clients, requests, (i, client) -> {
            HttpResponse<String> r = send(path + query.apply(i));
            if (r.statusCode() == 200 && i == 0) {
                matches[0] = json(r.body()).getJsonNumber("total").longValue();
            }
            return r.statusCode() == 200;
        });
        System.out.printf("%-10s %-28s %8.1f %8.1f %8.1f %8.1f %8.0f %9s%s%n", shop.replace("bench-agency-", "agency-"),
                kind, phase.ms(50), phase.ms(95), phase.ms(99), phase.latency().getMaxValue() / 1000.0,
                phase.perSecond(), matches[0], phase.failed() > 0 ? "  FAILED " + phase.failed() : "");
    }

    private JsonObject pick(List<JsonObject> rows) {
        synchronized (random) {
            return rows.get(random.nextInt(rows.size()));
        }
    }

    private String userToken() throws Exception {
        String form = "client_id=kaeru-cli&grant_type=password&username=" + USER + "&password=kaeru-demo";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/kaeru/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).getString("access_token");
    }

    private HttpResponse<String> send(String pathAndQuery) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "ja").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 401) {
            synchronized (this) {
                token = userToken();
            }
            return send(pathAndQuery);
        }
        return r;
    }

    private String get(String pathAndQuery) throws Exception {
        HttpResponse<String> r = send(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(pathAndQuery + " " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** The benchmark's staff user in Keycloak, created with the dev master admin when missing. */
    static final class KeycloakBenchUser {
        private final String keycloak;
        private String admin;

        KeycloakBenchUser(String keycloak) {
            this.keycloak = keycloak;
        }

        void ensure(String agency, String username) throws Exception {
            HttpResponse<String> t = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                            + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("client_id=admin-cli&grant_type=password&username=admin"
                            + "&password=admin")).build(), HttpResponse.BodyHandlers.ofString());
            admin = json(t.body()).getString("access_token");
            String agencies = json(call("GET", "/group-by-path/agencies", null).body()).getString("id");
            String agencyGroup = child(agencies, agency);
            String admins = child(agencyGroup, "admins");
            JsonArray users = Json.createReader(new StringReader(call("GET", "/users?exact=true&username=" + username,
                    null).body())).readArray();
            String userId;
            if (users.isEmpty()) {
                HttpResponse<String> created = call("POST", "/users", """
                        {"username":"%s","enabled":true,"email":"%s@example.jp","emailVerified":true,
                         "firstName":"Bench","lastName":"Admin",
                         "credentials":[{"type":"password","value":"kaeru-demo","temporary":false}]}"""
                        .formatted(username, username));
                String location = created.headers().firstValue("Location").orElseThrow();
                userId = location.substring(location.lastIndexOf('/') + 1);
            } else {
                userId = users.getJsonObject(0).getString("id");
            }
            call("PUT", "/users/" + userId + "/groups/" + admins, "");
        }

        private String child(String parentId, String name) throws Exception {
            JsonArray children = Json.createReader(new StringReader(call("GET", "/groups/" + parentId
                    + "/children?max=1000&search=" + name, null).body())).readArray();
            for (JsonValue child : children) {
                if (child.asJsonObject().getString("name").equals(name)) {
                    return child.asJsonObject().getString("id");
                }
            }
            HttpResponse<String> created = call("POST", "/groups/" + parentId + "/children",
                    "{\"name\":\"" + name + "\"}");
            return json(created.body()).getString("id");
        }

        private HttpResponse<String> call(String method, String path, String body) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/kaeru" + path))
                    .header("Authorization", "Bearer " + admin);
            if (body != null) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " " + r.statusCode() + " " + r.body());
            }
            return r;
        }
    }
}
