package com.kaeru.backend.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestTokens;
import com.kaeru.backend.webhooks.application.WebhookMessages;
import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks end to end against a receiver in this test (a JDK HTTP server on localhost, which the
 * server may call because ITs run in development mode): every request's signature is verified
 * with the official Standard Webhooks library, a customer's return request queues its webhook in the
 * submission's own transaction for exactly the shop's enabled endpoints subscribed to it (one signed
 * message each), a 500 with Retry-After is retried under the same
 * webhook-id, a replay resends it, a rotation signs with both secrets, 410 disables the endpoint,
 * and its managers are e-mailed, internal addresses are refused as problem details, and another
 * shop can neither see nor touch the endpoints.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksIT {
    private static final String SHOP = "sakura-apparel";
    private static final String API = "/v1/shops/" + SHOP + "/webhooks";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar().addClasses(WebhookManagers.class);
    }

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private HttpServer receiver;
    /** Requests received, per path. */
    private final Map<String, BlockingQueue<Received>> received = new ConcurrentHashMap<>();
    /** Statuses to answer, per path, in order; 204 once they run out. */
    private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();

    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.get(name).get(0);
        }
    }

    @BeforeEach
    void start() throws IOException {
        RestAssured.baseURI = base.toString().replaceAll("/$", "");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", this::receive);
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Integer status = answers.getOrDefault(path, new ArrayDeque<>()).poll();
        int answer = status == null ? 204 : status;
        if (answer == 500) {
            exchange.getResponseHeaders().add("Retry-After", "1");
        }
        byte[] reply = ("answer " + answer).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer, answer == 204 ? -1 : reply.length);
        if (answer != 204) {
            exchange.getResponseBody().write(reply);
        }
        exchange.close();
        queue(path).add(new Received(headers, body));
    }

    private BlockingQueue<Received> queue(String path) {
        return received.computeIfAbsent(path, p -> new LinkedBlockingQueue<>());
    }

    private Received next(String path) throws InterruptedException {
        Received r = queue(path).poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(r).as("a request to " + path).isNotNull();
        return r;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static RequestSpecification as(String user, String group) {
        return given().auth().oauth2(TestTokens.token(user, group)).contentType("application/json");
    }

    private static RequestSpecification manager() {
        return as("sakura-manager", "/shops/sakura-apparel/manager");
    }

    private JsonPath register(String path, String types) {
        return manager().body("{\"url\":\"" + url(path) + "\",\"description\":\"IT " + run + "\",\"eventTypes\":" + types + "}")
                .post(API).then().statusCode(200).body("secret", startsWith("whsec_"))
                .body("endpoint.enabled", equalTo(true)).extract().jsonPath();
    }

    /** Verifies with the official library (it also checks the timestamp is recent) and returns the body as JSON. */
    private static JsonPath verified(Received r, String secret) throws Exception {
        new Webhook(secret).verify(r.body(), r.headers());
        return JsonPath.from(r.body());
    }

    private List<Map<String, Object>> attempts(long endpoint) {
        return manager().get(API + "/" + endpoint + "/attempts").then().statusCode(200).extract().jsonPath().getList("$");
    }

    @Test
    void aReturnRequestQueuesItsWebhookInItsOwnTransactionOncePerSubscribedEndpointOfItsShop() throws Exception {
        JsonPath first = register("/requested-a-" + run, "[\"return.requested\"]");
        JsonPath second = register("/requested-b-" + run, "[\"return.completed\",\"return.requested\"]");
        long a = first.getLong("endpoint.id");
        long b = second.getLong("endpoint.id");
        long off = register("/off-" + run, "[\"return.requested\"]").getLong("endpoint.id");
        manager().body("{\"url\":\"" + url("/off-" + run) + "\",\"eventTypes\":[\"return.requested\"],\"enabled\":false}")
                .put(API + "/" + off).then().statusCode(200).body("enabled", equalTo(false));
        long otherType = register("/other-type-" + run, "[\"refund.issued\"]").getLong("endpoint.id");
        long otherShop = as("kumo-manager", "/shops/kumo-zakka/manager")
                .body("{\"url\":\"" + url("/kumo-" + run) + "\",\"eventTypes\":[\"return.requested\"]}")
                .post("/v1/shops/kumo-zakka/webhooks").then().statusCode(200).extract().jsonPath().getLong("endpoint.id");
        String sku = "WHR-" + run;
        Shops.products(SHOP, """
                [{"externalId":"%1$s","nameJa":"返品通知","nameEn":"Return hook","variants":[{"sku":"%1$s","priceMinor":3000}]}]
                """.formatted(sku));

        String rma = Shops.refundRequest(SHOP, "WHR-" + run, "山田 花子", sku);

        // At the 2xx the deliveries are there, written by the submission's transaction itself: the event has no
        // delivery row for the former "webhooks" consumer, whose lane wrote them after the commit until issue 12.
        String eventId = Sql.text("select cast(e.event_id as text) from outbox_event e join shop s on s.id = e.shop_id "
                + "where s.slug = ? and e.event_type = 'ReturnRequested' and e.aggregate_ref = ?", SHOP, rma);
        assertThat(eventId).isNotNull();
        assertThat(Sql.number("select count(*) from webhook_delivery where event_id = cast(? as uuid) "
                + "and kind = 'EVENT' and endpoint_id in (?, ?)", eventId, a, b)).isEqualTo(2);
        assertThat(Sql.number("select count(*) from outbox_delivery d join outbox_event e on e.id = d.event_id "
                + "where e.event_id = cast(? as uuid) and d.consumer = 'webhooks'", eventId)).isZero();

        // One signed message per subscribed endpoint, the webhook-id derived from the event and the endpoint.
        Received toA = next("/requested-a-" + run);
        Received toB = next("/requested-b-" + run);
        JsonPath body = verified(toA, first.getString("secret"));
        verified(toB, second.getString("secret"));
        assertThat(body.getString("type")).isEqualTo("return.requested");
        assertThat(body.getString("data.type")).isEqualTo("ReturnRequested");
        assertThat(body.getString("data.eventId")).isEqualTo(eventId);
        assertThat(body.getString("data.aggregateId")).isEqualTo(rma);
        assertThat(Sql.number("select count(*) from outbox_event where event_id = cast(? as uuid) "
                + "and created_at = cast(? as timestamptz)", eventId, body.getString("timestamp")))
                .as("the body's timestamp is the stored event's time").isEqualTo(1);
        assertThat(toB.body()).isEqualTo(toA.body());
        assertThat(toA.header("webhook-id")).isEqualTo(WebhookMessages.messageId(UUID.fromString(eventId), a));
        assertThat(toB.header("webhook-id")).isEqualTo(WebhookMessages.messageId(UUID.fromString(eventId), b));
        for (long endpoint : List.of(a, b)) {
            await().atMost(WAIT).until(() -> attempts(endpoint).size() == 1
                    && "SUCCEEDED".equals(attempts(endpoint).get(0).get("deliveryStatus")));
            assertThat(Sql.number("select count(*) from webhook_delivery where endpoint_id = ?", endpoint)).isEqualTo(1);
        }
        // None for the switched-off endpoint, the one subscribed to another type, or another shop's endpoint.
        assertThat(Sql.number("select count(*) from webhook_delivery where endpoint_id in (?, ?, ?)", off, otherType,
                otherShop)).isZero();
        assertThat(queue("/off-" + run)).isEmpty();
        assertThat(queue("/other-type-" + run)).isEmpty();
        assertThat(queue("/kumo-" + run)).isEmpty();
        for (long endpoint : List.of(a, b, off, otherType)) {
            manager().delete(API + "/" + endpoint).then().statusCode(204);
        }
        as("kumo-manager", "/shops/kumo-zakka/manager").delete("/v1/shops/kumo-zakka/webhooks/" + otherShop).then()
                .statusCode(204);
    }

    @Test
    void signedEventIsRetriedAfterA500UnderTheSameIdThenReplayed() throws Exception {
        String path = "/flaky-" + run;
        answers.put(path, new ArrayDeque<>(List.of(500)));
        JsonPath created = register(path, "[\"stock.changed\",\"return.requested\"]");
        long endpoint = created.getLong("endpoint.id");
        String secret = created.getString("secret");
        String sku = "WH-" + run;
        Shops.products(SHOP, """
                [{"externalId":"%1$s","nameJa":"通知テスト","nameEn":"Webhook test","variants":[{"sku":"%1$s","priceMinor":1000}]}]
                """.formatted(sku));
        Shops.stock(SHOP, sku, 7);

        Received first = next(path);
        JsonPath body = verified(first, secret);
        assertThat(body.getString("type")).isEqualTo("stock.changed");
        assertThat(body.getString("data.type")).isEqualTo("StockChanged");
        assertThat(body.getInt("data.schemaVersion")).isEqualTo(1);
        assertThat(body.getString("data.data.sku")).isEqualTo(sku);
        assertThat(body.getInt("data.data.sellable")).isEqualTo(7);
        assertThat(first.header("webhook-id")).startsWith("msg_");

        Received retry = next(path);
        verified(retry, secret);
        assertThat(retry.header("webhook-id")).isEqualTo(first.header("webhook-id"));
        assertThat(retry.body()).isEqualTo(first.body());

        await().atMost(WAIT).until(() -> attempts(endpoint).size() == 2
                && "SUCCEEDED".equals(attempts(endpoint).get(0).get("deliveryStatus")));
        List<Map<String, Object>> log = attempts(endpoint);
        assertThat(log.get(0).get("responseStatus")).isEqualTo(204);
        assertThat(log.get(1).get("responseStatus")).isEqualTo(500);
        assertThat(log.get(1).get("responseExcerpt")).isEqualTo("answer 500");
        assertThat((String) log.get(1).get("requestHeaders")).contains("webhook-id: " + first.header("webhook-id"));
        assertThat(log.get(1).get("requestBody")).isEqualTo(first.body());
        assertThat(log).allSatisfy(a -> assertThat(((Number) a.get("latencyMs")).intValue()).isNotNegative());

        // Replaying the failed attempt sends the same message again: same id and body, a fresh signature.
        manager().post(API + "/" + endpoint + "/attempts/" + log.get(1).get("id") + "/replays").then().statusCode(200)
                .body("messageId", equalTo(first.header("webhook-id"))).body("eventType", equalTo("stock.changed"));
        Received replay = next(path);
        verified(replay, secret);
        assertThat(replay.header("webhook-id")).isEqualTo(first.header("webhook-id"));
        assertThat(replay.body()).isEqualTo(first.body());
        await().atMost(WAIT).until(() -> attempts(endpoint).size() == 3);
        assertThat(attempts(endpoint).get(0).get("kind")).isEqualTo("REPLAY");
        manager().delete(API + "/" + endpoint).then().statusCode(204);
    }

    @Test
    void duringARotationBothSecretsVerifyAndA410DisablesTheEndpoint() throws Exception {
        String path = "/rotating-" + run;
        JsonPath created = register(path, "[\"refund.issued\"]");
        long endpoint = created.getLong("endpoint.id");
        String old = created.getString("secret");
        String fresh = manager().body("{\"overlapHours\":1}").post(API + "/" + endpoint + "/secret-rotations").then()
                .statusCode(200).body("endpoint.rotationEndsAt", org.hamcrest.Matchers.notNullValue())
                .extract().path("secret");
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);

        manager().post(API + "/" + endpoint + "/tests").then().statusCode(200).body("eventType", equalTo("webhook.test"));
        Received test = next(path);
        assertThat(test.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(verified(test, fresh).getString("type")).isEqualTo("webhook.test");
        verified(test, old);

        // The receiver says it is gone: the endpoint is switched off and says why.
        answers.put(path, new ArrayDeque<>(List.of(410)));
        manager().post(API + "/" + endpoint + "/tests").then().statusCode(200);
        verified(next(path), fresh);
        await().atMost(WAIT).until(() -> !manager().get(API + "/" + endpoint).then().extract().jsonPath()
                .getBoolean("enabled"));
        manager().get(API + "/" + endpoint).then().body("disabledReason", equalTo("GONE"));
        // The shop's managers are told, once, by e-mail (queued in the outbox with the switch-off).
        await().atMost(WAIT).until(() -> Sql.number("select count(*) from outbox_event where event_type = "
                + "'WEBHOOK_DISABLED' and aggregate_ref = ? and payload like ?", "webhook:" + endpoint,
                "%" + WebhookManagers.MANAGER + "%") == 1);
        // Switched on again by a manager, it clears the reason.
        manager().body("{\"url\":\"" + url(path) + "\",\"eventTypes\":[\"refund.issued\"],\"enabled\":true}")
                .put(API + "/" + endpoint).then().statusCode(200).body("enabled", equalTo(true))
                .body("disabledReason", org.hamcrest.Matchers.nullValue());
        manager().delete(API + "/" + endpoint).then().statusCode(204);
    }

    @Test
    void internalTargetsAndUnknownTypesAreRefusedAsProblemDetails() {
        for (String target : List.of("https://10.0.0.8/hook", "https://169.254.169.254/latest/meta-data",
                "https://192.168.1.20/", "https://[fd00::1]/")) {
            manager().header("Accept-Language", "en")
                    .body("{\"url\":\"" + target + "\",\"eventTypes\":[\"return.approved\"]}").post(API).then()
                    .statusCode(422).contentType(containsString("application/problem+json"))
                    .body("detail", containsString("internal address"));
        }
        manager().header("Accept-Language", "ja")
                .body("{\"url\":\"http://203.0.113.9/hook\",\"eventTypes\":[\"return.approved\"]}").post(API).then()
                .statusCode(422).body("detail", containsString("https"));
        manager().body("{\"url\":\"" + url("/x") + "\",\"eventTypes\":[\"return.exploded\"]}").post(API).then()
                .statusCode(422).body("detail", containsString("return.exploded"));
        manager().body("{\"url\":\"" + url("/x") + "\",\"eventTypes\":[]}").post(API).then().statusCode(400);
        assertThat(Sql.number("select count(*) from audit_event where entity_type = 'WEBHOOK' and reason like ?",
                "%10.0.0.8%")).isZero();
    }

    @Test
    void anotherShopCannotSeeOrTouchTheEndpointsAndOperatorsMayNotManageThem() {
        long endpoint = register("/private-" + run, "[\"return.approved\"]").getLong("endpoint.id");
        RequestSpecification kumo = as("kumo-manager", "/shops/kumo-zakka/manager");
        String other = "/v1/shops/kumo-zakka/webhooks/" + endpoint;
        as("kumo-manager", "/shops/kumo-zakka/manager").get(API).then().statusCode(403);
        kumo.get(other).then().statusCode(404);
        as("kumo-manager", "/shops/kumo-zakka/manager").get("/v1/shops/kumo-zakka/webhooks").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) endpoint)));
        as("kumo-manager", "/shops/kumo-zakka/manager")
                .body("{\"url\":\"https://203.0.113.9/\",\"eventTypes\":[\"return.approved\"]}").put(other).then()
                .statusCode(404);
        as("kumo-manager", "/shops/kumo-zakka/manager").body("{}").post(other + "/secret-rotations").then().statusCode(404);
        as("kumo-manager", "/shops/kumo-zakka/manager").post(other + "/tests").then().statusCode(404);
        as("kumo-manager", "/shops/kumo-zakka/manager").get(other + "/attempts").then().statusCode(404);
        as("kumo-manager", "/shops/kumo-zakka/manager").delete(other).then().statusCode(404);
        as("sakura-operator", "/shops/sakura-apparel/operator").get(API).then().statusCode(403);
        as("sakura-operator", "/shops/sakura-apparel/operator").post(API + "/" + endpoint + "/tests").then()
                .statusCode(403);
        // Still there, untouched.
        manager().get(API + "/" + endpoint).then().statusCode(200).body("enabled", equalTo(true));
        manager().delete(API + "/" + endpoint).then().statusCode(204);
    }
}
