package com.kaeru.backend.integration.api;

import java.util.List;
import java.util.Locale;

import com.kaeru.api.integration.ImportJobDto;
import com.kaeru.api.integration.ImportMappingDto;
import com.kaeru.api.integration.ImportsApi;
import com.kaeru.backend.integration.application.CsvImportService;
import com.kaeru.backend.platform.web.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class ImportsResource implements ImportsApi {
    @Inject
    CsvImportService service;
    @Context
    HttpHeaders headers;
    @Context
    jakarta.ws.rs.core.UriInfo uriInfo;

    private Locale locale() {
        return RequestLanguage.of(headers);
    }

    @Override
    public ImportJobDto previewOrders(String slug, String fileName, String preset, String charset, byte[] csv) {
        return service.previewOrders(slug, fileName, preset, charset, csv, locale());
    }

    @Override
    public ImportJobDto previewProducts(String slug, String fileName, String charset, byte[] csv) {
        return service.previewProducts(slug, fileName, charset, csv, locale());
    }

    @Override
    public ImportJobDto previewStock(String slug, String fileName, String charset, byte[] csv) {
        return service.previewStock(slug, fileName, charset, csv, locale());
    }

    @Override
    public List<ImportJobDto> history(String slug) {
        return service.history(slug);
    }

    @Override
    public ImportJobDto job(String slug, long id) {
        return service.job(slug, id, locale());
    }

    @Override
    public Response commit(String slug, long id, String mode) {
        CsvImportService.Commit commit = service.commit(slug, id, mode, locale());
        if (commit.background()) {
            // Accepted: the job runs in the background; its own resource shows the progress and the result.
            return Response.accepted(commit.job()).location(uriInfo.getBaseUriBuilder().path(ImportsApi.class)
                    .path(ImportsApi.class, "job").build(slug, id)).build();
        }
        return Response.ok(commit.job()).build();
    }

    @Override
    public Response errors(String slug, long id) {
        return Response.ok(service.errorsCsv(slug, id, locale()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    @Override
    public ImportMappingDto mapping(String slug) {
        return service.mapping(slug);
    }

    @Override
    public ImportMappingDto saveMapping(String slug, ImportMappingDto mapping) {
        return service.saveMapping(slug, mapping);
    }
}
