package com.kaeru.backend.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.net.URL;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The integrator API: idempotent upserts, per-record errors, limits, and shop isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegrationApiIT {
    private static final String SAKURA = "/v1/shops/sakura-apparel/integration";
    private static final String KUMO = "/v1/shops/kumo-zakka/integration";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.baseURI = base.toString().replaceAll("/$", "");
    }

    private RequestSpecification sakuraManager() {
        return given().auth().oauth2(TestTokens.token("sakura-manager", "/shops/sakura-apparel/manager"))
                .contentType("application/json");
    }

    private String product(String id, String sku, long price) {
        return """
                {"externalId":"%s","nameJa":"リネンシャツ","nameEn":"Linen shirt","category":"shirts",
                 "tags":["linen","summer"],"variants":[{"sku":"%s","size":"M","color":"white","priceMinor":%d}]}
                """.formatted(id, sku, price);
    }

    @Test
    void sameBatchTwiceChangesNothingTheSecondTime() {
        String body = "[" + product("P-" + run, "SKU-" + run, 5900) + "]";
        sakuraManager().body(body).put(SAKURA + "/products").then().statusCode(200)
                .body("created", equalTo(1)).body("records[0].outcome", equalTo("CREATED"));
        sakuraManager().body(body).put(SAKURA + "/products").then().statusCode(200)
                .body("unchanged", equalTo(1)).body("records[0].outcome", equalTo("UNCHANGED"));
        sakuraManager().body("[" + product("P-" + run, "SKU-" + run, 4900) + "]").put(SAKURA + "/products").then()
                .statusCode(200).body("records[0].outcome", equalTo("UPDATED"));
    }

    @Test
    void badRecordsAreReportedWhileGoodOnesAreSaved() {
        String bad = "{\"externalId\":\"BAD-" + run + "\",\"nameEn\":\"No Japanese name\",\"variants\":[]}";
        sakuraManager().body("[" + bad + "," + product("GOOD-" + run, "GOOD-SKU-" + run, 1200) + "]")
                .put(SAKURA + "/products").then().statusCode(200)
                .body("created", equalTo(1)).body("rejected", equalTo(1))
                .body("records[0].outcome", equalTo("REJECTED"))
                .body("records[0].errors.field", hasItem("nameJa"))
                .body("records[0].errors.field", hasItem("variants"))
                .body("records[1].outcome", equalTo("CREATED"));
    }

    @Test
    void skuOfAnotherProductIsRefused() {
        sakuraManager().body("[" + product("A-" + run, "SHARED-" + run, 1000) + "]").put(SAKURA + "/products")
                .then().statusCode(200).body("created", equalTo(1));
        sakuraManager().body("[" + product("B-" + run, "SHARED-" + run, 1000) + "]").put(SAKURA + "/products")
                .then().statusCode(200).body("rejected", equalTo(1))
                .body("records[0].errors[0].message", containsString("A-" + run));
    }

    @Test
    void stockAndOrdersAreUpsertedBySkuAndExternalId() {
        sakuraManager().body("[" + product("S-" + run, "S-SKU-" + run, 3000) + "]").put(SAKURA + "/products")
                .then().statusCode(200);
        sakuraManager().body("[{\"sku\":\"S-SKU-" + run + "\",\"sellable\":5},{\"sku\":\"NOPE-" + run + "\",\"sellable\":1}]")
                .put(SAKURA + "/stock").then().statusCode(200)
                .body("updated", equalTo(1)).body("rejected", equalTo(1));
        String order = """
                [{"externalId":"O-%1$s","orderNumber":"ORD-%1$s","channel":"RAKUTEN","customerName":"山田 太郎",
                  "customerEmail":"taro@example.jp","customerPhone":"090-1234-5678","orderedAt":"2026-11-01T01:00:00Z",
                  "deliveredAt":"2026-11-03T05:00:00Z","orderDiscountMinor":300,
                  "lines":[{"lineNo":1,"sku":"S-SKU-%1$s","quantity":2,"unitPriceMinor":3000}]}]
                """.formatted(run);
        sakuraManager().body(order).put(SAKURA + "/orders").then().statusCode(200).body("created", equalTo(1));
        sakuraManager().body(order).put(SAKURA + "/orders").then().statusCode(200).body("unchanged", equalTo(1));
    }

    @Test
    void anotherShopsSkusDoNotExistHere() {
        sakuraManager().body("[" + product("X-" + run, "X-SKU-" + run, 3000) + "]").put(SAKURA + "/products")
                .then().statusCode(200);
        String order = """
                [{"externalId":"KO-%1$s","orderNumber":"KORD-%1$s","channel":"OWN_SITE","customerName":"A",
                  "customerEmail":"a@example.jp","orderedAt":"2026-11-01T01:00:00Z",
                  "lines":[{"lineNo":1,"sku":"X-SKU-%1$s","quantity":1,"unitPriceMinor":3000}]}]
                """.formatted(run);
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .contentType("application/json").body(order).put(KUMO + "/orders").then().statusCode(200)
                .body("rejected", equalTo(1)).body("records[0].errors[0].message", containsString("Unknown SKU"));
    }

    @Test
    void operatorsAndOtherShopsCannotImport() {
        given().auth().oauth2(TestTokens.token("sakura-operator", "/shops/sakura-apparel/operator"))
                .contentType("application/json").body("[]").put(SAKURA + "/products").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .contentType("application/json").body("[]").put(SAKURA + "/products").then().statusCode(403);
    }

    @Test
    void oversizedWrongTypedOrMalformedBatchesAre400AndChangeNothing() {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= 500; i++) {
            many.append(i == 0 ? "" : ",").append("{\"sku\":\"x\",\"sellable\":1}");
        }
        sakuraManager().body(many.append("]").toString()).put(SAKURA + "/stock").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("500"));
        sakuraManager().body("[{\"externalId\":\"T-" + run + "\",\"variants\":[{\"sku\":\"T\",\"priceMinor\":\"abc\"}]}]")
                .put(SAKURA + "/products").then().statusCode(400).contentType("application/problem+json");
        sakuraManager().body("{not json").put(SAKURA + "/products").then().statusCode(400)
                .contentType("application/problem+json");
        sakuraManager().body("{\"not\":\"a list\"}").put(SAKURA + "/products").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void apiKeysLetShopSystemsImportAndNothingMore() {
        String key = sakuraManager().body("{\"name\":\"Rakuten RMS sync\"}").post("/v1/shops/sakura-apparel/api-keys")
                .then().statusCode(200).body("name", equalTo("Rakuten RMS sync")).extract().path("key");
        // The secret is base64url and may itself contain '_': split into exactly three parts.
        String[] parts = key.split("_", 3);
        String prefix = parts[1];
        String secret = parts[2];
        given().header("X-Api-Key", key).contentType("application/json")
                .body("[" + product("KEY-" + run, "KEY-SKU-" + run, 1000) + "]").put(SAKURA + "/products").then()
                .statusCode(200).body("created", equalTo(1));
        // Read access, but no settings, no other shop, no forged or revoked key.
        given().header("X-Api-Key", key).get("/v1/shops/sakura-apparel/returns").then().statusCode(200);
        given().header("X-Api-Key", key).contentType("application/json").body("{\"rules\":[]}")
                .put("/v1/shops/sakura-apparel/policy").then().statusCode(403);
        given().header("X-Api-Key", key).contentType("application/json").body("[]").put(KUMO + "/products").then()
                .statusCode(401).contentType("application/problem+json");
        given().header("X-Api-Key", forged(key)).contentType("application/json")
                .body("[]").put(SAKURA + "/products").then().statusCode(401);
        sakuraManager().get("/v1/shops/sakura-apparel/api-keys").then().statusCode(200)
                .body("find { it.prefix == '" + prefix + "' }.lastUsedAt", org.hamcrest.Matchers.notNullValue())
                .body(org.hamcrest.Matchers.not(containsString(secret)));
        given().auth().oauth2(TestTokens.token("sakura-operator", "/shops/sakura-apparel/operator"))
                .delete("/v1/shops/sakura-apparel/api-keys/" + prefix).then().statusCode(403);
        sakuraManager().delete("/v1/shops/sakura-apparel/api-keys/" + prefix).then().statusCode(200)
                .body("revokedAt", org.hamcrest.Matchers.notNullValue());
        given().header("X-Api-Key", key).contentType("application/json").body("[]").put(SAKURA + "/products").then()
                .statusCode(401);
    }

    // --- CSV import (issue 12) ---

    private static final String IMPORTS = "/v1/shops/sakura-apparel/imports";

    /** A Rakuten RMS export in Shift_JIS: order 1 is valid, order 2 has a quantity of 0 on line 3. */
    private byte[] rakutenFile(String sku) {
        String csv = "注文番号,注文日時,注文者名,注文者メールアドレス,SKU管理番号,個数,単価\r\n"
                + "RK1-" + run + ",2026-11-01 10:00:00,山田 太郎,taro@example.jp," + sku + ",1,\"3,000\"\r\n"
                + "RK2-" + run + ",2026/11/02 11:00,佐藤 花子,hanako@example.jp," + sku + ",0,3000\r\n";
        return csv.getBytes(java.nio.charset.Charset.forName("windows-31j"));
    }

    private RequestSpecification csvUpload(String language) {
        return given().auth().oauth2(TestTokens.token("sakura-manager", "/shops/sakura-apparel/manager"))
                .header("Accept-Language", language).contentType("text/csv");
    }

    private int previewRakuten(String sku) {
        return csvUpload("ja").queryParam("preset", "RAKUTEN_RMS").queryParam("fileName", "rakuten.csv")
                .body(rakutenFile(sku)).post(IMPORTS + "/orders").then().statusCode(200)
                .body("status", equalTo("PREVIEWED")).body("charset", equalTo("windows-31j"))
                .body("totalRows", equalTo(2)).body("validOrders", equalTo(1)).body("invalidOrders", equalTo(1))
                .body("errors[0].line", equalTo(3)).body("errors[0].column", equalTo("個数"))
                .body("errors[0].message", equalTo("個数は1以上の整数で入力してください"))
                .body("sample[0].externalId", equalTo("rakuten-RK1-" + run))
                .extract().path("id");
    }

    @Test
    void aShiftJisRakutenFileIsPreviewedThenCommittedAllOrNothingOrValidRowsOnly() {
        String sku = "CSV-SKU-" + run;
        sakuraManager().body("[" + product("CSV-" + run, sku, 3000) + "]").put(SAKURA + "/products").then()
                .statusCode(200);
        int job = previewRakuten(sku);
        csvUpload("en").get(IMPORTS + "/" + job).then().statusCode(200)
                .body("errors[0].message", equalTo("Quantity must be a whole number of at least 1"));
        // All or nothing: the file has an error, so nothing is imported and the job stays previewed.
        csvUpload("ja").post(IMPORTS + "/" + job + "/commit?mode=ALL_OR_NOTHING").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("1 件"));
        csvUpload("en").get(IMPORTS + "/" + job).then().statusCode(200).body("status", equalTo("PREVIEWED"))
                .body("imported", equalTo(0));
        csvUpload("en").post(IMPORTS + "/" + job + "/commit?mode=VALID_ONLY").then().statusCode(200)
                .body("status", equalTo("COMMITTED")).body("mode", equalTo("VALID_ONLY")).body("imported", equalTo(1));
        // The order exists now: its number belongs to the imported external id.
        String clash = """
                [{"externalId":"OTHER-%1$s","orderNumber":"RK1-%1$s","channel":"OTHER","customerName":"A",
                  "customerEmail":"a@example.jp","orderedAt":"2026-11-01T01:00:00Z",
                  "lines":[{"lineNo":1,"sku":"%2$s","quantity":1,"unitPriceMinor":3000}]}]
                """.formatted(run, sku);
        sakuraManager().body(clash).put(SAKURA + "/orders").then().statusCode(200).body("rejected", equalTo(1))
                .body("records[0].errors[0].message", containsString("rakuten-RK1-" + run));
        // Committing again changes nothing; the same file uploaded again upserts the same order.
        String committedAt = csvUpload("en").post(IMPORTS + "/" + job + "/commit?mode=VALID_ONLY").then()
                .statusCode(200).body("imported", equalTo(1)).extract().path("committedAt");
        csvUpload("en").get(IMPORTS + "/" + job).then().body("committedAt", equalTo(committedAt));
        int again = previewRakuten(sku);
        csvUpload("en").post(IMPORTS + "/" + again + "/commit?mode=VALID_ONLY").then().statusCode(200)
                .body("imported", equalTo(1));
        String errors = csvUpload("ja").get(IMPORTS + "/" + job + "/errors.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        org.assertj.core.api.Assertions.assertThat(errors).contains("3,個数,個数は1以上の整数で入力してください");
        csvUpload("en").get(IMPORTS).then().statusCode(200)
                .body("find { it.id == " + job + " }.createdBy", org.hamcrest.Matchers.notNullValue())
                .body("find { it.id == " + job + " }.fileName", equalTo("rakuten.csv"));
    }

    @Test
    void concurrentCommitsOfOneJobImportItOnce() throws Exception {
        String sku = "CC-SKU-" + run;
        sakuraManager().body("[" + product("CC-" + run, sku, 3000) + "]").put(SAKURA + "/products").then()
                .statusCode(200);
        int job = previewRakuten(sku);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<io.restassured.response.Response>> commits =
                    new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                commits.add(pool.submit(() -> csvUpload("en")
                        .post(IMPORTS + "/" + job + "/commit?mode=VALID_ONLY")));
            }
            java.util.Set<String> committedAt = new java.util.HashSet<>();
            for (var f : commits) {
                io.restassured.response.Response r = f.get();
                org.assertj.core.api.Assertions.assertThat(r.statusCode()).isEqualTo(200);
                org.assertj.core.api.Assertions.assertThat(r.jsonPath().getInt("imported")).isEqualTo(1);
                committedAt.add(r.jsonPath().getString("committedAt"));
            }
            // One transaction committed the job; the others waited on its row and found it committed.
            org.assertj.core.api.Assertions.assertThat(committedAt).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * An instance died during a background commit: its transaction rolled back, but the job row still says
     * COMMITTING. Once the lease (the worker's heartbeat) has run out and nobody holds the job's lock, a sweeper
     * puts it back to PREVIEWED with a readable reason (ja and en), nothing of it imported, and it commits again.
     */
    @Test
    void aCommitLeftByADeadInstanceIsGivenUpWhenItsLeaseRunsOutAndCommitsAgain() {
        String sku = "LEASE-SKU-" + run;
        sakuraManager().body("[" + product("LEASE-" + run, sku, 3000) + "]").put(SAKURA + "/products").then()
                .statusCode(200);
        int job = previewRakuten(sku);
        // What a crash leaves behind: COMMITTING, the lease of the dead worker, no order written.
        Sql.execute("update import_job set status = 'COMMITTING', mode = 'VALID_ONLY', progress_total = 1, "
                + "lease_until = now() - interval '1 minute' where id = ?", job);
        awaitImport(job, "PREVIEWED").body("imported", equalTo(0)).body("mode", org.hamcrest.Matchers.nullValue())
                .body("failure", containsString("the server running it stopped; nothing was imported"));
        csvUpload("ja").get(IMPORTS).then().statusCode(200)
                .body("find { it.id == " + job + " }.failure", containsString("サーバーが停止したため中断しました"));
        org.assertj.core.api.Assertions.assertThat(Sql.number("select count(*) from customer_order "
                + "where external_id = ?", "rakuten-RK1-" + run)).isZero();
        csvUpload("en").post(IMPORTS + "/" + job + "/commit?mode=VALID_ONLY").then().statusCode(200)
                .body("status", equalTo("COMMITTED")).body("imported", equalTo(1))
                .body("failure", org.hamcrest.Matchers.nullValue());
        org.assertj.core.api.Assertions.assertThat(Sql.text("select coalesce(lease_until::text, 'none') "
                + "from import_job where id = ?", job)).isEqualTo("none");
    }

    @Test
    void importsBelongToOneShopAndBadUploadsAreProblems() {
        int job = previewRakuten("NONE-" + run);
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .get("/v1/shops/kumo-zakka/imports/" + job).then().statusCode(404);
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .get("/v1/shops/kumo-zakka/imports").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(job)));
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                .get(IMPORTS + "/" + job).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("sakura-operator", "/shops/sakura-apparel/operator"))
                .contentType("text/csv").body("a,b\n").post(IMPORTS + "/orders").then().statusCode(403);
        csvUpload("en").body(new byte[0]).post(IMPORTS + "/orders").then().statusCode(422)
                .contentType("application/problem+json");
        csvUpload("en").queryParam("preset", "NOPE").body("a\n".getBytes()).post(IMPORTS + "/orders").then()
                .statusCode(422);
        // Garbage: previewed as a file whose required columns are missing, nothing to import.
        csvUpload("en").body(new byte[] {0, 1, 2, (byte) 0xff, '"', 'x'}).post(IMPORTS + "/orders").then()
                .statusCode(200).body("validOrders", equalTo(0)).body("errorCount", org.hamcrest.Matchers.greaterThan(0));
        byte[] huge = new byte[com.kaeru.api.integration.ImportsApi.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        csvUpload("en").body(huge).post(IMPORTS + "/orders").then().statusCode(413);
        // A 200 MB upload is refused from its Content-Length, before the server reads (and buffers) the body.
        org.assertj.core.api.Assertions.assertThat(declaredUploadStatus(200L * 1024 * 1024))
                .startsWith("HTTP/1.1 413");
        // The saved mapping belongs to the shop.
        try {
            csvUpload("en").contentType("application/json").body("{\"columns\":{\"SKU\":\"商品管理番号\"}}")
                    .put(IMPORTS + "/mapping").then().statusCode(200).body("columns.SKU", equalTo("商品管理番号"));
            csvUpload("en").contentType("application/json").body("{\"columns\":{\"NOPE\":\"x\"}}")
                    .put(IMPORTS + "/mapping").then().statusCode(422);
            given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"))
                    .get("/v1/shops/kumo-zakka/imports/mapping").then().statusCode(200)
                    .body("columns.SKU", org.hamcrest.Matchers.nullValue());
        } finally {
            csvUpload("en").contentType("application/json").body("{\"columns\":{}}").put(IMPORTS + "/mapping");
        }
    }

    // --- CSV import: the set-based commit of a large file ---

    private static final String BULK_HEADER = "注文番号,注文日時,注文者名,注文者メールアドレス,注文者電話番号,送付先郵便番号,"
            + "送付先都道府県,送付先市区町村,送付先番地,SKU管理番号,個数,単価,送料\r\n";

    /** Orders BK0…BK(n-1) of two lines each (SKU a ×1 at 3,000 yen, SKU b ×2 at 1,500 yen), Rakuten layout. */
    private String bulkRows(int orders, String skuA, String skuB) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < orders; i++) {
            String head = "BK" + i + "-" + run + ",2026-11-01 10:00:00,山田 太郎" + i + ",c" + i + "@example.jp,"
                    + "090-1111-2222,150-0001,東京都,渋谷区,神宮前1-2-3,";
            csv.append(head).append(skuA).append(",1,\"3,000\",500\r\n");
            csv.append(head).append(skuB).append(",2,1500,500\r\n");
        }
        return csv.toString();
    }

    /** The JSON record the Rakuten file's order BKi stands for (what the slow path stores). */
    private String bulkJson(int i, String skuA, String skuB, int quantityA) {
        return """
                {"externalId":"rakuten-BK%1$d-%2$s","orderNumber":"BK%1$d-%2$s","channel":"RAKUTEN",
                 "customerName":"山田 太郎%1$d","customerEmail":"c%1$d@example.jp","customerPhone":"090-1111-2222",
                 "postalCode":"150-0001","prefecture":"東京都","city":"渋谷区","addressLine1":"神宮前1-2-3",
                 "shippingFeeMinor":500,"orderedAt":"2026-11-01T01:00:00Z",
                 "lines":[{"lineNo":1,"sku":"%3$s","quantity":%5$d,"unitPriceMinor":3000},
                          {"lineNo":2,"sku":"%4$s","quantity":2,"unitPriceMinor":1500}]}
                """.formatted(i, run, skuA, skuB, quantityA);
    }

    /** Polls the job (as the console does) until it has left COMMITTING with this status. */
    private io.restassured.response.ValidatableResponse awaitImport(int job, String status) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofMinutes(3 + Integer.getInteger("kaeru.csv.orders", 0) / 5000))
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> csvUpload("en").get(IMPORTS + "/" + job).then().extract().path("status"),
                        status::equals);
        return csvUpload("en").get(IMPORTS + "/" + job).then().statusCode(200);
    }

    private String bulkSnapshot() {
        return Sql.text("select md5(string_agg(o.id || o.external_id || o.order_number || o.customer_name "
                + "|| o.updated_at || l.id || l.line_no || l.variant_id || l.quantity || l.unit_price_minor, ',' "
                + "order by o.id, l.line_no)) from customer_order o join order_line l on l.order_id = o.id "
                + "where o.external_id like ?", "rakuten-BK%-" + run);
    }

    /**
     * A file of {@code kaeru.csv.orders} orders (default 3,000 = 6,000 rows; the benchmark sets 50,000 = 100,000
     * rows) goes through the set-based commit: the rows it stores are the rows the JSON upsert stores (the JSON API
     * then reports the same orders UNCHANGED), orders that existed are updated, a refused order fails the whole file
     * in ALL_OR_NOTHING and is left out in VALID_ONLY, and the same file again changes nothing.
     */
    @Test
    void aLargeShiftJisFileIsCommittedSetBasedWithTheJsonUpsertsRowsAndIdempotently() {
        int orders = Integer.getInteger("kaeru.csv.orders", 3000);
        String skuA = "BK-A-" + run;
        String skuB = "BK-B-" + run;
        sakuraManager().body("[" + product("BK-A-" + run, skuA, 3000) + "," + product("BK-B-" + run, skuB, 1500) + "]")
                .put(SAKURA + "/products").then().statusCode(200);
        // Ten orders exist already (through the JSON path) with another quantity on line 1.
        sakuraManager().body("[" + java.util.stream.IntStream.range(0, 10).mapToObj(i -> bulkJson(i, skuA, skuB, 5))
                .collect(java.util.stream.Collectors.joining(",")) + "]").put(SAKURA + "/orders").then()
                .statusCode(200).body("created", equalTo(10));
        String refused = "BKX-" + run + ",2026-11-01 10:00:00,山田 次郎,x@example.jp,,,,,,NOPE-" + run + ",1,100,0\r\n";
        byte[] file = (BULK_HEADER + bulkRows(orders, skuA, skuB) + refused)
                .getBytes(java.nio.charset.Charset.forName("windows-31j"));
        long started = System.nanoTime();
        int job = csvUpload("en").queryParam("preset", "RAKUTEN_RMS").queryParam("fileName", "bulk.csv").body(file)
                .post(IMPORTS + "/orders").then().statusCode(200).body("totalRows", equalTo(2 * orders + 1))
                .body("validOrders", equalTo(orders + 1)).body("errorCount", equalTo(0)).extract().path("id");
        long previewed = System.nanoTime();
        // All or nothing: accepted into the background (202, the job at Location); the unknown SKU refuses the file,
        // the job is PREVIEWED again with the reason, and nothing (not even the first chunks) is written.
        csvUpload("en").post(IMPORTS + "/" + job + "/commit?mode=ALL_OR_NOTHING").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/imports/" + job))
                .body("status", equalTo("COMMITTING")).body("progressTotal", equalTo(orders + 1));
        awaitImport(job, "PREVIEWED").body("failure", containsString("NOPE-" + run)).body("imported", equalTo(0));
        org.assertj.core.api.Assertions.assertThat(Sql.number("select count(*) from customer_order "
                + "where external_id like ?", "rakuten-BK%-" + run)).isEqualTo(10);
        long commitStarted = System.nanoTime();
        csvUpload("en").post(IMPORTS + "/" + job + "/commit?mode=VALID_ONLY").then().statusCode(202);
        awaitImport(job, "COMMITTED").body("mode", equalTo("VALID_ONLY")).body("imported", equalTo(orders))
                .body("errorCount", equalTo(1)).body("progressDone", equalTo(orders + 1))
                .body("failure", org.hamcrest.Matchers.nullValue())
                .body("errors[0].message", containsString("Unknown SKU NOPE-" + run));
        long committed = System.nanoTime();
        System.out.printf("CSV bulk import: %d rows, %d bytes; preview %.1f s, commit %.1f s, %.0f rows/s overall%n",
                2 * orders + 1, file.length, (previewed - started) / 1e9, (committed - commitStarted) / 1e9,
                (2 * orders + 1) / ((previewed - started + committed - commitStarted) / 1e9));
        org.assertj.core.api.Assertions.assertThat(Sql.number("select count(*) from customer_order "
                + "where external_id like ?", "rakuten-BK%-" + run)).isEqualTo(orders);
        org.assertj.core.api.Assertions.assertThat(Sql.number("select count(*) from order_line l join customer_order o "
                + "on o.id = l.order_id where o.external_id like ?", "rakuten-BK%-" + run)).isEqualTo(2L * orders);
        org.assertj.core.api.Assertions.assertThat(Sql.number("select count(*) from customer_name_key k "
                + "join customer_order o on o.id = k.order_id where o.external_id = ?", "rakuten-BK"
                + (orders - 1) + "-" + run)).isPositive();
        // The JSON upsert (the row-by-row path) finds exactly its own rows: updated ones and created ones alike.
        sakuraManager().body("[" + java.util.stream.IntStream.range(0, 200).mapToObj(i -> bulkJson(i, skuA, skuB, 1))
                .collect(java.util.stream.Collectors.joining(",")) + "]").put(SAKURA + "/orders").then()
                .statusCode(200).body("unchanged", equalTo(200));
        // The same file again: committed, and not a row (nor its updated_at) changes.
        String before = bulkSnapshot();
        int again = csvUpload("en").queryParam("preset", "RAKUTEN_RMS").body(file).post(IMPORTS + "/orders").then()
                .statusCode(200).extract().path("id");
        csvUpload("en").post(IMPORTS + "/" + again + "/commit?mode=VALID_ONLY").then().statusCode(202);
        awaitImport(again, "COMMITTED").body("imported", equalTo(orders));
        org.assertj.core.api.Assertions.assertThat(bulkSnapshot()).isEqualTo(before);
        // A committed job committed again is answered at once (200), unchanged.
        csvUpload("en").post(IMPORTS + "/" + again + "/commit?mode=VALID_ONLY").then().statusCode(200)
                .body("status", equalTo("COMMITTED"));
    }

    // --- CSV import: catalog and stock files ---

    @Test
    void catalogAndStockFilesGoThroughTheJsonUpsertsAndTheStockLedger() {
        java.nio.charset.Charset sjis = java.nio.charset.Charset.forName("windows-31j");
        String catalog = "product_id,name_ja,name_en,category,tags,final_sale,status,sku,size,color,price\r\n"
                + "CP-" + run + ",リネンシャツ,Linen shirt,shirts,linen|summer,false,,CP-S-" + run + ",S,白,6000\r\n"
                + "CP-" + run + ",リネンシャツ,Linen shirt,shirts,linen|summer,false,,CP-M-" + run + ",M,白,6000\r\n";
        int products = csvUpload("ja").queryParam("fileName", "catalog.csv").body(catalog.getBytes(sjis))
                .post(IMPORTS + "/products").then().statusCode(200).body("kind", equalTo("PRODUCTS"))
                .body("charset", equalTo("windows-31j")).body("totalRows", equalTo(2)).body("validOrders", equalTo(1))
                .body("errorCount", equalTo(0)).extract().path("id");
        csvUpload("en").post(IMPORTS + "/" + products + "/commit?mode=ALL_OR_NOTHING").then().statusCode(200)
                .body("status", equalTo("COMMITTED")).body("imported", equalTo(1));
        org.assertj.core.api.Assertions.assertThat(Sql.number("select count(*) from variant where sku like ? "
                + "and color = '白'", "CP-_-" + run)).isEqualTo(2);

        String stock = "sku,sellable\r\nCP-S-" + run + ",7\r\nCP-M-" + run + ",3\r\nNOPE-" + run + ",1\r\n";
        int counts = csvUpload("en").body(stock.getBytes(sjis)).post(IMPORTS + "/stock").then().statusCode(200)
                .body("kind", equalTo("STOCK")).body("validOrders", equalTo(3)).extract().path("id");
        // The unknown SKU refuses the file all-or-nothing: no movement is posted.
        csvUpload("ja").post(IMPORTS + "/" + counts + "/commit?mode=ALL_OR_NOTHING").then().statusCode(422)
                .body("detail", containsString("NOPE-" + run));
        String movements = "select count(*) from stock_movement m join variant v on v.id = m.variant_id "
                + "where v.sku like ? and m.cause = 'SYNC'";
        org.assertj.core.api.Assertions.assertThat(Sql.number(movements, "CP-_-" + run)).isZero();
        csvUpload("en").post(IMPORTS + "/" + counts + "/commit?mode=VALID_ONLY").then().statusCode(200)
                .body("imported", equalTo(2)).body("errorCount", equalTo(1));
        // Through the ledger: one SYNC movement per count, and the levels it keeps.
        org.assertj.core.api.Assertions.assertThat(Sql.number(movements, "CP-_-" + run)).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(Sql.number("select sum(l.sellable) from stock_level l "
                + "join variant v on v.id = l.variant_id where v.sku like ?", "CP-_-" + run)).isEqualTo(10);
        // The same counts again change nothing (no new movement).
        int again = csvUpload("en").body(stock.getBytes(sjis)).post(IMPORTS + "/stock").then().statusCode(200)
                .extract().path("id");
        csvUpload("en").post(IMPORTS + "/" + again + "/commit?mode=VALID_ONLY").then().statusCode(200);
        org.assertj.core.api.Assertions.assertThat(Sql.number(movements, "CP-_-" + run)).isEqualTo(2);

        // Bad input: a SKU twice and an unknown column are reported (ja), the file cannot go in all-or-nothing.
        String bad = "sku,sellable,colour\r\nCP-S-" + run + ",1,x\r\nCP-S-" + run + ",2,x\r\n";
        int badJob = csvUpload("ja").body(bad.getBytes(sjis)).post(IMPORTS + "/stock").then().statusCode(200)
                .body("validOrders", equalTo(0)).body("errors[0].column", equalTo("colour"))
                .body("errors[0].message", containsString("この列は使えません"))
                .body("errors[1].line", equalTo(3)).body("errors[1].message", containsString("重複"))
                .extract().path("id");
        csvUpload("en").post(IMPORTS + "/" + badJob + "/commit?mode=ALL_OR_NOTHING").then().statusCode(422);
        csvUpload("en").body(new byte[0]).post(IMPORTS + "/products").then().statusCode(422);
    }

    /** Sends only the headers (and a few bytes) of an upload declaring {@code length} bytes; the response's status line. */
    private String declaredUploadStatus(long length) {
        String path = base.getPath().replaceAll("/$", "") + IMPORTS + "/orders";
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Authorization: Bearer " + TestTokens.token("sakura-manager", "/shops/sakura-apparel/manager")
                    + "\r\nContent-Type: text/csv\r\nContent-Length: " + length + "\r\n\r\norder_number\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)).readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same key with its last character changed, so it can never equal the real one. */
    private static String forged(String key) {
        char last = key.charAt(key.length() - 1);
        return key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A');
    }
}
