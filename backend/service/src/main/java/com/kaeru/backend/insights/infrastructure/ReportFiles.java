package com.kaeru.backend.insights.infrastructure;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Locale;

import com.kaeru.api.insights.ShopInsightsDto;
import com.kaeru.backend.insights.application.ReportRendering;
import com.kaeru.backend.platform.text.CsvEncoding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The archive's renderer: {@link ReportPdf} and {@link ReportCsv}, each file drawn whole before anything is kept. */
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
}
