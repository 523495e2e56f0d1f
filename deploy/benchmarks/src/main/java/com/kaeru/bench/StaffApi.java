package com.kaeru.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

/**
 * The few API calls the stock benchmarks make, as a demo user with a real Keycloak token or as a
 * customer with an order token; anything but the expected status stops the benchmark.
 */
final class StaffApi {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    final String base;
    private final String token;

    StaffApi(String base, String keycloak, String username) throws Exception {
        this.base = base;
        String form = "client_id=kaeru-cli&grant_type=password&password=kaeru-demo&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/kaeru/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token for " + username + ": " + r.statusCode());
        }
        this.token = Json.createReader(new StringReader(r.body())).readObject().getString("access_token");
    }

    /** The bearer token, for load generators that build their own requests. */
    String token() {
        return token;
    }

    JsonStructure get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET());
    }

    JsonStructure put(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    JsonStructure post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A customer's order token, as the portal's lookup gives it (each caller address its own throttle). */
    String orderToken(String shop, String orderNumber, String email, String clientAddress) throws Exception {
        return ((jakarta.json.JsonObject) send(HttpRequest.newBuilder(URI.create(base + "/api/v1/portal/shops/" + shop
                        + "/order-lookups")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString("{\"orderNumber\":\"" + orderNumber + "\",\"emailOrPhone\":\""
                        + email + "\"}")))).getString("token");
    }

    /** A call with the customer's order token (the portal's API). */
    JsonStructure customer(String orderToken, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("X-Kaeru-Order-Token", orderToken);
        return send(json == null ? b.GET() : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private static JsonStructure send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.request().method() + " " + r.request().uri() + ": " + r.statusCode() + " "
                    + r.body());
        }
        return Json.createReader(new StringReader(r.body())).read();
    }
}
