package com.kaeru.backend.integration.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kaeru.api.integration.BatchResult;
import com.kaeru.api.integration.ImportJobDto;
import com.kaeru.api.integration.ImportMappingDto;
import com.kaeru.api.integration.ImportsApi;
import com.kaeru.api.integration.OrderRecord;
import com.kaeru.api.integration.RecordResult;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.platform.errors.PayloadTooLargeException;
import com.kaeru.backend.platform.text.CsvEncoding;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV order imports (issue 12): upload → a previewed job (file kept, row errors stored) → commit. A commit re-reads
 * the kept bytes and upserts through {@link IntegrationService#bulkUpsertOrdersIn} (the JSON API's checks and rows,
 * set-based) in chunks inside one transaction, so it shares the JSON API's idempotency (external id = preset prefix + order number): the same file again changes
 * nothing. The job row is locked for the commit and its status checked under the lock, so a job committed twice —
 * also at the same moment — is imported once.
 */
@ApplicationScoped
public class CsvImportService {
    static final String KIND_ORDERS = "ORDERS";
    static final String KIND_PRODUCTS = "PRODUCTS";
    static final String KIND_STOCK = "STOCK";
    /** Records per JSON-path upsert call of catalog and stock files (the API's batch size). */
    private static final int RECORD_CHUNK = 500;
    /** Row errors kept per job; {@code error_count} has them all. */
    static final int MAX_ERRORS_STORED = 10_000;
    /** Orders per set-based upsert call (lookups and multi-row statements inside it go by thousands). */
    private static final int CHUNK = 2_000;
    private static final int INSERT_ROWS = 500;

    public enum Mode { ALL_OR_NOTHING, VALID_ONLY }

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    IntegrationService integration;
    @Inject
    ImportProgress progress;
    @Inject
    com.kaeru.backend.tenancy.domain.ShopRepository shops;
    @Inject
    com.kaeru.backend.platform.persistence.TenantSession tenantSession;
    @Inject
    jakarta.enterprise.event.Event<BackgroundCommit> backgroundCommits;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Transactional
    public ImportJobDto previewOrders(String slug, String fileName, String presetName, String charsetName,
            byte[] bytes, Locale locale) {
        Shop shop = access.enter(slug, Permission.IMPORT_DATA);
        checkSize(bytes);
        CsvOrderFile.Preset preset = preset(presetName);
        CsvOrderFile.Result result = CsvOrderFile.parse(bytes, charset(charsetName), preset, savedMapping(shop));
        long id = storePreview(shop, KIND_ORDERS, fileName, "orders.csv", preset.name(), bytes, result.charset(),
                result.rows(), result.validOrders().size(), result.invalidOrders(), result.errors());
        ImportJobDto job = load(shop, id, locale);
        List<OrderRecord> sample = result.validOrders().stream().limit(ImportJobDto.SAMPLE_SIZE).toList();
        return withSample(job, sample);
    }

    /** A catalog file (products and their variants, generic layout): previewed like an order file. */
    @Transactional
    public ImportJobDto previewProducts(String slug, String fileName, String charsetName, byte[] bytes,
            Locale locale) {
        Shop shop = access.enter(slug, Permission.IMPORT_DATA);
        checkSize(bytes);
        var result = CsvCatalogFile.products(bytes, charset(charsetName));
        return load(shop, storePreview(shop, KIND_PRODUCTS, fileName, "products.csv", "GENERIC", bytes,
                result.charset(), result.rows(), result.valid().size(), result.invalid(), result.errors()), locale);
    }

    /** A stock file (absolute counts per SKU and location, generic layout): previewed like an order file. */
    @Transactional
    public ImportJobDto previewStock(String slug, String fileName, String charsetName, byte[] bytes, Locale locale) {
        Shop shop = access.enter(slug, Permission.IMPORT_DATA);
        checkSize(bytes);
        var result = CsvCatalogFile.stock(bytes, charset(charsetName));
        return load(shop, storePreview(shop, KIND_STOCK, fileName, "stock.csv", "GENERIC", bytes,
                result.charset(), result.rows(), result.valid().size(), result.invalid(), result.errors()), locale);
    }

