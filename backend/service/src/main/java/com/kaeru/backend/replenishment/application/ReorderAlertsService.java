package com.kaeru.backend.replenishment.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.replenishment.RecomputationDto;
import com.kaeru.api.replenishment.ReorderAlertDto;
import com.kaeru.api.replenishment.ReorderAlertPageDto;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.replenishment.domain.AlertOrder;
import com.kaeru.backend.replenishment.domain.ReorderAlert;
import com.kaeru.backend.replenishment.domain.ReplenishmentRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reading alerts (VIEW_SHOP: every role, API keys) and recomputing the points now (MANAGE_SETTINGS). */
@ApplicationScoped
public class ReorderAlertsService {
    public static final int MAX_PAGE_SIZE = 200;
    /** An export holds at most this many rows (far above any shop's alerts; keeps memory bounded). */
    public static final int MAX_EXPORT_ROWS = 100_000;

    @Inject
    ShopAccess access;
    @Inject
    ReplenishmentRepository repository;

    Clock clock = Clock.systemUTC();

    @Transactional
    public ReorderAlertPageDto alerts(String slug, String sort, String direction, int page, int size) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        AlertOrder order = order(sort, direction);
        if (size < 1 || size > MAX_PAGE_SIZE || page < 0) {
            throw new InvalidValueException("problem.inventory.page", MAX_PAGE_SIZE);
        }
        List<ReorderAlertDto> items = repository.alerts(shop.id(), order, page * size, size).stream()
                .map(ReorderAlertsService::toDto).toList();
        return new ReorderAlertPageDto(items, repository.countAlerts(shop.id()), page, size,
                repository.computedAt(shop.id()).orElse(null));
    }

    /** Every alert in the order asked for, for the CSV. */
    @Transactional
    public List<ReorderAlert> export(String slug, String sort, String direction) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        return repository.alerts(shop.id(), order(sort, direction), 0, MAX_EXPORT_ROWS);
    }

    @Transactional
    public RecomputationDto recompute(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        int points = repository.recompute(shop.id(), ReorderSettingsService.today(shop, clock));
        return new RecomputationDto(points, repository.countAlerts(shop.id()),
                repository.computedAt(shop.id()).orElse(null));
    }

    /** {@code sort} as in the API (shortfall, sku, avgDailySales, ...); numbers descending and SKUs ascending unless told. */
    static AlertOrder order(String sort, String direction) {
        AlertOrder.Column column;
        String key = sort == null ? "" : sort.strip().toLowerCase(Locale.ROOT);
        column = switch (key) {
            case "", "shortfall" -> AlertOrder.Column.SHORTFALL;
            case "sku" -> AlertOrder.Column.SKU;
            case "avgdailysales" -> AlertOrder.Column.AVG_DAILY_SALES;
            case "available" -> AlertOrder.Column.AVAILABLE;
            case "reorderpoint" -> AlertOrder.Column.REORDER_POINT;
            case "incoming" -> AlertOrder.Column.INCOMING;
            default -> throw new InvalidValueException("problem.reorder.unknown-sort", sort.strip());
        };
        String dir = direction == null ? "" : direction.strip().toLowerCase(Locale.ROOT);
        boolean descending = switch (dir) {
            case "" -> column != AlertOrder.Column.SKU;
            case "desc" -> true;
            case "asc" -> false;
            default -> throw new InvalidValueException("problem.reorder.unknown-direction", direction.strip());
        };
        return new AlertOrder(column, descending);
    }

    static ReorderAlertDto toDto(ReorderAlert a) {
        return new ReorderAlertDto(a.variantId(), a.sku(), a.productNameJa(), a.productNameEn(), a.size(), a.color(),
                a.unitsSold(), a.windowFrom(), a.windowDays(), a.avgDailySales(), a.leadTimeDays(), a.safetyStock(),
                a.backordered(), a.reorderPoint(), a.available(), a.incoming(), a.shortfall());
    }
}
