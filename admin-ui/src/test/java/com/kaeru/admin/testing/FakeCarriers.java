package com.kaeru.admin.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.api.carriers.CarrierSettingsDto;
import com.kaeru.api.carriers.CarriersApi;
import com.kaeru.api.carriers.TrackingImportResultDto;
import com.kaeru.api.carriers.TrackingUpdate;
import jakarta.ws.rs.core.Response;

/** The carriers API as the console sees it: canned exports, an import that answers {@link #nextResult}. */
public class FakeCarriers implements CarriersApi {
    public final List<String> calls = new ArrayList<>();
    public TrackingImportResultDto nextResult = new TrackingImportResultDto(0, 0, List.of());
    /** When set, the next import is refused with this detail (422). */
    public String refuseNextImport;

    @Override
    public CarrierSettingsDto settings(String slug) {
        return new CarrierSettingsDto();
    }

    @Override
    public CarrierSettingsDto updateSettings(String slug, CarrierSettingsDto settings) {
        return settings;
    }

    @Override
    public Response exportB2Cloud(String slug, String scope) {
        calls.add("b2cloud " + slug + " " + scope);
        return Response.ok("お客様管理番号\r\n".getBytes(java.nio.charset.Charset.forName("windows-31j"))).build();
    }

    @Override
    public Response exportEHiden(String slug, String scope) {
        calls.add("ehiden " + slug + " " + scope);
        return Response.ok("住所録コード\r\n".getBytes(java.nio.charset.Charset.forName("windows-31j"))).build();
    }

    @Override
    public TrackingImportResultDto importCsv(String slug, byte[] csv) {
        calls.add("import " + slug + " " + new String(csv, StandardCharsets.UTF_8).lines().count() + " lines");
        if (refuseNextImport != null) {
            String detail = refuseNextImport;
            refuseNextImport = null;
            throw FakeReturns.problem(422, detail);
        }
        return nextResult;
    }

    @Override
    public TrackingImportResultDto updates(String slug, List<TrackingUpdate> updates) {
        return nextResult;
    }
}
