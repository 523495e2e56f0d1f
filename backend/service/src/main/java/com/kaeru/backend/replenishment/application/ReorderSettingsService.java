package com.kaeru.backend.replenishment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.kaeru.api.replenishment.ReorderOverrideDto;
import com.kaeru.api.replenishment.ReorderOverrideRequest;
import com.kaeru.api.replenishment.ReorderSettingsDto;
import com.kaeru.api.replenishment.ReorderSettingsRequest;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.replenishment.domain.ReorderOverride;
import com.kaeru.backend.replenishment.domain.ReorderSettings;
import com.kaeru.backend.replenishment.domain.ReplenishmentRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Lead time, safety stock and the sales window: everyone in the shop reads them (VIEW_SHOP),
 * managers change them (MANAGE_SETTINGS). Every change is audited and recomputes the shop's points
 * in the same transaction, so the alerts a manager sees next already follow the new values.
 */
@ApplicationScoped
public class ReorderSettingsService {
    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    ReplenishmentRepository repository;
    @Inject
    CatalogRepository catalog;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public ReorderSettingsDto settings(String slug) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        return view(shop);
    }

    @Transactional
    public ReorderSettingsDto update(String slug, ReorderSettingsRequest request) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        ReorderSettings settings = new ReorderSettings(request.leadTimeDays, request.safetyStock, request.salesWindowDays);
        repository.saveSettings(shop.id(), settings, caller.username());
        return changed(shop, "REORDER_SETTINGS_CHANGED", "shop", "lead time " + settings.leadTimeDays() + " d, safety stock "
                + settings.safetyStock() + ", window " + settings.salesWindowDays() + " d");
    }

    @Transactional
    public ReorderSettingsDto overrideVariant(String slug, String sku, ReorderOverrideRequest request) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        Variant variant = variant(shop, sku);
        requireAValue(request);
        repository.saveOverride(shop.id(), ReorderOverride.Scope.VARIANT, variant.id(), request.leadTimeDays,
                request.safetyStock, caller.username());
        return changed(shop, "REORDER_OVERRIDE_SET", variant.sku(), describe(request));
    }

    @Transactional
    public ReorderSettingsDto removeVariantOverride(String slug, String sku) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        Variant variant = variant(shop, sku);
        repository.removeOverride(shop.id(), ReorderOverride.Scope.VARIANT, variant.id());
        return changed(shop, "REORDER_OVERRIDE_REMOVED", variant.sku(), null);
    }

    @Transactional
    public ReorderSettingsDto overrideProduct(String slug, String product, ReorderOverrideRequest request) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        long id = product(shop, product);
        requireAValue(request);
        repository.saveOverride(shop.id(), ReorderOverride.Scope.PRODUCT, id, request.leadTimeDays, request.safetyStock,
                caller.username());
        return changed(shop, "REORDER_OVERRIDE_SET", product.strip(), describe(request));
    }

    @Transactional
    public ReorderSettingsDto removeProductOverride(String slug, String product) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        long id = product(shop, product);
        repository.removeOverride(shop.id(), ReorderOverride.Scope.PRODUCT, id);
        return changed(shop, "REORDER_OVERRIDE_REMOVED", product.strip(), null);
    }

    /** The shop's local date: the sales window is whole days of the shop's calendar. */
    static LocalDate today(Shop shop, Clock clock) {
        return LocalDate.ofInstant(clock.instant(), shop.timeZone());
    }

    private ReorderSettingsDto changed(Shop shop, String action, String target, String detail) {
        repository.recompute(shop.id(), today(shop, clock));
        audit.record(shop.id(), "SHOP", shop.slug().value(), action, null, target, caller.username(), detail,
                Instant.now(clock));
        return view(shop);
    }

    private ReorderSettingsDto view(Shop shop) {
        var saved = repository.settings(shop.id());
        ReorderSettings s = saved.orElse(ReorderSettings.DEFAULTS);
        return new ReorderSettingsDto(s.leadTimeDays(), s.safetyStock(), s.salesWindowDays(), saved.isEmpty(),
                repository.overrides(shop.id()).stream().map(o -> new ReorderOverrideDto(o.scope().name(), o.key(),
                        o.productNameJa(), o.productNameEn(), o.leadTimeDays(), o.safetyStock())).toList());
    }

    private Variant variant(Shop shop, String sku) {
        String key = sku == null ? "" : sku.strip();
        Variant variant = catalog.findVariantsBySku(shop.id(), Set.of(key)).get(key);
        if (variant == null) {
            throw new NotFoundException("problem.not-found.sku", key);
        }
        return variant;
    }

    private long product(Shop shop, String externalId) {
        String key = externalId == null ? "" : externalId.strip();
        return repository.productId(shop.id(), key)
                .orElseThrow(() -> new NotFoundException("problem.not-found.product", key));
    }

    private static void requireAValue(ReorderOverrideRequest request) {
        if (request.leadTimeDays == null && request.safetyStock == null) {
            throw new InvalidValueException("problem.reorder.override-empty");
        }
    }

    private static String describe(ReorderOverrideRequest r) {
        return "lead time " + (r.leadTimeDays == null ? "inherited" : r.leadTimeDays + " d") + ", safety stock "
                + (r.safetyStock == null ? "inherited" : r.safetyStock);
    }
}
