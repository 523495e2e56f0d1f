package com.kaeru.backend.dataexport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Mails;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data ownership end to end (docs/data-export.md): a manager exports a seeded demo shop through the background
 * worker, the ZIP's manifest matches the database, the link arrives by e-mail and expires, nobody else gets in, and
 * the ZIP imports into an empty shop with the same counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopDataExportIT {
    private static final String SHOP = "kumo-zakka";
    /** Tables whose rows nothing changes while the test runs (workers append audit and outbox rows meanwhile). */
    private static final List<String> STABLE = List.of("product", "variant", "customer_order", "order_line",
            "return_request", "return_line", "refund", "stock_movement", "stock_level", "return_reason", "policy_rule");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar().addClasses(ExportTeamDirectory.class);
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void api() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
    }

    private static RequestSpecification manager(String shop) {
        return given().auth().oauth2(TestTokens.token("export-manager", "/shops/" + shop + "/manager"));
    }

    private static long shopId(String slug) {
        return Sql.number("select id from shop where slug = ?", slug);
    }

    private static long rows(String table, long shopId) {
        return Sql.number("select count(*) from " + table + " where shop_id = ?", shopId);
    }

    /** Requests an export and waits (Awaitility, no sleeps) until the worker made it READY. */
    private static long readyExport(String shop) {
        long id = manager(shop).header("Accept-Language", "en").post("/v1/shops/" + shop + "/data-exports")
                .then().statusCode(200).body("status", equalTo("QUEUED")).extract().jsonPath().getLong("id");
        String status = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> manager(shop).get("/v1/shops/" + shop + "/data-exports/" + id).then().statusCode(200)
                        .extract().<String>path("status"), s -> "READY".equals(s) || "FAILED".equals(s));
        assertThat(status).as("export " + id + ": " + Sql.text("select error from data_export where id = ?", id))
                .isEqualTo("READY");
        return id;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    @Test
    void aManagersExportMatchesTheDatabaseArrivesByMailExpiresAndImportsIntoAnEmptyShopWithTheSameCounts()
            throws Exception {
        long source = shopId(SHOP);
        long id = readyExport(SHOP);
        var export = manager(SHOP).get("/v1/shops/" + SHOP + "/data-exports/" + id).then().statusCode(200)
                .body("progress", equalTo(100)).extract().jsonPath();

        byte[] zip = manager(SHOP).get("/v1/shops/" + SHOP + "/data-exports/" + id + "/download").then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip)))
                .isEqualTo(export.getString("sha256"));
        Map<String, byte[]> files = unzip(zip);
        JsonPath manifest = JsonPath.from(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
        assertThat(manifest.getInt("format_version")).isEqualTo(1);
        assertThat(manifest.getString("shop")).isEqualTo(SHOP);
        assertThat(manifest.getString("generated_at")).isNotBlank();
        List<Map<String, Object>> listed = manifest.getList("files");
        for (Map<String, Object> file : listed) {
            byte[] content = files.get((String) file.get("path"));
            assertThat(content).as((String) file.get("path")).isNotNull();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
                    .as("sha256 of " + file.get("path")).isEqualTo(file.get("sha256"));
        }
        for (String table : STABLE) {
            Map<String, Object> file = listed.stream().filter(f -> f.get("path").equals("tables/" + table + ".csv"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + table + " in the manifest"));
            assertThat(((Number) file.get("rows")).longValue()).as(table).isEqualTo(rows(table, source));
        }
        assertThat(rows("customer_order", source)).isPositive();
        assertThat(rows("return_request", source)).isPositive();
        String photos = files.keySet().stream().filter(f -> f.startsWith("files/return_photo/")).findFirst().orElse(null);
        if (rows("return_photo", source) > 0) {
            assertThat(photos).as("photos travel as files").isNotNull();
        }
        String giftCodes = new String(files.get("tables/gift_code.csv"), StandardCharsets.UTF_8);
        String someHash = Sql.text("select code_sha256 from gift_code where shop_id = ? limit 1", source);
        if (someHash != null) {
            assertThat(giftCodes).doesNotContain(someHash).contains("[removed]");
        }
        assertThat(new String(files.get("shop.json"), StandardCharsets.UTF_8)).contains("\"slug\":\"" + SHOP + "\"");
        // The team (Keycloak's groups): e-mail and role per person, nothing else of their accounts.
        String team = new String(files.get("team.csv"), StandardCharsets.UTF_8);
        assertThat(team.lines().toList()).first().isEqualTo("\"email\",\"role\"");
        assertThat(team).contains("\"" + ExportTeamDirectory.MANAGER + "\",\"MANAGER\"")
                .contains("\"" + ExportTeamDirectory.OPERATOR + "\",\"OPERATOR\"")
                .contains("\"" + ExportTeamDirectory.UNVERIFIED + "\",\"ANALYST\"").doesNotContain("u-hanako");
        assertThat(listed).anySatisfy(f -> assertThat(f).containsEntry("path", "team.csv").containsEntry("rows", 4));
        assertThat(Sql.number("select count(*) from audit_event where shop_id = ? and entity_type = 'DATA_EXPORT' "
                + "and entity_ref = ?", source, "E-" + id)).isGreaterThanOrEqualTo(3);

        MimeMessage mail = Mails.withSubject("export-manager@example.test", "data export is ready");
        assertThat(Mails.text(mail)).contains("/shops/" + SHOP + "/settings/data-export?download=" + id);

        String target = "other-" + UUID.randomUUID().toString().substring(0, 8);
        Sql.execute("insert into shop (slug, name) values (?, 'Other')", target);
        // Another shop's manager cannot see the export (404, not 403: no probing of ids).
        manager(target).get("/v1/shops/" + target + "/data-exports/" + id).then().statusCode(404);
        manager(target).get("/v1/shops/" + target + "/data-exports/" + id + "/download").then().statusCode(404);

        // Once expired the download is gone (410) and the worker removes the stored ZIP.
        Sql.execute("update data_export set expires_at = now() - interval '1 second' where id = ?", id);
        manager(SHOP).get("/v1/shops/" + SHOP + "/data-exports/" + id + "/download").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("https://kaeru.app/problems/gone"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                Sql.number("select count(*) from data_export_part where export_id = ?", id) == 0);
    }

    /** The demo shop's stock ledger replays only in {@code LedgerReplayOrder}: in id order one level broke a CHECK. */
    @Test
    void theExportImportsIntoAnEmptyShopWithTheSameCounts() throws Exception {
        long source = shopId(SHOP);
        long id = readyExport(SHOP);
        byte[] zip = manager(SHOP).get("/v1/shops/" + SHOP + "/data-exports/" + id + "/download").then()
                .statusCode(200).extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);
        // Round trip: the ZIP restores into an empty shop with the same counts per restored table.
        String target = "restored-" + UUID.randomUUID().toString().substring(0, 8);
        Sql.execute("insert into shop (slug, name) values (?, 'Restored')", target);
        long restoredShop = shopId(target);
        // Two imports into the same empty shop at once: one restores, the other waits for it and finds the shop
        // no longer empty (409 problem). Identical counts below prove nothing was restored twice.
        List<io.restassured.response.Response> answers = concurrently(2, () -> manager(target)
                .header("Accept-Language", "en").contentType("application/zip").body(zip).post("/v1/shops/" + target + "/data-imports"));
        assertThat(answers.stream().map(io.restassured.response.Response::statusCode).sorted().toList())
                .containsExactly(200, 409);
        var refused = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains("empty shop");
        JsonPath restored = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().jsonPath();
        assertThat(restored.getString("sourceShop")).isEqualTo(SHOP);
        for (String table : STABLE) {
            assertThat(rows(table, restoredShop)).as("restored " + table).isEqualTo(rows(table, source));
        }
        assertThat(restored.getList("notRestored")).contains("audit_event");
        // The team: verified people get their role back, the address whose account is gone is invited anew, the
        // unverified account is not handed to this shop (skipped and audited); only the import that restored did it.
        assertThat(restored.getLong("restored.team_membership")).isEqualTo(3);
        JsonPath team = manager(target).get("/v1/shops/" + target + "/team").then().statusCode(200).extract().jsonPath();
        Map<String, String> roles = new HashMap<>();
        team.getList("", Map.class).forEach(m -> roles.put((String) m.get("email"), (String) m.get("role")));
        assertThat(roles).containsOnly(Map.entry(ExportTeamDirectory.MANAGER, "MANAGER"),
                Map.entry(ExportTeamDirectory.OPERATOR, "OPERATOR"), Map.entry(ExportTeamDirectory.DELETED, "OPERATOR"));
        assertThat(Sql.number("select count(*) from audit_event where shop_id = ? and action = 'TEAM_INVITED'",
                restoredShop)).isEqualTo(3);
        assertThat(Sql.text("select entity_ref from audit_event where shop_id = ? and action = 'TEAM_IMPORT_SKIPPED'",
                restoredShop)).isEqualTo(ExportTeamDirectory.UNVERIFIED);
        assertThat(Sql.number("select sum(sellable) from stock_level where shop_id = ?", restoredShop))
                .isEqualTo(Sql.number("select sum(sellable) from stock_level where shop_id = ?", source));
        assertThat(Sql.number("select sum(units_in_returns) from order_line where shop_id = ?", restoredShop))
                .isEqualTo(Sql.number("select sum(units_in_returns) from order_line where shop_id = ?", source));
        // A second import into the now non-empty shop changes nothing.
        manager(target).contentType("application/zip").body(zip).post("/v1/shops/" + target + "/data-imports")
                .then().statusCode(409);
        // A ZIP whose file does not match its manifest is refused whole.
        String other = "restored-" + UUID.randomUUID().toString().substring(0, 8);
        Sql.execute("insert into shop (slug, name) values (?, 'Restored')", other);
        manager(other).contentType("application/zip").body(tampered(files))
                .post("/v1/shops/" + other + "/data-imports").then().statusCode(422);
        assertThat(rows("product", shopId(other))).isZero();

    }

    @Test
    void onlyManagersAndAgencyAdminsMayExport() {
        given().auth().oauth2(TestTokens.token("export-operator", "/shops/" + SHOP + "/operator"))
                .post("/v1/shops/" + SHOP + "/data-exports").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("export-analyst", "/shops/" + SHOP + "/analyst"))
                .get("/v1/shops/" + SHOP + "/data-exports").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("export-operator", "/shops/" + SHOP + "/operator"))
                .contentType("application/zip").body(new byte[] {1})
                .post("/v1/shops/" + SHOP + "/data-imports").then().statusCode(403);
    }

    @Test
    void closingShopBKeepsShopAIntactShowsTheClosedPortalAndDeletesOnlyBAfterTheGracePeriod() {
        String b = "closing-" + UUID.randomUUID().toString().substring(0, 8);
        Sql.execute("insert into shop (slug, name) values (?, '閉店テスト')", b);
        long shopB = shopId(b);
        com.kaeru.backend.it.Shops.products(b, """
                [{"externalId":"CL-1","nameJa":"湯呑み","nameEn":"Teacup","variants":[{"sku":"CL-1","priceMinor":1800}]}]
                """);
        com.kaeru.backend.it.Shops.stock(b, "CL-1", 5);
        com.kaeru.backend.it.Shops.order(b, "CL-100", "closing@example.jp", 2, 0,
                "[{\"lineNo\":1,\"sku\":\"CL-1\",\"quantity\":1,\"unitPriceMinor\":1800}]");
        long shopA = shopId(SHOP);
        // Shop A's rows that nothing but people change (workers append outbox, webhook and audit rows meanwhile).
        List<String> aTables = new java.util.ArrayList<>(STABLE);
        aTables.addAll(List.of("stock_location", "gift_code", "store_credit_entry", "coupon", "return_photo",
                "customer_blocklist", "notification_template", "api_key", "data_export"));
        Map<String, Long> before = counts(shopA, aTables);
        assertThat(rows("customer_order", shopB)).isEqualTo(1);

        given().auth().oauth2(TestTokens.token("closing-operator", "/shops/" + b + "/operator"))
                .post("/v1/shops/" + b + "/closure").then().statusCode(403);
        var closed = manager(b).header("Accept-Language", "ja").post("/v1/shops/" + b + "/closure").then()
                .statusCode(200).body("closed", equalTo(true)).extract().jsonPath();
        assertThat(closed.getLong("finalExportId")).isPositive();
        assertThat(java.time.Instant.parse(closed.getString("deletionDueAt")))
                .isAfter(java.time.Instant.now().plus(Duration.ofDays(29)));
        manager(b).post("/v1/shops/" + b + "/closure").then().statusCode(409);
        assertThat(Sql.number("select count(*) from audit_event where shop_id = ? and action = 'SHOP_CLOSED'", shopB))
                .isEqualTo(1);

        // The portal: the shop says it has closed, and a lookup is refused with a problem in the customer's language.
        given().get("/v1/portal/shops/" + b).then().statusCode(200).body("closed", equalTo(true));
        given().get("/v1/portal/shops/" + SHOP).then().statusCode(200).body("closed", equalTo(false));
        given().header("Accept-Language", "ja").contentType("application/json")
                .body("{\"orderNumber\":\"CL-100\",\"emailOrPhone\":\"closing@example.jp\"}")
                .post("/v1/portal/shops/" + b + "/order-lookups").then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("閉店"));

        // The grace period is over (the clock moved past it): the job deletes B's rows, and only B's.
        Sql.execute("update shop set deletion_due_at = now() - interval '1 minute' where id = ?", shopB);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                Sql.text("select data_deleted_at::text from shop where id = ?", shopB) != null);
        Map<String, Long> left = counts(shopB, tenantTables());
        assertThat(left).as("B's rows after the deletion").containsEntry("audit_event", 1L);
        assertThat(left.entrySet().stream().filter(e -> !e.getKey().equals("audit_event") && e.getValue() > 0).toList())
                .isEmpty();
        assertThat(Sql.text("select action from audit_event where shop_id = ?", shopB)).isEqualTo("SHOP_DATA_DELETED");
        assertThat(counts(shopA, aTables)).isEqualTo(before);
        manager(b).delete("/v1/shops/" + b + "/closure").then().statusCode(409);
    }

    /** Runs the call on {@code n} threads released at the same moment; the answers in any order. */
    private static <T> List<T> concurrently(int n, java.util.concurrent.Callable<T> call) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(n);
        try {
            List<java.util.concurrent.Future<T>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<T> answers = new java.util.ArrayList<>();
            for (var f : futures) {
                answers.add(f.get(5, java.util.concurrent.TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Rows per table of a shop (as the superuser, so whatever RLS would show). */
    private static Map<String, Long> counts(long shopId, List<String> tables) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        tables.forEach(table -> counts.put(table, rows(table, shopId)));
        return counts;
    }

    private static List<String> tenantTables() {
        String all = Sql.text("select string_agg(table_name, ',' order by table_name) from information_schema.columns "
                + "where table_schema = 'public' and column_name = 'shop_id' and table_name in (select table_name "
                + "from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE')");
        return List.of(all.split(","));
    }

    /** The archive with one table file changed and its manifest left as it was. */
    private static byte[] tampered(Map<String, byte[]> files) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (var e : files.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getKey().equals("tables/product.csv")
                        ? (new String(e.getValue(), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8)
                        : e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
