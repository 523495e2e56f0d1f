package com.kaeru.backend.integration.application;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.kaeru.api.integration.ProductRecord;
import com.kaeru.api.integration.StockRecord;
import com.kaeru.api.integration.VariantRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses catalog and stock CSV files (generic layout, UTF-8 or Shift_JIS as {@link CsvOrderFile#decode}) into the
 * records the JSON upserts take ({@link ProductRecord}, {@link StockRecord}), so a committed file goes through
 * {@link IntegrationService#upsertProductsIn} / {@link IntegrationService#upsertStockIn}: variants by SKU, stock
 * counts as SYNC movements of the inventory ledger. Errors are reported per row like order files; a column the
 * layout does not know is an error on line 1 (so a typo in a header is not silently ignored), a key given twice
 * (a SKU in a catalog file, a SKU + location in a stock file) leaves out every row of it.
 */
public final class CsvCatalogFile {

    /** Columns of a catalog file: one row per variant, rows of one product share {@code product_id}. */
    public static final List<String> PRODUCT_COLUMNS = List.of("product_id", "name_ja", "name_en", "category", "tags",
            "final_sale", "status", "sku", "size", "color", "price", "restock_date");
    static final List<String> PRODUCT_REQUIRED = List.of("product_id", "name_ja", "name_en", "sku", "price");
    /** Columns of a stock file: absolute counts per SKU (and location; blank = the shop's default location). */
    public static final List<String> STOCK_COLUMNS = List.of("sku", "sellable", "outlet", "location", "as_of");
    static final List<String> STOCK_REQUIRED = List.of("sku", "sellable");

    /** What a file held: the valid records, the row errors, data rows, records left out. */
    public record Result<T>(Charset charset, List<T> valid, List<CsvOrderFile.RowError> errors, int rows, int invalid) {
    }

    private CsvCatalogFile() {
    }

    public static Result<ProductRecord> products(byte[] bytes, Charset chosen) {
        Map<String, ProductRecord> products = new LinkedHashMap<>();
        Map<String, String> productOfSku = new HashMap<>();
        Set<String> badSkus = new HashSet<>();
        return parse(bytes, chosen, PRODUCT_COLUMNS, PRODUCT_REQUIRED, (row, errors) -> {
            Long price = CsvOrderFile.yen(row.apply("price"));
            if (price == null && !row.apply("price").isEmpty()) {
                errors.add("price:import.error.amount");
            }
            Boolean finalSale = bool(row.apply("final_sale"));
            if (finalSale == null) {
                errors.add("final_sale:import.error.boolean");
            }
            String status = row.apply("status").isEmpty() ? "ACTIVE" : row.apply("status").toUpperCase();
            if (!status.equals("ACTIVE") && !status.equals("DISCONTINUED")) {
                errors.add("status:import.error.status");
            }
            LocalDate restock = null;
            if (!row.apply("restock_date").isEmpty()) {
                try {
                    restock = LocalDate.parse(row.apply("restock_date").replace('/', '-'));
                } catch (DateTimeParseException e) {
                    errors.add("restock_date:import.error.date");
                }
            }
            String sku = row.apply("sku");
            String productId = row.apply("product_id");
            if (!sku.isEmpty() && productOfSku.putIfAbsent(sku, productId) != null) {
                errors.add("sku:import.error.duplicate");
                badSkus.add(sku);
            }
            if (!errors.isEmpty()) {
                return productId;
            }
            ProductRecord product = products.computeIfAbsent(productId, id -> {
                ProductRecord p = new ProductRecord(id, row.apply("name_ja"), row.apply("name_en"),
                        blankToNull(row.apply("category")), tags(row.apply("tags")), finalSale, new ArrayList<>());
                p.status = status;
                return p;
            });
            VariantRecord variant = new VariantRecord(sku, blankToNull(row.apply("size")),
                    blankToNull(row.apply("color")), price);
            variant.restockDate = restock;
            product.variants.add(variant);
            return null;
        }, bad -> {
            // A duplicated SKU leaves out every product that has a row of it.
            productOfSku.forEach((sku, product) -> {
                if (badSkus.contains(sku)) {
                    bad.add(product);
                }
            });
            bad.forEach(products::remove);
            return List.copyOf(products.values());
        });
    }

    public static Result<StockRecord> stock(byte[] bytes, Charset chosen) {
        Map<String, StockRecord> counts = new LinkedHashMap<>();
        return parse(bytes, chosen, STOCK_COLUMNS, STOCK_REQUIRED, (row, errors) -> {
            Integer sellable = units(row.apply("sellable"));
            if (sellable == null && !row.apply("sellable").isEmpty()) {
                errors.add("sellable:import.error.units");
            }
            Integer outlet = row.apply("outlet").isEmpty() ? null : units(row.apply("outlet"));
            if (outlet == null && !row.apply("outlet").isEmpty()) {
                errors.add("outlet:import.error.units");
            }
            Instant asOf = null;
            if (!row.apply("as_of").isEmpty()) {
                try {
                    asOf = OffsetDateTime.parse(row.apply("as_of")).toInstant();
                } catch (DateTimeParseException e) {
                    errors.add("as_of:import.error.date");
                }
            }
            String key = row.apply("sku") + "\u0000" + row.apply("location");
            if (counts.containsKey(key)) {
                errors.add("sku:import.error.duplicate");
            }
            if (!errors.isEmpty()) {
                return key;
            }
            StockRecord record = new StockRecord(row.apply("sku"), sellable);
            record.outlet = outlet;
            record.location = blankToNull(row.apply("location"));
            record.asOf = asOf;
            counts.put(key, record);
            return null;
        }, bad -> {
            bad.forEach(counts::remove);
            return List.copyOf(counts.values());
        });
    }

    /** Checks one row: adds {@code column:messageKey} errors, returns the key of the record to leave out (or null). */
    private interface RowCheck {
        String check(Function<String, String> row, List<String> errors);
    }

    private static <T> Result<T> parse(byte[] bytes, Charset chosen, List<String> columns, List<String> required,
            RowCheck check, Function<Set<String>, List<T>> valid) {
        Charset charset = chosen != null ? chosen : CsvOrderFile.detect(bytes);
        String text = CsvOrderFile.decode(bytes, chosen);
        List<CsvOrderFile.RowError> errors = new ArrayList<>();
        Set<String> bad = new HashSet<>();
        int rows = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String c : required) {
                if (!header.containsKey(c)) {
                    errors.add(CsvOrderFile.error(1, c, "import.error.missingColumn"));
                }
            }
            if (!errors.isEmpty()) {
                return new Result<>(charset, List.of(), errors, 0, 0);
            }
            for (String h : header.keySet()) {
                if (!columns.contains(h)) {
                    errors.add(CsvOrderFile.error(1, h, "import.error.unknownColumn"));
                }
            }
            for (CSVRecord rec : parser) {
                rows++;
                long line = rec.getRecordNumber() + 1;
                Function<String, String> row = c -> rec.isMapped(c) && rec.isSet(c) ? rec.get(c).strip() : "";
                List<String> rowErrors = new ArrayList<>();
                for (String c : required) {
                    if (row.apply(c).isEmpty()) {
                        rowErrors.add(c + ":import.error.required");
                    }
                }
                String leftOut = check.check(row, rowErrors);
                for (String e : rowErrors) {
                    String[] parts = e.split(":", 2);
                    errors.add(CsvOrderFile.error(line, parts[0], parts[1]));
                }
                if (leftOut != null) {
                    bad.add(leftOut);
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(CsvOrderFile.error(0, "", "import.error.malformed"));
            return new Result<>(charset, List.of(), errors, rows, 0);
        }
        List<T> records = valid.apply(bad);
        return new Result<>(charset, records, errors, rows, bad.size());
    }

    private static Boolean bool(String s) {
        return switch (s.toLowerCase()) {
            case "", "false", "0", "no", "いいえ" -> Boolean.FALSE;
            case "true", "1", "yes", "はい" -> Boolean.TRUE;
            default -> null;
        };
    }

    private static Integer units(String s) {
        try {
            int v = Integer.parseInt(s.replace(",", ""));
            return v >= 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Tags separated by {@code |} (a comma would need quoting in every spreadsheet). */
    private static List<String> tags(String s) {
        return s.isEmpty() ? List.of() : Arrays.stream(s.split("\\|")).map(String::strip).filter(t -> !t.isEmpty())
                .distinct().toList();
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
