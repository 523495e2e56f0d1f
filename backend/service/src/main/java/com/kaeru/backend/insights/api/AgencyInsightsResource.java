package com.kaeru.backend.insights.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import com.kaeru.api.insights.AgencyInsightsApi;
import com.kaeru.api.insights.AgencyInsightsDto;
import com.kaeru.backend.insights.application.InsightsService;
import com.kaeru.backend.insights.infrastructure.AgencyReportPdf;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class AgencyInsightsResource implements AgencyInsightsApi {
    @Inject
    InsightsService service;
    @Context
    HttpHeaders headers;

    Clock clock = Clock.systemUTC();

    @Override
    public AgencyInsightsDto rollUp(String agency, String from, String to, String compare) {
        return service.rollUp(agency, from, to, compare);
    }

    /** The roll-up's own figures (only the agency's shops, checked and bound there), laid out as a PDF. */
    @Override
    public Response reportPdf(String agency, String from, String to, String compare, String lang) {
        Locale locale = ReportLanguage.of(lang, headers);
        AgencyInsightsDto rollUp = service.rollUp(agency, from, to, compare);
        StreamingOutput body = out -> AgencyReportPdf.write(rollUp.agency(), rollUp, locale, Instant.now(clock), out);
        String name = rollUp.agency() + "-rollup-" + rollUp.period().from() + "-" + rollUp.period().to() + ".pdf";
        return Response.ok(body, "application/pdf").header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
