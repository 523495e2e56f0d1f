package com.kaeru.backend.insights.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.insights.AgencyInsightsDto;
import com.kaeru.api.insights.AgencyShopInsightsDto;
import com.kaeru.api.insights.KpiDto;
import com.kaeru.backend.platform.text.CsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The agency roll-up's figures as CSV (RFC 4180, CRLF, written like {@link ReportCsv}): one row per client shop
 * and KPI, with the shop's slug, name, currency and time zone; values are the roll-up's raw numbers (money in
 * minor units of the shop's currency, percentages 0–100), labels in the report's language.
 */
public final class AgencyReportCsv {
    public static final List<String> COLUMNS = List.of("shop", "shop_name", "currency", "time_zone", "code", "label", "unit",
            "value", "previous", "period_from", "period_to");

    private AgencyReportCsv() {
    }

    /** Writes the roll-up to {@code out} (flushed, not closed). */
    public static void write(AgencyInsightsDto rollUp, Locale locale, CsvEncoding encoding, boolean bom, OutputStream out) {
        try {
            CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get()
                    .print(encoding.writer(out, bom));
            String from = rollUp.period().from().toString();
            String to = rollUp.period().to().toString();
            for (AgencyShopInsightsDto shop : rollUp.shops()) {
                for (KpiDto kpi : shop.kpis()) {
                    ReportCsv.row(printer, encoding, shop.slug(), shop.name(), shop.currency(), shop.timeZone(), kpi.metric(),
                            ReportCsv.kpiLabel(locale, kpi.metric()), kpi.unit(), kpi.value(), kpi.previous(), from, to);
                }
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
