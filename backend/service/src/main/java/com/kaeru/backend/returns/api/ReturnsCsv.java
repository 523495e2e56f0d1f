package com.kaeru.backend.returns.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.backend.platform.text.CsvEncoding;
import com.kaeru.backend.returns.application.ReturnExport;
import com.kaeru.backend.returns.domain.ReturnLine;
import com.kaeru.backend.returns.domain.ReturnRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The returns export as CSV (RFC 4180, CRLF). Column names are stable English codes for
 * integrators; times are ISO-8601 with the shop's offset, amounts integer minor units with the
 * currency beside them — nothing a spreadsheet's locale could misread.
 */
final class ReturnsCsv implements AutoCloseable {
    static final List<String> COLUMNS = List.of("rma_number", "status", "requested_at", "received_at",
            "refund_due_at", "refund_overdue", "order_number", "customer_name", "customer_email", "return_method",
            "line_id", "sku", "product_name", "quantity", "reason_code", "reason", "customer_comment", "resolution",
            "refund_method", "exchange_sku", "refund_amount_minor", "fee_minor", "bonus_minor", "currency",
            "grade_a", "grade_b", "grade_c", "policy_outcome", "policy_rule");

    private final CSVPrinter printer;
    private final CsvEncoding encoding;

    ReturnsCsv(Writer out, CsvEncoding encoding) throws IOException {
        this.encoding = encoding;
        this.printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
    }

    void row(ReturnExport.Row row) {
        ReturnRequest r = row.request();
        ReturnLine l = row.line();
        ZoneId zone = row.shop().timeZone();
        List<Object> values = new ArrayList<>(COLUMNS.size());
        values.add(r.rmaNumber());
        values.add(r.status().name());
        values.add(time(r.createdAt(), zone));
        values.add(time(r.receivedAt(), zone));
        values.add(time(r.refundDueAt(), zone));
        values.add(row.refundOverdue());
        values.add(row.order().orderNumber());
        values.add((row.order().customer().name()));
        values.add((r.customerEmail()));
        values.add(r.returnMethod().name());
        values.add(l.id());
        values.add(row.variant().sku());
        values.add((row.productName()));
        values.add(l.quantity());
        values.add(l.reasonCode());
        values.add((row.reasonLabel()));
        values.add((l.comment()));
        values.add(l.resolution().name());
        values.add(l.refundMethod() == null ? null : l.refundMethod().name());
        values.add(row.exchangeSku());
        values.add(l.refundAmountMinor());
        values.add(l.feeMinor());
        values.add(l.bonusMinor());
        values.add(row.shop().currency().getCurrencyCode());
        values.add(l.gradeA());
        values.add(l.gradeB());
        values.add(l.gradeC());
        values.add(l.policyOutcome());
        values.add((l.policyRule()));
        values.replaceAll(encoding::cell);
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
