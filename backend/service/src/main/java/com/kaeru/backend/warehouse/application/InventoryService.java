package com.kaeru.backend.warehouse.application;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.kaeru.api.inventory.LocationDto;
import com.kaeru.api.inventory.LocationRequest;
import com.kaeru.api.inventory.MovementDto;
import com.kaeru.api.inventory.MovementPageDto;
import com.kaeru.api.inventory.StockLevelDto;
import com.kaeru.api.inventory.StockLevelPageDto;
import com.kaeru.api.inventory.WriteOffRequest;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.inventory.domain.Deltas;
import com.kaeru.backend.inventory.domain.Level;
import com.kaeru.backend.inventory.domain.Location;
import com.kaeru.backend.inventory.domain.Movement;
import com.kaeru.backend.inventory.domain.MovementCause;
import com.kaeru.backend.inventory.domain.MovementContext;
import com.kaeru.backend.inventory.domain.StockLedger;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Reading stock (everyone in the shop and API keys: VIEW_SHOP), adding locations and writing off
 * units (managers: ADJUST_STOCK). Unknown SKUs and locations are 404s; unknown causes and bad pages
 * 422s.
 */
@ApplicationScoped
public class InventoryService {
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    ShopAccess access;
    @Inject
    StockLedger ledger;
    @Inject
    CatalogRepository catalog;
    @Inject
    Caller caller;

    @Transactional
    public List<LocationDto> locations(String slug) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        return ledger.locations(shop.id()).stream().map(InventoryService::toDto).toList();
    }

    @Transactional
    public LocationDto addLocation(String slug, LocationRequest request) {
        Shop shop = access.enter(slug, Permission.ADJUST_STOCK);
        String code = request.code.strip().toUpperCase(Locale.ROOT);
        if (ledger.location(shop.id(), code).isPresent()) {
            throw new InventoryConflictException("problem.inventory.location-exists", code);
        }
        return ledger.addLocation(shop.id(), code, request.name.strip()).map(InventoryService::toDto)
                .orElseThrow(() -> new InventoryConflictException("problem.inventory.location-exists", code));
    }

    @Transactional
    public StockLevelPageDto levels(String slug, String query, String locationCode, int page, int size) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        checkPage(page, size);
        Long location = locationCode == null || locationCode.isBlank() ? null : location(shop, locationCode).id();
        var result = ledger.levels(shop.id(), new StockLedger.LevelFilter(query, location, null), page, size);
        return new StockLevelPageDto(result.items().stream().map(InventoryService::toDto).toList(), result.total(),
                page, size);
    }

    @Transactional
    public List<StockLevelDto> sku(String slug, String sku) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        Variant variant = variant(shop, sku);
        return ledger.levels(shop.id(), new StockLedger.LevelFilter(null, null, variant.id()), 0, MAX_PAGE_SIZE)
                .items().stream().map(InventoryService::toDto).toList();
    }

    @Transactional
    public MovementPageDto movements(String slug, String sku, String locationCode, String cause, String reference,
                                     int page, int size) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        checkPage(page, size);
        Long variant = sku == null || sku.isBlank() ? null : variant(shop, sku).id();
        Long location = locationCode == null || locationCode.isBlank() ? null : location(shop, locationCode).id();
        var result = ledger.movements(shop.id(), new StockLedger.MovementFilter(variant, location, cause(cause),
                reference), page, size);
        return new MovementPageDto(result.items().stream().map(InventoryService::toDto).toList(), result.total(),
                page, size);
    }

    /**
     * Writes off units that are in stock (damaged on the shelf, lost, outlet stock that will not sell):
     * one DISPOSAL movement with the reason, reference {@code write-off}. Only units that are there and
     * not reserved for an exchange can go (409 otherwise). A returned unit graded C is not written off:
     * it never entered stock (grading C posts nothing).
     */
    @Transactional
    public MovementDto writeOff(String slug, WriteOffRequest request) {
        Shop shop = access.enter(slug, Permission.ADJUST_STOCK);
        Variant variant = variant(shop, request.sku);
        Location location = request.location == null || request.location.isBlank() ? ledger.defaultLocation(shop.id())
                : location(shop, request.location);
        int units = request.quantity;
        boolean outlet = "OUTLET".equals(request.bucket);
        Level current = ledger.lock(shop.id(), location.id(), variant.id());
        Deltas deltas = outlet ? Deltas.outlet(-units) : Deltas.sellable(-units);
        if (!current.plus(deltas).valid()) {
            throw outlet
                    ? new InventoryConflictException("problem.inventory.write-off-outlet", variant.sku(), units, current.outlet())
                    : new InventoryConflictException("problem.inventory.write-off-sellable", variant.sku(), units,
                            current.sellable(), current.reserved());
        }
        return toDto(ledger.post(shop.id(), location.id(), variant.id(), MovementCause.DISPOSAL, deltas,
                MovementContext.of(caller.username(), "write-off"), request.reason.strip(), null));
    }

    Location location(Shop shop, String code) {
        return ledger.location(shop.id(), code.strip())
                .orElseThrow(() -> new NotFoundException("problem.not-found.location", code.strip()));
    }

    Variant variant(Shop shop, String sku) {
        Variant variant = catalog.findVariantsBySku(shop.id(), Set.of(sku.strip())).get(sku.strip());
        if (variant == null) {
            throw new NotFoundException("problem.not-found.sku", sku.strip());
        }
        return variant;
    }

    private static MovementCause cause(String cause) {
        if (cause == null || cause.isBlank()) {
            return null;
        }
        try {
            return MovementCause.valueOf(cause.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("problem.inventory.unknown-cause", cause.strip());
        }
    }

    private static void checkPage(int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE || page < 0) {
            throw new InvalidValueException("problem.inventory.page", MAX_PAGE_SIZE);
        }
    }

    static LocationDto toDto(Location l) {
        return new LocationDto(l.id(), l.code(), l.name(), l.isDefault());
    }

    static StockLevelDto toDto(StockLedger.LevelRow r) {
        var l = r.level();
        return new StockLevelDto(r.variantId(), r.sku(), r.productNameJa(), r.productNameEn(), r.size(), r.color(),
                r.location(), l.sellable(), l.outlet(), l.reserved(), l.incoming(), l.available(), r.updatedAt());
    }

    static MovementDto toDto(Movement m) {
        return new MovementDto(m.id(), m.variantId(), m.sku(), m.location(), m.cause().name(), m.actor(),
                m.reference(), m.reason(), m.deltas().sellable(), m.deltas().outlet(), m.deltas().reserved(),
                m.deltas().incoming(), m.asOf(), m.occurredAt());
    }
}
