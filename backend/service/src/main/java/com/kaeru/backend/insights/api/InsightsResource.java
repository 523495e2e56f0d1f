package com.kaeru.backend.insights.api;

import com.kaeru.api.insights.InsightsApi;
import com.kaeru.api.insights.RebuildResultDto;
import com.kaeru.api.insights.ReturnRateTableDto;
import com.kaeru.api.insights.ShopInsightsDto;
import com.kaeru.api.insights.WorkTilesDto;
import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.backend.insights.application.InsightsService;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import com.kaeru.backend.insights.application.InsightsService.ShopReport;
import com.kaeru.backend.insights.infrastructure.ReportCsv;
import com.kaeru.backend.insights.infrastructure.ReportPdf;
import com.kaeru.backend.platform.text.CsvEncoding;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class InsightsResource implements InsightsApi {
    @Inject
    InsightsService service;
    @Inject
    ReportPdf pdf;
    @Context
    HttpHeaders headers;

    Clock clock = Clock.systemUTC();

    @Override
    public ShopInsightsDto overview(String slug, String from, String to, String compare) {
        return service.overview(slug, from, to, compare);
    }

    @Override
    public WorkTilesDto work(String slug) {
        return service.work(slug);
    }

    @Override
    public ReturnRateTableDto returnRates(String slug, String dimension, String from, String to, String compare, int limit) {
        return service.returnRates(slug, dimension, from, to, compare, limit);
    }

    @Override
    public ReturnPageDto drill(String slug, String figure, String key, String from, String to, int page, int size) {
        return service.drill(slug, figure, key, from, to, page, size);
    }

    @Override
    public RebuildResultDto rebuild(String slug) {
        return service.rebuild(slug);
    }

    @Override
    public Response reportPdf(String slug, String from, String to, String compare, String lang) {
        Locale locale = language(lang);
        ShopReport report = service.report(slug, from, to, compare);
        StreamingOutput body = out -> pdf.write(new ReportPdf.Report(report.shopName(), report.insights(), locale,
                Instant.now(clock)), out);
        return attachment(body, "application/pdf", report, "pdf");
    }

    @Override
    public Response reportCsv(String slug, String from, String to, String compare, String charset, String lang) {
        CsvEncoding encoding = CsvEncoding.of(charset);
        Locale locale = language(lang);
        ShopReport report = service.report(slug, from, to, compare);
        StreamingOutput body = out -> ReportCsv.write(report.insights(), locale, encoding, true, out);
        return attachment(body, encoding.mediaType(), report, "csv");
    }

    private Locale language(String lang) {
        return ReportLanguage.of(lang, headers);
    }

    private static Response attachment(StreamingOutput body, String mediaType, ShopReport report, String extension) {
        String name = report.insights().shop() + "-insights-" + report.insights().period().from() + "-"
                + report.insights().period().to() + "." + extension;
        return Response.ok(body, mediaType).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
