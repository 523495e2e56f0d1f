package com.kaeru.backend.dataexport.application;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.dataexport.DataExportDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.dataexport.domain.DataExport;
import com.kaeru.backend.dataexport.domain.DataExports;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Asking for, watching and downloading a shop's exports. Everything needs {@link Permission#MANAGE_SETTINGS}, which
 * only managers and agency admins hold: an export is everything of the shop, customers' addresses included.
 */
@ApplicationScoped
public class DataExportService {
    private static final int LISTED = 20;

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    DataExports exports;
    @Inject
    AuditTrail audit;

    /** What a download needs once it has been allowed: the stored parts are read one by one afterwards. */
    public record Download(long shopId, long exportId, String fileName, int parts, long sizeBytes) {
    }

    /** Queues an export of everything of the shop; the worker writes it and e-mails the caller the link. */
    @Transactional
    public DataExportDto request(String slug, Locale language) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        Instant now = Instant.now();
        long id = exports.queue(shop.id(), caller.username(), caller.email().orElse(null),
                "ja".equals(language.getLanguage()) ? "ja" : "en", "REQUESTED", now);
        audit.record(shop.id(), DataExportSteps.AUDIT_ENTITY, DataExportSteps.ref(id), "DATA_EXPORT_REQUESTED", null,
                "QUEUED", caller.username(), null, now);
        return dto(slug, exports.find(shop.id(), id).orElseThrow());
    }

    @Transactional
    public List<DataExportDto> list(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        return exports.list(shop.id(), LISTED).stream().map(e -> dto(slug, e)).toList();
    }

    @Transactional
    public DataExportDto get(String slug, long id) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        return dto(slug, find(shop, id));
    }

    /** Allows a download (404 another shop's or no export, 409 not ready, 410 expired) and audits it. */
    @Transactional
    public Download download(String slug, long id) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        DataExport export = find(shop, id);
        Instant now = Instant.now();
        export.requireDownloadable(now);
        audit.record(shop.id(), DataExportSteps.AUDIT_ENTITY, DataExportSteps.ref(id), "DATA_EXPORT_DOWNLOADED", null,
                null, caller.username(), null, now);
        return new Download(shop.id(), id, export.fileName(slug), export.parts(), export.sizeBytes());
    }

    private DataExport find(Shop shop, long id) {
        return exports.find(shop.id(), id)
                .orElseThrow(() -> new NotFoundException("problem.not-found.data-export", id));
    }

    static DataExportDto dto(String slug, DataExport e) {
        return new DataExportDto(e.id(), e.status().name(), e.progress(), e.requestedBy(), e.createdAt(), e.finishedAt(),
                e.expiresAt(), e.sizeBytes(), e.sha256(), e.status().name().equals("READY")
                ? "/shops/" + slug + "/data-exports/" + e.id() + "/download" : null);
    }
}
