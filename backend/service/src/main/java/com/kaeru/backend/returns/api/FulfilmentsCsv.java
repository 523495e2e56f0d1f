package com.kaeru.backend.returns.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.api.returns.FulfilmentDto;
import com.kaeru.backend.platform.text.CsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Shipping instructions and backorders as CSV (RFC 4180, CRLF) for a warehouse system or a
 * spreadsheet: stable English column codes like the returns export, every cell through
 * {@link CsvEncoding#cell} (Shift_JIS-safe, formulas neutralised), times ISO-8601 UTC. At most
 * 10,000 rows, written in memory.
 */
final class FulfilmentsCsv {
    static final List<String> COLUMNS = List.of("rma_number", "line_id", "state", "late", "sku", "product_name",
            "size", "color", "quantity", "ship_to_name", "ship_to_postal_code", "ship_to_address", "ship_to_phone",
            "backordered_at", "promised_date", "date_confirmed", "notices_sent", "shipment_requested_at", "carrier",
            "tracking_number", "shipped_at", "delivered_at");

    private FulfilmentsCsv() {
    }

    static byte[] of(List<FulfilmentDto> rows, CsvEncoding encoding, boolean bom) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = encoding.writer(bytes, bom);
             CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out)) {
            for (FulfilmentDto f : rows) {
                List<Object> values = new ArrayList<>(COLUMNS.size());
                values.add(f.rma());
                values.add(f.lineId());
                values.add(f.state().name());
                values.add(f.late());
                values.add(f.sku());
                values.add(f.productName());
                values.add(f.size());
                values.add(f.color());
                values.add(f.quantity());
                values.add(f.shipToName());
                values.add(f.shipToPostalCode());
                values.add(f.shipToAddress());
                values.add(f.shipToPhone());
                values.add(time(f.backorderedAt()));
                values.add(f.promisedDate());
                values.add(f.dateConfirmed());
                values.add(f.noticesSent());
                values.add(time(f.shipmentRequestedAt()));
                values.add(f.carrier());
                values.add(f.trackingNumber());
                values.add(time(f.shippedAt()));
                values.add(time(f.deliveredAt()));
                values.replaceAll(encoding::cell);
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String time(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC).withNano(0));
    }
}
