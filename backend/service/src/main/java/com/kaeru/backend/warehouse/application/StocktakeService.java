package com.kaeru.backend.warehouse.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kaeru.api.inventory.StocktakeCount;
import com.kaeru.api.inventory.StocktakeDto;
import com.kaeru.api.inventory.StocktakeLineDto;
import com.kaeru.api.inventory.StocktakePosting;
import com.kaeru.api.inventory.StocktakeRequest;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.inventory.domain.Level;
import com.kaeru.backend.inventory.domain.Location;
import com.kaeru.backend.inventory.domain.MovementCause;
import com.kaeru.backend.inventory.domain.MovementContext;
import com.kaeru.backend.inventory.domain.StockLedger;
import com.kaeru.backend.inventory.domain.Stocktake;
import com.kaeru.backend.platform.errors.InvalidFieldsException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Stocktake (棚卸): operators enter what they counted at a location (PROCESS_RETURNS), everyone in
 * the shop reads the discrepancy against the books at counting time, and a manager (ADJUST_STOCK)
 * posts it with a reason as STOCKTAKE_ADJUSTMENT movements referenced {@code ST-<id>}. Posting is
 * all or nothing: one adjustment that would break a level (fewer sellable than reserved, below
 * zero) refuses the whole posting with 409.
 */
@ApplicationScoped
public class StocktakeService {
    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    StockLedger ledger;
    @Inject
    CatalogRepository catalog;
    @Inject
    InventoryService inventory;

    @Transactional
    public StocktakeDto count(String slug, StocktakeRequest request) {
        Shop shop = access.enter(slug, Permission.PROCESS_RETURNS);
        Location location = inventory.location(shop, request.location);
        Map<String, Variant> variants = catalog.findVariantsBySku(shop.id(),
                request.counts.stream().map(c -> c.sku.strip()).toList());
        List<InvalidFieldsException.Issue> issues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.counts.size(); i++) {
            String sku = request.counts.get(i).sku.strip();
            if (!variants.containsKey(sku)) {
                issues.add(new InvalidFieldsException.Issue("counts[" + i + "].sku", "problem.inventory.unknown-sku", sku));
            } else if (!seen.add(sku)) {
                issues.add(new InvalidFieldsException.Issue("counts[" + i + "].sku", "problem.inventory.sku-twice", sku));
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidFieldsException(issues);
        }
        List<Stocktake.Line> lines = new ArrayList<>();
        for (StocktakeCount c : request.counts) {
            Variant v = variants.get(c.sku.strip());
            Level booked = ledger.level(shop.id(), location.id(), v.id());
            lines.add(new Stocktake.Line(v.id(), v.sku(), v.product().nameJa(), v.product().nameEn(), c.sellable,
                    c.outlet, booked.sellable(), booked.outlet()));
        }
        String note = request.note == null || request.note.isBlank() ? null : request.note.strip();
        long id = ledger.saveStocktake(shop.id(), location.id(), note, caller.username(), Instant.now(), lines);
        return toDto(find(shop, id));
    }

    @Transactional
    public StocktakeDto get(String slug, long id) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        return toDto(find(shop, id));
    }

    /** The stocktake for the CSV report; refusals (403, 404) before the first byte. */
    @Transactional
    public Stocktake report(String slug, long id) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        return find(shop, id);
    }

    @Transactional
    public StocktakeDto post(String slug, long id, StocktakePosting posting) {
        Shop shop = access.enter(slug, Permission.ADJUST_STOCK);
        Stocktake stocktake = find(shop, id);
        String reason = posting.reason.strip();
        // Marked first: a concurrent posting of the same stocktake waits on the row and then finds it posted.
        if (!ledger.markPosted(shop.id(), id, caller.username(), Instant.now(), reason)) {
            throw new InventoryConflictException("problem.inventory.stocktake-posted", stocktake.reference());
        }
        MovementContext context = MovementContext.of(caller.username(), stocktake.reference());
        for (Stocktake.Line line : stocktake.lines()) {
            if (!line.hasDiscrepancy()) {
                continue;
            }
            Level current = ledger.lock(shop.id(), stocktake.locationId(), line.variantId());
            Level after = current.plus(line.adjustment());
            if (!after.valid()) {
                // Runtime exception: the transaction rolls back, the stocktake stays COUNTED, nothing is half-posted.
                throw new InventoryConflictException("problem.inventory.adjustment-invalid", line.sku(),
                        line.sellableDiscrepancy(), current.sellable(), current.reserved());
            }
            ledger.post(shop.id(), stocktake.locationId(), line.variantId(), MovementCause.STOCKTAKE_ADJUSTMENT,
                    line.adjustment(), context, reason, null);
        }
        return toDto(find(shop, id));
    }

    private Stocktake find(Shop shop, long id) {
        return ledger.stocktake(shop.id(), id)
                .orElseThrow(() -> new NotFoundException("problem.not-found.stocktake", String.valueOf(id)));
    }

    static StocktakeDto toDto(Stocktake s) {
        List<StocktakeLineDto> lines = s.lines().stream().map(l -> new StocktakeLineDto(l.variantId(), l.sku(),
                l.productNameJa(), l.productNameEn(), l.countedSellable(), l.bookedSellable(), l.sellableDiscrepancy(),
                l.countedOutlet(), l.bookedOutlet(), l.outletDiscrepancy())).toList();
        return new StocktakeDto(s.id(), s.location(), s.posted() ? "POSTED" : "COUNTED", s.note(), s.countedBy(),
                s.countedAt(), s.postedBy(), s.postedAt(), s.reason(), lines, s.linesWithDiscrepancy());
    }
}
