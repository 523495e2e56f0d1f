package com.kaeru.backend.team.application;

import java.time.Instant;
import java.util.List;

import com.kaeru.api.shops.ShopDto;
import com.kaeru.api.team.NewShopRequest;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.reasons.application.ReturnReasonService;
import com.kaeru.backend.shops.application.ShopService;
import com.kaeru.backend.shops.application.ShopSlugTakenException;
import com.kaeru.backend.team.domain.TeamDirectory;
import com.kaeru.backend.team.domain.TeamRole;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Agency admins list their client shops and open new ones (tenant, default reasons, Keycloak groups). */
@ApplicationScoped
public class AgencyService {
    @Inject
    ShopAccess access;
    @Inject
    ShopService shops;
    @Inject
    ReturnReasonService reasons;
    @Inject
    TeamDirectory directory;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;

    public List<ShopDto> shops(String agencySlug) {
        return shops.agencyShops(agencySlug);
    }

    /**
     * Opens a shop. The database row comes first (a taken slug is refused before Keycloak is
     * touched); if Keycloak then fails, the transaction rolls back and no half-made shop remains.
     * Groups left behind by a failed commit are harmless and reused on the next attempt, but groups
     * that still hold people (a shop deleted from the database, a hand-made group) are refused: those
     * people would silently get the new shop.
     */
    @Transactional
    public ShopDto create(String agencySlug, NewShopRequest request) {
        access.requireAgencyAdmin(agencySlug);
        Shop shop = shops.open(agencySlug, request.slug, request.name, request.defaultLanguage, request.timeZone,
                request.currency, request.brandColor);
        String slug = shop.slug().value();
        for (TeamRole role : TeamRole.values()) {
            if (!directory.members(role.groupPath(slug)).isEmpty()) {
                throw new ShopSlugTakenException(slug);
            }
        }
        reasons.seedDefaults(shop.id());
        directory.ensureShopGroups(slug);
        audit.record(shop.id(), "SHOP", slug, "SHOP_CREATED", null, agencySlug, caller.username(), request.name,
                Instant.now());
        return ShopService.toDto(shop);
    }
}
