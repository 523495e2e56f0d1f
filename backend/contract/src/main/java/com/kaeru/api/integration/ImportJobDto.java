package com.kaeru.api.integration;

import java.time.Instant;
import java.util.List;

/**
 * A CSV import: what the file held (preview) and, once committed, what was imported.
 *
 * @param id            the job's id
 * @param kind          what the file holds: ORDERS, PRODUCTS or STOCK
 * @param fileName      the name the file was uploaded under
 * @param charset       the encoding read (UTF-8 or windows-31j), detected unless chosen
 * @param preset        the column layout: GENERIC, RAKUTEN_RMS, AMAZON_SELLER_CENTRAL or SHOPIFY
 * @param mode          how it was committed (ALL_OR_NOTHING or VALID_ONLY); null before commit
 * @param status        PREVIEWED, COMMITTING (a large file being imported in the background), COMMITTED or FAILED
 * @param totalRows     data rows in the file (the header not counted)
 * @param validOrders   records (orders; products; stock rows) whose every row is valid
 * @param invalidOrders records left out because a row of theirs has an error
 * @param errorCount    row errors found (only the first {@value #MAX_ERRORS_SHOWN} are in {@code errors})
 * @param imported      records created or updated by the commit (an unchanged re-import counts as imported)
 * @param createdBy     who uploaded the file
 * @param createdAt     when it was uploaded
 * @param committedAt   when it was committed; null before
 * @param errors        row errors, in file order, messages in the caller's language
 * @param sample        the first {@value #SAMPLE_SIZE} valid orders, as they will be imported
 * @param progressDone  while COMMITTING (and after): orders processed so far by the background import
 * @param progressTotal orders the background import has to process (0 for a commit that ran in the request)
 * @param failure       why the last background commit was refused and rolled back (in the caller's language; the
 *                      job is PREVIEWED again and nothing was imported); null otherwise
 */
public record ImportJobDto(
        long id,
        String kind,
        String fileName,
        String charset,
        String preset,
        String mode,
        String status,
        int totalRows,
        int validOrders,
        int invalidOrders,
        int errorCount,
        int imported,
        String createdBy,
        Instant createdAt,
        Instant committedAt,
        List<RowError> errors,
        List<OrderRecord> sample,
        int progressDone,
        int progressTotal,
        String failure) {

    public static final int MAX_ERRORS_SHOWN = 1000;
    public static final int SAMPLE_SIZE = 20;

    /**
     * @param line    line in the file (the header is line 1; 0 for the file as a whole or a record refused at commit)
     * @param column  the file's column header
     * @param message why, in the caller's language
     */
    public record RowError(long line, String column,
            String message) {
    }
}
