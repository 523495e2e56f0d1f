package com.kaeru.backend.warehouse.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kaeru.backend.inventory.domain.Stocktake;
import com.kaeru.backend.platform.text.CsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A stocktake's discrepancy report as CSV (RFC 4180, CRLF), one row per counted SKU. Column names
 * are stable English codes like the returns export; every cell goes through
 * {@link CsvEncoding#cell} (Shift_JIS-safe, spreadsheet formulas neutralised). At most a few
 * thousand rows, so it is written in memory.
 */
final class StocktakeCsv {
    static final List<String> COLUMNS = List.of("stocktake", "location", "status", "counted_at", "sku", "product_name",
            "counted_sellable", "booked_sellable", "sellable_discrepancy", "counted_outlet", "booked_outlet",
            "outlet_discrepancy");

    private StocktakeCsv() {
    }

    static byte[] of(Stocktake s, CsvEncoding encoding, boolean bom, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = encoding.writer(bytes, bom);
             CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out)) {
            boolean japanese = "ja".equals(locale.getLanguage());
            for (Stocktake.Line l : s.lines()) {
                List<Object> values = new ArrayList<>(COLUMNS.size());
                values.add(s.reference());
                values.add(s.location());
                values.add(s.posted() ? "POSTED" : "COUNTED");
                values.add(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.countedAt().atOffset(ZoneOffset.UTC).withNano(0)));
                values.add(l.sku());
                values.add(japanese ? l.productNameJa() : l.productNameEn());
                values.add(l.countedSellable());
                values.add(l.bookedSellable());
                values.add(l.sellableDiscrepancy());
                values.add(l.countedOutlet());
                values.add(l.bookedOutlet());
                values.add(l.outletDiscrepancy());
                values.replaceAll(encoding::cell);
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
