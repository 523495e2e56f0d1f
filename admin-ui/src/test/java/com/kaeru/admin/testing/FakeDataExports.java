package com.kaeru.admin.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.api.dataexport.DataExportDto;
import com.kaeru.api.dataexport.DataExportsApi;
import com.kaeru.api.dataexport.ShopClosureApi;
import com.kaeru.api.dataexport.ShopClosureDto;
import jakarta.ws.rs.core.Response;

/** In-memory data exports and shop closure: a request stays RUNNING at 40 % until {@link #finish} makes it READY. */
public class FakeDataExports implements DataExportsApi, ShopClosureApi {
    public final List<DataExportDto> exports = new ArrayList<>();
    public ShopClosureDto closure = new ShopClosureDto(false, null, null, null, null, null);

    @Override
    public DataExportDto request(String slug) {
        DataExportDto export = new DataExportDto(exports.size() + 1, "RUNNING", 40, "sakura-manager", Instant.now(),
                null, null, null, null, null);
        exports.add(0, export);
        return export;
    }

    /** The newest export is written. */
    public void finish() {
        DataExportDto e = exports.get(0);
        exports.set(0, new DataExportDto(e.id(), "READY", 100, e.requestedBy(), e.createdAt(), Instant.now(),
                Instant.now().plusSeconds(7 * 86400), 1234L, "ab".repeat(32),
                "/shops/sakura-apparel/data-exports/" + e.id() + "/download"));
    }

    @Override
    public List<DataExportDto> list(String slug) {
        return List.copyOf(exports);
    }

    @Override
    public DataExportDto get(String slug, long id) {
        return exports.stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    @Override
    public Response download(String slug, long id) {
        throw new UnsupportedOperationException("downloads are streamed by the browser");
    }

    @Override
    public ShopClosureDto get(String slug) {
        return closure;
    }

    @Override
    public ShopClosureDto close(String slug) {
        Instant now = Instant.now();
        request(slug);
        closure = new ShopClosureDto(true, now, "sakura-manager", now.plusSeconds(30L * 86400), null,
                exports.get(0).id());
        return closure;
    }

    @Override
    public ShopClosureDto reopen(String slug) {
        closure = new ShopClosureDto(false, null, null, null, null, null);
        return closure;
    }
}
