package com.kaeru.backend.dataexport.application;

import java.time.Duration;
import java.time.Instant;

import com.kaeru.api.dataexport.ShopClosureDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.dataexport.domain.DataExport;
import com.kaeru.backend.dataexport.domain.DataExports;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closing a shop and undoing it (docs/data-export.md). Closing, queueing the final export and the audit entry
 * commit together; the deletion after the grace period is {@link ShopDeletionJob}'s.
 */
@ApplicationScoped
public class ShopClosureService {
    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    DataExports exports;
    @Inject
    AuditTrail audit;
    @Inject
    @ConfigProperty(name = "kaeru.shops.closure.grace-days", defaultValue = "30")
    int graceDays;

    @Transactional
    public ShopClosureDto get(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        return dto(shop, finalExport(shop));
    }

    /** Closes the shop, queues its final export for the caller and audits both. */
    @Transactional
    public ShopClosureDto close(String slug, String language) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        Instant now = Instant.now();
        shop.close(caller.username(), now, Duration.ofDays(Math.max(0, graceDays)));
        long export = exports.queue(shop.id(), caller.username(), caller.email().orElse(null), language, "CLOSING", now);
        audit.record(shop.id(), "SHOP", slug, "SHOP_CLOSED", "OPEN", "CLOSED", caller.username(),
                "data deleted from " + shop.deletionDueAt() + "; final export E-" + export, now);
        audit.record(shop.id(), DataExportSteps.AUDIT_ENTITY, DataExportSteps.ref(export), "DATA_EXPORT_REQUESTED", null,
                "QUEUED", caller.username(), "final export of the closed shop", now);
        return dto(shop, export);
    }

    @Transactional
    public ShopClosureDto reopen(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        shop.reopen();
        audit.record(shop.id(), "SHOP", slug, "SHOP_REOPENED", "CLOSED", "OPEN", caller.username(), null, Instant.now());
        return dto(shop, null);
    }

    private Long finalExport(Shop shop) {
        return shop.isClosed() ? exports.list(shop.id(), 50).stream().filter(e -> !e.createdAt().isBefore(shop.closedAt()))
                .map(DataExport::id).reduce((newest, older) -> newest).orElse(null) : null;
    }

    private static ShopClosureDto dto(Shop shop, Long finalExport) {
        return new ShopClosureDto(shop.isClosed(), shop.closedAt(), shop.closedBy(), shop.deletionDueAt(),
                shop.dataDeletedAt(), finalExport);
    }
}
