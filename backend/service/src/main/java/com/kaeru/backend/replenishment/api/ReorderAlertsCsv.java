package com.kaeru.backend.replenishment.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kaeru.backend.platform.text.CsvEncoding;
import com.kaeru.backend.replenishment.domain.ReorderAlert;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Reorder alerts as CSV (RFC 4180, CRLF) with stable English column codes, like the other exports;
 * every cell through {@link CsvEncoding#cell} (Shift_JIS-safe, formulas neutralised). The product
 * name follows the caller's language.
 */
final class ReorderAlertsCsv {
    static final List<String> COLUMNS = List.of("sku", "product_name", "size", "color", "available", "reorder_point",
            "shortfall", "incoming", "avg_daily_sales", "units_sold", "window_from", "window_days", "lead_time_days",
            "safety_stock", "backordered");

    private ReorderAlertsCsv() {
    }

    static byte[] of(List<ReorderAlert> alerts, CsvEncoding encoding, boolean bom, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = encoding.writer(bytes, bom);
             CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out)) {
            boolean japanese = "ja".equals(locale.getLanguage());
            for (ReorderAlert a : alerts) {
                List<Object> values = new ArrayList<>(COLUMNS.size());
                values.add(a.sku());
                values.add(japanese ? a.productNameJa() : a.productNameEn());
                values.add(a.size());
                values.add(a.color());
                values.add(a.available());
                values.add(a.reorderPoint());
                values.add(a.shortfall());
                values.add(a.incoming());
                values.add(a.avgDailySales().toPlainString());
                values.add(a.unitsSold());
                values.add(a.windowFrom().toString());
                values.add(a.windowDays());
                values.add(a.leadTimeDays());
                values.add(a.safetyStock());
                values.add(a.backordered());
                values.replaceAll(encoding::cell);
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
