package com.kaeru.backend.carriers.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.carriers.CarrierSettingsDto;
import com.kaeru.api.carriers.CarriersApi;
import com.kaeru.api.carriers.TrackingImportResultDto;
import com.kaeru.api.carriers.TrackingUpdate;
import com.kaeru.backend.carriers.application.CarrierService;
import com.kaeru.backend.carriers.application.TrackingLine;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.PayloadTooLargeException;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.platform.web.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

@RequestScoped
public class CarriersResource implements CarriersApi {
    /** A tracking file larger than this is refused (a day's slips are a few hundred kilobytes). */
    static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    /** Carrier events per JSON request. */
    static final int MAX_UPDATES = 1_000;

    @Inject
    CarrierService service;
    @Inject
    RequestBodies bodies;
    @Context
    HttpHeaders headers;

    private Locale locale() {
        return RequestLanguage.of(headers);
    }

    @Override
    public CarrierSettingsDto settings(String slug) {
        return service.settings(slug);
    }

    @Override
    public CarrierSettingsDto updateSettings(String slug, CarrierSettingsDto settings) {
        return service.updateSettings(slug, bodies.validated(settings));
    }

    @Override
    public Response exportB2Cloud(String slug, String scope) {
        CarrierService.Slips slips = service.slips(slug, CarrierService.Scope.of(scope));
        return csv(B2CloudCsv.of(slips.instructions(), slips.settings()), "b2cloud-" + slug);
    }

    @Override
    public Response exportEHiden(String slug, String scope) {
        CarrierService.Slips slips = service.slips(slug, CarrierService.Scope.of(scope));
        return csv(EHidenCsv.of(slips.instructions(), slips.settings()), "ehiden-" + slug);
    }

    private static Response csv(byte[] body, String name) {
        String file = name + "-" + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
        return Response.ok(body, "text/csv; charset=Shift_JIS")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @Override
    public TrackingImportResultDto importCsv(String slug, byte[] csv) {
        if (csv == null || csv.length == 0) {
            throw new InvalidValueException("problem.carrier.unknown-layout");
        }
        if (csv.length > MAX_UPLOAD_BYTES) {
            throw new PayloadTooLargeException("problem.carrier.too-large", MAX_UPLOAD_BYTES / (1024 * 1024));
        }
        return service.apply(slug, TrackingCsv.read(csv), locale());
    }

    @Override
    public TrackingImportResultDto updates(String slug, List<TrackingUpdate> updates) {
        if (updates == null || updates.size() > MAX_UPDATES) {
            throw new InvalidValueException("problem.carrier.too-many-updates", MAX_UPDATES);
        }
        List<TrackingLine> lines = new ArrayList<>();
        for (int i = 0; i < updates.size(); i++) {
            TrackingUpdate u = bodies.validated(updates.get(i));
            lines.add(new TrackingLine(i + 1, u.rma, u.lineId, u.carrier, u.trackingNumber,
                    "DELIVERED".equals(u.status), null));
        }
        return service.apply(slug, lines, locale());
    }
}
