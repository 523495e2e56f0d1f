package com.kaeru.backend.replenishment.api;

import com.kaeru.api.replenishment.RecomputationDto;
import com.kaeru.api.replenishment.ReorderAlertPageDto;
import com.kaeru.api.replenishment.ReorderAlertsApi;
import com.kaeru.backend.platform.text.CsvEncoding;
import com.kaeru.backend.platform.web.RequestLanguage;
import com.kaeru.backend.replenishment.application.ReorderAlertsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class ReorderAlertsResource implements ReorderAlertsApi {
    @Inject
    ReorderAlertsService alerts;
    @Context
    HttpHeaders headers;

    @Override
    public ReorderAlertPageDto alerts(String slug, String sort, String direction, int page, int size) {
        return alerts.alerts(slug, sort, direction, page, size);
    }

    @Override
    public Response export(String slug, String sort, String direction, String charset, boolean bom) {
        CsvEncoding encoding = CsvEncoding.of(charset);
        byte[] csv = ReorderAlertsCsv.of(alerts.export(slug, sort, direction), encoding, bom, RequestLanguage.of(headers));
        return Response.ok(csv, encoding.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + slug + "-reorder-alerts.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    @Override
    public RecomputationDto recompute(String slug) {
        return alerts.recompute(slug);
    }
}
