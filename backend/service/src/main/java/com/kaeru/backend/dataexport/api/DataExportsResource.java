package com.kaeru.backend.dataexport.api;

import java.util.List;

import com.kaeru.api.dataexport.DataExportDto;
import com.kaeru.api.dataexport.DataExportsApi;
import com.kaeru.backend.dataexport.application.DataExportService;
import com.kaeru.backend.dataexport.application.DataExportSteps;
import com.kaeru.backend.platform.web.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Data exports over HTTP; the ZIP is streamed part by part, each read in a short transaction of its own. */
@RequestScoped
@SecurityRequirement(name = "bearer")
public class DataExportsResource implements DataExportsApi {
    @Inject
    DataExportService exports;
    @Inject
    DataExportSteps steps;
    @Context
    HttpHeaders headers;

    @Override
    public DataExportDto request(String slug) {
        return exports.request(slug, RequestLanguage.of(headers));
    }

    @Override
    public List<DataExportDto> list(String slug) {
        return exports.list(slug);
    }

    @Override
    public DataExportDto get(String slug, long id) {
        return exports.get(slug, id);
    }

    @Override
    public Response download(String slug, long id) {
        DataExportService.Download download = exports.download(slug, id);
        StreamingOutput body = out -> {
            for (int seq = 0; seq < download.parts(); seq++) {
                out.write(steps.part(download.shopId(), download.exportId(), seq));
            }
        };
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName() + "\"")
                .header("Content-Length", download.sizeBytes())
                .build();
    }
}