    private static void checkSize(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidValueException("problem.import.empty");
        }
        if (bytes.length > ImportsApi.MAX_FILE_BYTES) {
            throw new PayloadTooLargeException("problem.import.too-large", ImportsApi.MAX_FILE_BYTES / (1024 * 1024));
        }
    }

    @SuppressWarnings("java:S107")
    private long storePreview(Shop shop, String kind, String fileName, String defaultName, String preset,
            byte[] bytes, Charset charset, int rows, int valid, int invalid, List<CsvOrderFile.RowError> rowErrors) {
        String name = fileName == null || fileName.isBlank() ? defaultName : fileName.strip();
        long id = ((Number) em.createNativeQuery("insert into import_job (shop_id, kind, file_name, charset, preset, "
                + "status, total_rows, valid_orders, invalid_orders, error_count, created_by, created_at, file_bytes) "
                + "values (?1, ?2, ?3, ?4, ?5, 'PREVIEWED', ?6, ?7, ?8, ?9, ?10, ?11, ?12) returning id")
                .setParameter(1, shop.id()).setParameter(2, kind)
                .setParameter(3, name.length() > 255 ? name.substring(0, 255) : name)
                .setParameter(4, charset.name()).setParameter(5, preset)
                .setParameter(6, rows).setParameter(7, valid).setParameter(8, invalid)
                .setParameter(9, rowErrors.size()).setParameter(10, caller.username())
                .setParameter(11, Timestamp.from(Instant.now())).setParameter(12, bytes).getSingleResult()).longValue();
        storeErrors(shop, id, 0, rowErrors.stream().limit(MAX_ERRORS_STORED)
                .map(e -> new StoredError(e.line(), e.column(), e.key(), null)).toList());
        return id;
    }

    /** Valid orders from which a commit runs in the background (202) rather than in the request. */
    static final int BACKGROUND_FROM_ORDERS = 2000;

    /** A commit's answer: the job, and whether it was handed to (or is still running in) the background. */
    public record Commit(ImportJobDto job, boolean background) {
    }

    /** Fired (observed after the request's transaction commits) when a job was moved to COMMITTING. */
    public record BackgroundCommit(long shopId, long jobId) {
    }

    /**
     * Imports a previewed job. Locked, so a concurrent commit of the same job waits and then finds it committed (or
     * committing). ALL_OR_NOTHING refuses (422) a file with any row error or any order the upsert rejects, and nothing
     * is written. A file of {@value #BACKGROUND_FROM_ORDERS} valid orders or more is moved to COMMITTING and imported
     * by {@link CsvImportWorker} once this transaction has committed; the answer then says so (202).
     */
    @Transactional
    public Commit commit(String slug, long id, String modeName, Locale locale) {
        Shop shop = access.enter(slug, Permission.IMPORT_DATA);
        Mode mode = mode(modeName);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, charset, preset, error_count, file_bytes, "
                + "valid_orders, kind from import_job where id = ?1 and shop_id = ?2 for update")
                .setParameter(1, id).setParameter(2, shop.id()).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("problem.import.not-found", id);
        }
        Object[] row = rows.get(0);
        if (!"PREVIEWED".equals(row[0])) {
            // committed already, or being committed: a repeat changes nothing
            return new Commit(load(shop, id, locale), "COMMITTING".equals(row[0]));
        }
        if (mode == Mode.ALL_OR_NOTHING && ((Number) row[3]).intValue() > 0) {
            throw new InvalidValueException("problem.import.has-errors", ((Number) row[3]).intValue());
        }
        int validOrders = ((Number) row[5]).intValue();
        String kind = (String) row[6];
        if (KIND_ORDERS.equals(kind) && validOrders >= BACKGROUND_FROM_ORDERS) {
            em.createNativeQuery("update import_job set status = 'COMMITTING', mode = ?1, progress_done = 0, "
                    + "progress_total = ?2, failure_key = null, failure_detail = null, lease_until = ?5 "
                    + "where id = ?3 and shop_id = ?4")
                    .setParameter(1, mode.name()).setParameter(2, validOrders).setParameter(3, id)
                    .setParameter(4, shop.id()).setParameter(5, progress.leaseFrom(Instant.now())).executeUpdate();
            backgroundCommits.fire(new BackgroundCommit(shop.id(), id));
            return new Commit(load(shop, id, locale), true);
        }
        importFile(shop, id, kind, mode, (byte[]) row[4], (String) row[1], (String) row[2], done -> { });
        return new Commit(load(shop, id, locale), false);
    }

    /**
     * The background half of a large commit ({@link CsvImportWorker}): one transaction, as in the request, bound to
     * the job's shop (the request checked the caller's permission when it moved the job to COMMITTING). Progress is
     * written in separate transactions ({@link ImportProgress}) after each chunk, each extending the job's lease
     * (the heartbeat). The transaction holds the job's advisory lock from the start: the sweeper
     * ({@link StaleImports}) never fails a job whose commit is alive, and a job it failed first is not imported.
     */
    @Transactional
    public void commitInBackground(long shopId, long id) {
        Shop shop = shops.findById(shopId).orElseThrow();
        tenantSession.bind(shop.id());
        StaleImports.lock(em, id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select mode, charset, preset, file_bytes from import_job "
                + "where id = ?1 and shop_id = ?2 and status = 'COMMITTING'")
                .setParameter(1, id).setParameter(2, shop.id()).getResultList();
        if (rows.isEmpty()) {
            return; // nothing to do (another instance finished it, or the sweeper gave it up)
        }
        progress.record(shopId, id, 0);
        Object[] row = rows.get(0);
        importFile(shop, id, KIND_ORDERS, Mode.valueOf((String) row[0]), (byte[]) row[3], (String) row[1],
                (String) row[2],
                done -> progress.record(shopId, id, done));
    }

    @SuppressWarnings("java:S107")
    private void importFile(Shop shop, long id, String kind, Mode mode, byte[] file, String charset, String preset,
            java.util.function.IntConsumer progressed) {
        Charset read = Charset.forName(charset);
        List<StoredError> rejected = new ArrayList<>();
        int imported = switch (kind) {
            case KIND_PRODUCTS -> upsertAll(CsvCatalogFile.products(file, read).valid(), RECORD_CHUNK,
                    chunk -> integration.upsertProductsIn(shop, chunk), mode, rejected, progressed);
            case KIND_STOCK -> upsertAll(CsvCatalogFile.stock(file, read).valid(), RECORD_CHUNK,
                    chunk -> integration.upsertStockIn(shop, chunk), mode, rejected, progressed);
            default -> upsertAll(CsvOrderFile.parse(file, read, CsvOrderFile.Preset.valueOf(preset),
                    savedMapping(shop)).validOrders(), CHUNK, chunk -> integration.bulkUpsertOrdersIn(shop, chunk),
                    mode, rejected, progressed);
        };
        int stored = ((Number) em.createNativeQuery("select count(*) from import_job_error where job_id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();
        storeErrors(shop, id, stored, rejected.stream().limit(Math.max(0, MAX_ERRORS_STORED - stored)).toList());
        em.createNativeQuery("update import_job set status = 'COMMITTED', mode = ?1, imported = ?2, "
                + "error_count = error_count + ?3, committed_at = ?4, file_bytes = null, lease_until = null, "
                + "failure_key = null, failure_detail = null where id = ?5 and shop_id = ?6")
                .setParameter(1, mode.name()).setParameter(2, imported).setParameter(3, rejected.size())
                .setParameter(4, Timestamp.from(Instant.now())).setParameter(5, id).setParameter(6, shop.id())
                .executeUpdate();
    }

    /** Upserts in chunks; returns the records imported, collects the refused ones (ALL_OR_NOTHING: throws). */
    private <T> int upsertAll(List<T> records, int chunkSize, java.util.function.Function<List<T>, BatchResult> upsert,
            Mode mode, List<StoredError> rejected, java.util.function.IntConsumer progressed) {
        int imported = 0;
        for (int from = 0; from < records.size(); from += chunkSize) {
            BatchResult batch = upsert.apply(records.subList(from, Math.min(records.size(), from + chunkSize)));
            for (RecordResult r : batch.records()) {
                if (RecordResult.REJECTED.equals(r.outcome())) {
                    r.errors().forEach(e -> rejected.add(new StoredError(0, e.field(), "import.error.rejected",
                            r.key() + ": " + e.message())));
                } else {
                    imported++;
                }
            }
            if (mode == Mode.ALL_OR_NOTHING && !rejected.isEmpty()) {
                // Thrown out of the transaction: every chunk written so far is rolled back with it.
                throw new InvalidValueException("problem.import.rejected", rejected.get(0).detail());
            }
            em.flush();
            em.clear(); // keeps the persistence context at one chunk
            progressed.accept(Math.min(records.size(), from + chunkSize));
        }
        return imported;
    }

    @Transactional
    public List<ImportJobDto> history(String slug) {
        Shop shop = access.enter(slug, Permission.IMPORT_DATA);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT_JOB + " where shop_id = ?1 order by id desc limit 200")
                .setParameter(1, shop.id()).getResultList();
        return rows.stream().map(r -> job(r, List.of(), null)).toList();
    }

    @Transactional
    public ImportJobDto job(String slug, long id, Locale locale) {
        return load(access.enter(slug, Permission.IMPORT_DATA), id, locale);
    }

    /** Every stored error as CSV (UTF-8 with BOM, so spreadsheet programs read the Japanese). */
    @Transactional
    public byte[] errorsCsv(String slug, long id, Locale locale) {
        Shop shop = access.enter(slug, Permission.IMPORT_DATA);
        load(shop, id, locale);
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(
                locale.getLanguage().equals("ja") ? new String[] {"行", "列", "エラー"}
                        : new String[] {"line", "column", "error"}).get())) {
            for (ImportJobDto.RowError e : errors(shop, id, locale, Integer.MAX_VALUE)) {
                csv.printRecord(e.line(), e.column(), e.message());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Transactional
    public ImportMappingDto mapping(String slug) {
        Shop shop = access.enter(slug, Permission.IMPORT_DATA);
        Map<String, String> columns = new LinkedHashMap<>();
        savedMapping(shop).forEach((f, h) -> columns.put(f.name(), h));
        return new ImportMappingDto(columns);
    }

    @Transactional
    public ImportMappingDto saveMapping(String slug, ImportMappingDto mapping) {
        Shop shop = access.enter(slug, Permission.IMPORT_DATA);
        Map<CsvOrderFile.Field, String> columns = new EnumMap<>(CsvOrderFile.Field.class);
        if (mapping != null && mapping.columns() != null) {
            mapping.columns().forEach((field, header) -> {
                CsvOrderFile.Field f;
                try {
                    f = CsvOrderFile.Field.valueOf(field);
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException("problem.import.unknown-field", field);
                }
                if (header == null || header.isBlank() || header.strip().length() > 255) {
                    throw new InvalidValueException("problem.import.blank-header", field);
                }
                columns.put(f, header.strip());
            });
        }
        em.createNativeQuery("delete from import_mapping where shop_id = ?1 and kind = ?2")
                .setParameter(1, shop.id()).setParameter(2, KIND_ORDERS).executeUpdate();
        Timestamp now = Timestamp.from(Instant.now());
        columns.forEach((f, h) -> em.createNativeQuery("insert into import_mapping (shop_id, kind, field, header, "
                + "updated_at) values (?1, ?2, ?3, ?4, ?5)").setParameter(1, shop.id()).setParameter(2, KIND_ORDERS)
                .setParameter(3, f.name()).setParameter(4, h).setParameter(5, now).executeUpdate());
        return mapping(slug);
    }

    private Map<CsvOrderFile.Field, String> savedMapping(Shop shop) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select field, header from import_mapping where shop_id = ?1 "
                + "and kind = ?2 order by field").setParameter(1, shop.id()).setParameter(2, KIND_ORDERS)
                .getResultList();
        Map<CsvOrderFile.Field, String> mapping = new EnumMap<>(CsvOrderFile.Field.class);
        rows.forEach(r -> mapping.put(CsvOrderFile.Field.valueOf((String) r[0]), (String) r[1]));
        return mapping;
    }

    private record StoredError(long line, String column, String key, String detail) {
    }

    /** Multi-row inserts of {@value #INSERT_ROWS} errors each, not one statement per error. */
    private void storeErrors(Shop shop, long jobId, int firstSeq, List<StoredError> errors) {
        for (int from = 0; from < errors.size(); from += INSERT_ROWS) {
            List<StoredError> chunk = errors.subList(from, Math.min(errors.size(), from + INSERT_ROWS));
            StringBuilder sql = new StringBuilder("insert into import_job_error (shop_id, job_id, seq, line, "
                    + "column_name, message_key, detail) values ");
            for (int i = 0; i < chunk.size(); i++) {
                int p = i * 5;
                sql.append(i == 0 ? "" : ", ").append("(").append(shop.id()).append(", ").append(jobId).append(", ")
                        .append("?").append(p + 1).append(", ?").append(p + 2).append(", ?").append(p + 3)
                        .append(", ?").append(p + 4).append(", ?").append(p + 5).append(")");
            }
            var insert = em.createNativeQuery(sql.toString());
            for (int i = 0; i < chunk.size(); i++) {
                StoredError e = chunk.get(i);
                int p = i * 5;
                insert.setParameter(p + 1, firstSeq + from + i).setParameter(p + 2, e.line())
                        .setParameter(p + 3, truncate(e.column(), 255)).setParameter(p + 4, e.key())
                        .setParameter(p + 5, e.detail() == null ? null : truncate(e.detail(), 1000));
            }
            insert.executeUpdate();
        }
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() > max ? s.substring(0, max) : s;
    }

    private static final String SELECT_JOB = "select id, kind, file_name, charset, preset, mode, status, total_rows, "
            + "valid_orders, invalid_orders, error_count, imported, created_by, created_at, committed_at, progress_done, "
            + "progress_total, failure_key, failure_detail from import_job";

    private ImportJobDto load(Shop shop, long id, Locale locale) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT_JOB + " where id = ?1 and shop_id = ?2")
                .setParameter(1, id).setParameter(2, shop.id()).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("problem.import.not-found", id);
        }
        return job(rows.get(0), errors(shop, id, locale, ImportJobDto.MAX_ERRORS_SHOWN), locale);
    }

    private List<ImportJobDto.RowError> errors(Shop shop, long id, Locale locale, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select line, column_name, message_key, detail from import_job_error "
                + "where job_id = ?1 and shop_id = ?2 order by seq limit ?3")
                .setParameter(1, id).setParameter(2, shop.id()).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new ImportJobDto.RowError(((Number) r[0]).longValue(), (String) r[1],
                r[3] != null ? CsvOrderFile.message((String) r[2], locale) + " — " + r[3]
                        : CsvOrderFile.message((String) r[2], locale))).toList();
    }

    private static ImportJobDto job(Object[] r, List<ImportJobDto.RowError> errors, Locale locale) {
        String failure = r[17] == null ? null : com.kaeru.backend.platform.i18n.ApiMessages.text(
                locale == null ? Locale.JAPANESE : locale, (String) r[17], r[18] == null ? "" : r[18]);
        return new ImportJobDto(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(), ((Number) r[10]).intValue(), ((Number) r[11]).intValue(), (String) r[12],
                instant(r[13]), instant(r[14]), errors, List.of(), ((Number) r[15]).intValue(),
                ((Number) r[16]).intValue(), failure);
    }

    private static ImportJobDto withSample(ImportJobDto j, List<OrderRecord> sample) {
        return new ImportJobDto(j.id(), j.kind(), j.fileName(), j.charset(), j.preset(), j.mode(), j.status(),
                j.totalRows(), j.validOrders(), j.invalidOrders(), j.errorCount(), j.imported(), j.createdBy(),
                j.createdAt(), j.committedAt(), j.errors(), sample, j.progressDone(), j.progressTotal(), j.failure());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    private static CsvOrderFile.Preset preset(String name) {
        try {
            return CsvOrderFile.Preset.valueOf(name == null || name.isBlank() ? "GENERIC" : name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("problem.import.unknown-preset", name);
        }
    }

    private static Mode mode(String name) {
        try {
            return Mode.valueOf(name == null || name.isBlank() ? "ALL_OR_NOTHING" : name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("problem.import.unknown-mode", name);
        }
    }

    /** UTF-8 or Shift_JIS by their usual names (422 otherwise); blank → detected. */
    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return CsvEncoding.of(name).charset();
        } catch (InvalidValueException e) {
            throw new InvalidValueException("problem.import.unknown-charset", name);
        }
    }
}
