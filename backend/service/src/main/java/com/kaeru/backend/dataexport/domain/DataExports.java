package com.kaeru.backend.dataexport.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored export requests and their ZIP parts; every method runs in a transaction bound to the shop. */
public interface DataExports {
    /** Size of a stored part of a ZIP. */
    int PART_BYTES = 1024 * 1024;

    long queue(long shopId, String requestedBy, String requesterEmail, String language, String reason, Instant now);

    List<DataExport> list(long shopId, int limit);

    Optional<DataExport> find(long shopId, long id);

    /**
     * Claims up to {@code limit} queued exports, and running ones whose lease ran out (a crashed worker), skipping
     * rows another worker holds; they stay RUNNING under a lease until {@code leaseUntil}.
     */
    List<Long> claim(long shopId, Instant now, Instant leaseUntil, int limit);

    void progress(long shopId, long id, int percent);

    /** Stores one part and keeps the lease until {@code leaseUntil}. */
    void storePart(long shopId, long id, int seq, byte[] bytes, Instant leaseUntil);

    void ready(long shopId, long id, long sizeBytes, String sha256, Instant expiresAt, Instant now);

    void failed(long shopId, long id, String error, Instant now);

    byte[] part(long shopId, long id, int seq);

    /** Removes the stored ZIPs of exports that expired; their rows stay (status, who, when) for the record. */
    int removeExpiredParts(long shopId, Instant now);

    /** Every shop with an export to write (queued, or its worker's lease expired) or expired parts to remove. */
    java.util.List<Long> shopsWithWorkDue(Instant now);
}
