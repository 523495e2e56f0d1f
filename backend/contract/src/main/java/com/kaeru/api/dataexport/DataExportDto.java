package com.kaeru.api.dataexport;

import java.time.Instant;

/**
 * One export of a shop's data.
 *
 * @param id          the export's id (per deployment; only the shop's own staff see it)
 * @param status      QUEUED, RUNNING, READY or FAILED
 * @param progress    0–100, the share of the shop's tables written so far
 * @param requestedBy who asked for it
 * @param createdAt   when it was asked for
 * @param finishedAt  when the ZIP was stored (or the export failed); null before
 * @param expiresAt   until when the ZIP can be downloaded; null before READY
 * @param sizeBytes   the ZIP's size; null before READY
 * @param sha256      the ZIP's SHA-256 (hex); null before READY
 * @param downloadPath the API path of the ZIP (relative to the API base); null before READY
 */
public record DataExportDto(
        long id,
        String status,
        int progress,
        String requestedBy,
        Instant createdAt,
        Instant finishedAt,
        Instant expiresAt,
        Long sizeBytes,
        String sha256,
        String downloadPath) {
}
