package com.kaeru.admin.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.kaeru.api.integration.ImportJobDto;
import com.kaeru.api.integration.ImportMappingDto;
import com.kaeru.api.integration.ImportsApi;
import com.kaeru.api.integration.OrderRecord;
import jakarta.ws.rs.core.Response;

/**
 * An in-memory imports API: every upload previews as three rows, one valid order and one error on line 3;
 * ALL_OR_NOTHING is refused (422) like the server does for a file with errors; commits are recorded.
 */
public class FakeImports implements ImportsApi {
    public final List<ImportJobDto> jobs = new ArrayList<>();
    public final List<String> commits = new ArrayList<>();
    public byte[] lastFile;
    public String lastPreset;

    @Override
    public ImportJobDto previewOrders(String slug, String fileName, String preset, String charset, byte[] csv) {
        lastFile = csv;
        lastPreset = preset;
        OrderRecord order = new OrderRecord();
        order.orderNumber = "RK-1";
        order.customerName = "山田 太郎";
        order.lines = List.of();
        ImportJobDto job = new ImportJobDto(jobs.size() + 1, "ORDERS", fileName, "windows-31j", preset, null,
                "PREVIEWED", 2, 1, 1, 1, 0, "sakura-manager", Instant.parse("2026-12-05T09:00:00Z"), null,
                List.of(new ImportJobDto.RowError(3, "個数", "個数は1以上の整数で入力してください")), List.of(order), 0, 0, null);
        jobs.add(0, job);
        return job;
    }

    @Override
    public ImportJobDto previewProducts(String slug, String fileName, String charset, byte[] csv) {
        ImportJobDto job = previewOrders(slug, fileName, "GENERIC", charset, csv);
        lastPreset = "PRODUCTS";
        return job;
    }

    @Override
    public ImportJobDto previewStock(String slug, String fileName, String charset, byte[] csv) {
        lastPreset = "STOCK";
        ImportJobDto job = previewOrders(slug, fileName, "GENERIC", charset, csv);
        lastPreset = "STOCK";
        return job;
    }

    @Override
    public List<ImportJobDto> history(String slug) {
        return List.copyOf(jobs);
    }

    @Override
    public ImportJobDto job(String slug, long id) {
        return jobs.stream().filter(j -> j.id() == id).findFirst().orElseThrow();
    }

    @Override
    public Response commit(String slug, long id, String mode) {
        commits.add(id + ":" + mode);
        ImportJobDto j = job(slug, id);
        if ("ALL_OR_NOTHING".equals(mode) && j.errorCount() > 0) {
            throw FakeReturns.problem(422, "The file has 1 row error(s); nothing was imported.");
        }
        if (inBackground) {
            progress(id, 0);
            return new FakeResponse(202, job(slug, id));
        }
        return new FakeResponse(200, finish(id, mode));
    }

    /** Commits run in the background (202, COMMITTING) until {@link #finish}. */
    public boolean inBackground;

    /** A background commit has processed {@code done} of its valid orders. */
    public void progress(long id, int done) {
        jobs.replaceAll(j -> j.id() != id ? j : new ImportJobDto(j.id(), j.kind(), j.fileName(), j.charset(),
                j.preset(), j.mode(), "COMMITTING", j.totalRows(), j.validOrders(), j.invalidOrders(), j.errorCount(),
                0, j.createdBy(), j.createdAt(), null, j.errors(), List.of(), done, 2, null));
    }

    /** The job is committed: every valid order imported. */
    public ImportJobDto finish(long id, String mode) {
        ImportJobDto j = jobs.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        ImportJobDto done = new ImportJobDto(j.id(), j.kind(), j.fileName(), j.charset(), j.preset(), mode,
                "COMMITTED", j.totalRows(), j.validOrders(), j.invalidOrders(), j.errorCount(), j.validOrders(),
                j.createdBy(), j.createdAt(), Instant.parse("2026-12-05T09:01:00Z"), j.errors(), List.of(),
                j.progressTotal(), j.progressTotal(), null);
        jobs.replaceAll(x -> x.id() == id ? done : x);
        return done;
    }

    @Override
    public Response errors(String slug, long id) {
        return Response.ok("line,column,error\r\n3,個数,x\r\n").build();
    }

    @Override
    public ImportMappingDto mapping(String slug) {
        return new ImportMappingDto(Map.of());
    }

    @Override
    public ImportMappingDto saveMapping(String slug, ImportMappingDto mapping) {
        return mapping;
    }
}
