package com.kaeru.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

/**
 * The CSV order import at scale (issue 12): generates an N-row Shift_JIS Rakuten RMS order file (one line per order,
 * 100 SKUs the benchmark first upserts through the integration API), uploads it to
 * {@code POST /api/v1/shops/sakura-apparel/imports/orders} (preview) and commits it VALID_ONLY (a large file: 202,
 * then the job is polled until it leaves COMMITTING), timing each; then,
 * as the reference on the same machine in the same run, COPYs the same rows into a temporary table over JDBC.
 * Prints seconds, rows/s and the ratio to the reference.
 *
 * <pre>
 * java -cp deploy/benchmarks/target/kaeru-benchmarks-*-all.jar com.kaeru.bench.CsvImportLoad \
 *   http://localhost:8080 http://localhost:8180 100000 [jdbc:postgresql://localhost:15432/kaeru]
 * </pre>
 */
public final class CsvImportLoad {
    private static final Charset SJIS = Charset.forName("windows-31j");
    private static final String[] HEADER = {"注文番号", "注文日時", "注文者名", "注文者メールアドレス", "SKU管理番号", "個数", "単価"};

    private CsvImportLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        String jdbc = args.length > 3 ? args[3] : "jdbc:postgresql://localhost:15432/kaeru";
        StaffApi manager = new StaffApi(base, keycloak, "sakura-manager");
        String run = Long.toString(System.currentTimeMillis(), 36);
        StringBuilder products = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            products.append(i == 0 ? "" : ",").append("{\"externalId\":\"BENCH-CSV-").append(i)
                    .append("\",\"nameJa\":\"ベンチ商品").append(i).append("\",\"nameEn\":\"Bench item ").append(i).append("\",\"variants\":[{\"sku\":\"BENCH-CSV-SKU-")
                    .append(i).append("\",\"priceMinor\":3000}]}");
        }
        JsonObject upserted = (JsonObject) manager.put("/api/v1/shops/sakura-apparel/integration/products",
                products.append("]").toString());
        if (upserted.getInt("rejected") > 0) { // else every row fails as an unknown SKU and the figure means nothing
            throw new IllegalStateException("The benchmark's products were rejected: " + upserted);
        }
        byte[] file = file(rows, run);
        System.out.printf("file: %,d rows, %,d bytes Shift_JIS%n", rows, file.length);

        long t0 = System.nanoTime();
        JsonObject preview = send(manager, "POST", "/api/v1/shops/sakura-apparel/imports/orders?preset=RAKUTEN_RMS"
                + "&fileName=bench-" + run + ".csv", file);
        long t1 = System.nanoTime();
        String job = "/api/v1/shops/sakura-apparel/imports/" + preview.getInt("id");
        JsonObject committed = send(manager, "POST", job + "/commit?mode=VALID_ONLY", new byte[0]);
        // A large file is committed in the background (202, COMMITTING): poll the job as the console does.
        while ("COMMITTING".equals(committed.getString("status"))) {
            Thread.sleep(200);
            committed = send(manager, "GET", job, null);
        }
        long t2 = System.nanoTime();
        double previewS = (t1 - t0) / 1e9;
        double commitS = (t2 - t1) / 1e9;
        double total = previewS + commitS;
        System.out.printf("preview %.1f s, commit %.1f s, total %.1f s: %,.0f rows/s (imported %d, errors %d)%n",
                previewS, commitS, total, rows / total, committed.getInt("imported"), committed.getInt("errorCount"));

        double reference = copyReference(jdbc, file);
        System.out.printf("reference (JDBC COPY of the same rows into a temp table): %.2f s, %,.0f rows/s; "
                + "import/reference = %.1f×%n", reference, rows / reference, total / reference);
    }

    static byte[] file(int rows, String run) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (int i = 0; i < rows; i++) {
                csv.printRecord("B" + run + "-" + i, "2026-11-01 10:00:00", "山田 太郎" + (i % 97),
                        "bench" + (i % 1000) + "@example.jp", "BENCH-CSV-SKU-" + (i % 100), 1 + i % 3, "3,000");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(SJIS);
    }

    private static JsonObject send(StaffApi api, String method, String path, byte[] body) throws Exception {
        HttpResponse<String> r = StaffApi.HTTP.send(HttpRequest.newBuilder(URI.create(api.base + path))
                .header("Authorization", "Bearer " + api.token()).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(10)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 && r.statusCode() != 202) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    /** Seconds to COPY the file's rows (decoded from Shift_JIS) into a temporary table: the database's floor. */
    private static double copyReference(String jdbc, byte[] file) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            c.createStatement().execute("create temporary table bench_csv (order_number text, ordered_at text, "
                    + "customer_name text, email text, sku text, quantity text, unit_price text)");
            long t0 = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_csv from stdin with (format csv, header true)",
                    new InputStreamReader(new ByteArrayInputStream(file), SJIS));
            return (System.nanoTime() - t0) / 1e9;
        }
    }
}
