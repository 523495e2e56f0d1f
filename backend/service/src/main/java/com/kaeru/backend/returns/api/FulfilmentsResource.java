package com.kaeru.backend.returns.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.kaeru.api.returns.FulfilmentDto;
import com.kaeru.api.returns.FulfilmentPageDto;
import com.kaeru.api.returns.FulfilmentsApi;
import com.kaeru.api.returns.ShipmentRecord;
import com.kaeru.backend.platform.text.CsvEncoding;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.platform.web.RequestLanguage;
import com.kaeru.backend.returns.application.FulfilmentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

@RequestScoped
public class FulfilmentsResource implements FulfilmentsApi {
    @Inject
    FulfilmentService service;
    @Inject
    RequestBodies bodies;
    @Context
    HttpHeaders headers;

    private Locale locale() {
        return RequestLanguage.of(headers);
    }

    @Override
    public FulfilmentPageDto list(String slug, String state, boolean late, String sku, String rma, int page, int size) {
        return service.list(slug, new FulfilmentService.Query(state, late, sku, rma), page, size, locale());
    }

    @Override
    public Response export(String slug, String state, boolean late, String sku, String rma, String charset,
                           boolean bom) {
        CsvEncoding encoding = CsvEncoding.of(charset);
        byte[] csv = FulfilmentsCsv.of(service.export(slug, new FulfilmentService.Query(state, late, sku, rma),
                locale()), encoding, bom);
        String file = "fulfilments-" + slug + "-" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE)
                + ".csv";
        return Response.ok(csv, encoding.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @Override
    public FulfilmentDto ship(String slug, String rma, long lineId, ShipmentRecord shipment) {
        return service.ship(slug, rma, lineId, bodies.validated(shipment), locale());
    }

    @Override
    public FulfilmentDto deliver(String slug, String rma, long lineId) {
        return service.deliver(slug, rma, lineId, locale());
    }

    @Override
    public FulfilmentDto release(String slug, String rma, long lineId) {
        return service.release(slug, rma, lineId, locale());
    }

    @Override
    public FulfilmentDto cancel(String slug, String rma, long lineId) {
        return service.cancel(slug, rma, lineId, locale());
    }
}
