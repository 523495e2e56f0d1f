package com.kaeru.backend.insights.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.insights.KpiDto;
import com.kaeru.api.insights.LeadTimeBucketDto;
import com.kaeru.api.insights.ReasonShareDto;
import com.kaeru.api.insights.SeriesPointDto;
import com.kaeru.api.insights.ShopInsightsDto;
import com.kaeru.api.insights.VariantInsightDto;
import com.kaeru.backend.platform.i18n.ApiMessages;
import com.kaeru.backend.platform.text.CsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report's figures as CSV (RFC 4180, CRLF): one row per figure, {@code section} telling which
 * part of the report it belongs to (KPI, SERIES, REASON, VARIANT, LEAD_TIME). Values are the
 * dashboard's raw numbers (money in minor units of {@code currency}, percentages 0–100); labels
 * are in the report's language. Every cell goes through {@link CsvEncoding#cell}.
 */
public final class ReportCsv {
    public static final List<String> COLUMNS = List.of("section", "code", "label", "unit", "currency", "value", "previous",
            "units_sold", "return_rate", "top_reason", "fit_signal", "period_from", "period_to");

    private ReportCsv() {
    }

    /** Writes the figures of {@code insights} to {@code out} (flushed, not closed). */
    public static void write(ShopInsightsDto insights, Locale locale, CsvEncoding encoding, boolean bom, OutputStream out) {
        try {
            Writer writer = encoding.writer(out, bom);
            CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(writer);
            String currency = insights.period().currency();
            String from = insights.period().from().toString();
            String to = insights.period().to().toString();
            boolean japanese = "ja".equals(locale.getLanguage());
            for (KpiDto kpi : insights.kpis()) {
                row(printer, encoding, "KPI", kpi.metric(), kpiLabel(locale, kpi.metric()), kpi.unit(),
                        "MONEY".equals(kpi.unit()) ? currency : null, kpi.value(), kpi.previous(), null, null, null, null, from, to);
            }
            for (SeriesPointDto point : insights.series()) {
                row(printer, encoding, "SERIES", point.bucketStart().toString(), ApiMessages.text(locale, "report.chart.returns.series"),
                        "COUNT", null, point.returns(), null, point.unitsSold(), null, null, null, from, to);
            }
            for (ReasonShareDto reason : insights.reasons()) {
                row(printer, encoding, "REASON", reason.code(), japanese ? reason.labelJa() : reason.labelEn(), "UNITS", null,
                        reason.units(), reason.previousUnits(), null, reason.share(), null, null, from, to);
            }
            for (VariantInsightDto variant : insights.topVariants()) {
                String label = variant.productName() + (variant.size() == null ? "" : " " + variant.size())
                        + (variant.colour() == null ? "" : " " + variant.colour());
                row(printer, encoding, "VARIANT", variant.sku(), label, "UNITS", null, variant.unitsReturned(), null,
                        variant.unitsSold(), variant.returnRate(), variant.topReasonCode(), variant.fitSignal(), from, to);
            }
            for (LeadTimeBucketDto bucket : insights.leadTime().buckets()) {
                String code = bucket.fromHours() + "-" + (bucket.toHours() == null ? "" : bucket.toHours());
                row(printer, encoding, "LEAD_TIME", code, ApiMessages.text(locale, "report.compliance.count"), "COUNT", null,
                        bucket.refunds(), null, null, null, null, null, from, to);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String kpiLabel(Locale locale, String metric) {
        String key = "report.kpi." + metric;
        String text = ApiMessages.text(locale, key);
        return key.equals(text) ? metric : text;
    }

    static void row(CSVPrinter printer, CsvEncoding encoding, Object... values) throws IOException {
        List<Object> cells = new ArrayList<>(Arrays.asList(values));
        cells.replaceAll(encoding::cell);
        printer.printRecord(cells);
    }
}
