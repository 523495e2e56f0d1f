package com.kaeru.backend.dataexport.application;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.dataexport.domain.DataExport;
import com.kaeru.backend.dataexport.domain.DataExports;
import com.kaeru.backend.notifications.application.StaffNotices;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The worker's short transactions, each bound to the shop: claim, progress, one stored part, and the end (ready
 * with the e-mail and the audit entry, or failed). Nothing here holds a transaction while the archive is written.
 */
@ApplicationScoped
public class DataExportSteps {
    /** Audit entity type of exports (the entity ref is {@code E-<id>}). */
    public static final String AUDIT_ENTITY = "DATA_EXPORT";

    @Inject
    DataExports exports;
    @Inject
    TenantSession tenantSession;
    @Inject
    AuditTrail audit;
    @Inject
    StaffNotices notices;
    @Inject
    ShopRepository shops;

    static String ref(long id) {
        return "E-" + id;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String shopSlug(long shopId) {
        tenantSession.bind(shopId);
        return shops.findById(shopId).orElseThrow().slug().value();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DataExport> claim(long shopId, Duration lease, int limit, Instant now) {
        tenantSession.bind(shopId);
        return exports.claim(shopId, now, now.plus(lease).truncatedTo(ChronoUnit.MILLIS), limit).stream()
                .map(id -> exports.find(shopId, id).orElseThrow()).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(long shopId, long id, int percent) {
        tenantSession.bind(shopId);
        exports.progress(shopId, id, percent);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void storePart(long shopId, long id, int seq, byte[] bytes, Instant leaseUntil) {
        tenantSession.bind(shopId);
        exports.storePart(shopId, id, seq, bytes, leaseUntil);
    }

    /** Makes the export downloadable, audits it and queues the requester's e-mail with the link. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ready(long shopId, DataExport export, String shopSlug, long sizeBytes, String sha256, Instant expiresAt,
                      String link, Instant now) {
        tenantSession.bind(shopId);
        exports.ready(shopId, export.id(), sizeBytes, sha256, expiresAt, now);
        audit.record(shopId, AUDIT_ENTITY, ref(export.id()), "DATA_EXPORT_READY", "RUNNING", "READY", "system",
                sizeBytes + " bytes, sha256 " + sha256 + ", expires " + expiresAt, now);
        if (export.requesterEmail() != null) {
            notices.dataExportReady(shopId, export.requesterEmail(), export.language(), export.id(), link, expiresAt, now);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long shopId, long id, String error, Instant now) {
        tenantSession.bind(shopId);
        exports.failed(shopId, id, error, now);
        audit.record(shopId, AUDIT_ENTITY, ref(id), "DATA_EXPORT_FAILED", "RUNNING", "FAILED", "system", error, now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int removeExpired(long shopId, Instant now) {
        tenantSession.bind(shopId);
        return exports.removeExpiredParts(shopId, now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] part(long shopId, long id, int seq) {
        tenantSession.bind(shopId);
        return exports.part(shopId, id, seq);
    }
}
