package com.kaeru.backend.insights.infrastructure;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;

import com.kaeru.api.insights.AgencyInsightsDto;
import com.kaeru.api.insights.ShopInsightsDto;
import com.kaeru.backend.insights.application.ReportRendering;
import com.kaeru.backend.platform.text.CsvEncoding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The archive's renderer: {@link ReportPdf} and {@link ReportCsv} for a shop, {@link AgencyReportPdf} and
 * {@link AgencyReportCsv} for an agency, each file drawn whole before anything is kept.
 */
@ApplicationScoped
public class ReportFiles implements ReportRendering {
    @Inject
    ReportPdf pdf;

    @Override
    public Files render(String shopName, ShopInsightsDto insights, Locale locale, Instant generatedAt) {
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        pdf.write(new ReportPdf.Report(shopName, insights, locale, generatedAt), document);
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        ReportCsv.write(insights, locale, CsvEncoding.UTF_8, true, utf8);
        ByteArrayOutputStream shiftJis = new ByteArrayOutputStream();
        ReportCsv.write(insights, locale, CsvEncoding.SHIFT_JIS, false, shiftJis);
        return new Files(document.toByteArray(), utf8.toByteArray(), shiftJis.toByteArray());
    }

    @Override
    public Files render(String agencyName, AgencyInsightsDto rollUp, Locale locale, Instant generatedAt) {
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        AgencyReportPdf.write(agencyName, rollUp, locale, generatedAt, document);
        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        AgencyReportCsv.write(rollUp, locale, CsvEncoding.UTF_8, true, utf8);
        ByteArrayOutputStream shiftJis = new ByteArrayOutputStream();
        AgencyReportCsv.write(rollUp, locale, CsvEncoding.SHIFT_JIS, false, shiftJis);
        return new Files(document.toByteArray(), utf8.toByteArray(), shiftJis.toByteArray());
    }
}
