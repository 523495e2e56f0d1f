package com.kaeru.backend.dataexport.domain;

import java.time.Instant;

/**
 * One export request of a shop, as stored.
 *
 * @param parts how many stored parts the ZIP has (0 before READY)
 */
public record DataExport(long id, long shopId, ExportStatus status, int progress, String requestedBy,
                         String requesterEmail, String language, Instant createdAt, Instant finishedAt,
                         Instant expiresAt, Long sizeBytes, String sha256, String error, int parts) {

    /**
     * Refuses a download that cannot be served now: not ready yet or failed (409), or expired (410). The ZIP of an
     * expired export is gone for good (the worker removes its parts).
     */
    public void requireDownloadable(Instant now) {
        if (status != ExportStatus.READY) {
            throw new ExportNotReadyException(id, status);
        }
        if (!now.isBefore(expiresAt)) {
            throw new ExportExpiredException(id, expiresAt);
        }
    }

    /** The file name a download is offered under. */
    public String fileName(String shopSlug) {
        return "kaeru-" + shopSlug + "-export-" + id + ".zip";
    }
}
