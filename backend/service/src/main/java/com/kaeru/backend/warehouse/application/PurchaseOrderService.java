package com.kaeru.backend.warehouse.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.kaeru.api.inventory.PurchaseOrderDto;
import com.kaeru.api.inventory.PurchaseOrderLineDto;
import com.kaeru.api.inventory.PurchaseOrderPageDto;
import com.kaeru.api.inventory.PurchaseOrderRequest;
import com.kaeru.api.inventory.PurchaseOrderSchedule;
import com.kaeru.api.inventory.ReceiptRequest;
import com.kaeru.api.inventory.SkuQuantity;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.inventory.domain.Deltas;
import com.kaeru.backend.inventory.domain.Location;
import com.kaeru.backend.inventory.domain.MovementCause;
import com.kaeru.backend.inventory.domain.MovementContext;
import com.kaeru.backend.inventory.domain.PurchaseOrder;
import com.kaeru.backend.inventory.domain.PurchaseOrderStatus;
import com.kaeru.backend.inventory.domain.PurchaseOrders;
import com.kaeru.backend.inventory.domain.StockLedger;
import com.kaeru.backend.platform.errors.InvalidFieldsException;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.returns.application.BackorderAllocation;
import com.kaeru.backend.returns.application.BackorderNotices;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Purchase orders (incoming supply). Managers (MANAGE_SUPPLY) place, reschedule and cancel;
 * operators (PROCESS_RETURNS) receive; everyone in the shop and API keys read. Each use case is one
 * transaction: the order and its ledger movements (referenced by the PO number) commit together or
 * not at all. Moves of one order queue on its row ({@link PurchaseOrders#lock}); movements lock
 * their levels in variant order, so two orders sharing variants never deadlock.
 * <p>
 * Receiving at the default location then lets the waiting exchanges take the new units first
 * ({@link BackorderAllocation}); placing, rescheduling or cancelling tells customers waiting for the
 * SKUs their next supply date ({@link BackorderNotices}).
 */
@ApplicationScoped
public class PurchaseOrderService {
    public static final int MAX_IDEMPOTENCY_KEY = 100;

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    StockLedger ledger;
    @Inject
    PurchaseOrders orders;
    @Inject
    CatalogRepository catalog;
    @Inject
    InventoryService inventory;
    @Inject
    BackorderAllocation allocation;
    @Inject
    BackorderNotices notices;

    @Transactional
    public PurchaseOrderDto place(String slug, PurchaseOrderRequest request) {
        Shop shop = access.enter(slug, Permission.MANAGE_SUPPLY);
        return place(shop, request, caller.username());
    }

    /** Places an order for a shop the caller entered (the demo data, which has no signed-in person). */
    @Transactional(Transactional.TxType.MANDATORY)
    public PurchaseOrderDto place(Shop shop, PurchaseOrderRequest request, String actor) {
        Location location = request.location == null || request.location.isBlank() ? ledger.defaultLocation(shop.id())
                : inventory.location(shop, request.location);
        Map<String, Variant> variants = variants(shop, request.lines);
        List<PurchaseOrder.Line> lines = request.lines.stream().map(l -> {
            Variant v = variants.get(l.sku.strip());
            return new PurchaseOrder.Line(v.id(), v.sku(), v.product().nameJa(), v.product().nameEn(), l.quantity, 0);
        }).toList();
        Instant now = Instant.now();
        LocalDate today = today(shop);
        String note = request.note == null || request.note.isBlank() ? null : request.note.strip();
        PurchaseOrder order = PurchaseOrder.place(orders.nextNumber(shop.id()), request.supplier.strip(), location,
                request.expectedDate, request.confirmed, note, lines, actor, now, today);
        order = orders.insert(shop.id(), order, now);
        MovementContext context = MovementContext.of(actor, order.number());
        for (PurchaseOrder.Units u : byVariant(order.ordered())) {
            ledger.lock(shop.id(), location.id(), u.variantId());
            ledger.post(shop.id(), location.id(), u.variantId(), MovementCause.SUPPLY_ORDERED,
                    new Deltas(0, 0, 0, u.units()), context, null, null);
        }
        // A new order may be news for customers waiting for these SKUs (an earlier or a first confirmed date).
        tellWaiting(shop, order.lines().stream().map(PurchaseOrder.Line::variantId).toList(), actor, now, today);
        return toDto(order, today);
    }

    @Transactional
    public PurchaseOrderPageDto list(String slug, String status, String sku, boolean overdue, int page, int size) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        if (size < 1 || size > InventoryService.MAX_PAGE_SIZE || page < 0) {
            throw new InvalidValueException("problem.inventory.page", InventoryService.MAX_PAGE_SIZE);
        }
        Long variant = sku == null || sku.isBlank() ? null : inventory.variant(shop, sku).id();
        LocalDate today = today(shop);
        var result = orders.list(shop.id(), new PurchaseOrders.Filter(status(status), variant, overdue ? today : null),
                page, size);
        return new PurchaseOrderPageDto(result.items().stream().map(o -> toDto(o, today)).toList(), result.total(),
                page, size);
    }

    @Transactional
    public PurchaseOrderDto get(String slug, String number) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        return toDto(orders.find(shop.id(), number).orElseThrow(() -> notFound(number)), today(shop));
    }

    @Transactional
    public PurchaseOrderDto reschedule(String slug, String number, PurchaseOrderSchedule schedule) {
        Shop shop = access.enter(slug, Permission.MANAGE_SUPPLY);
        PurchaseOrder order = orders.lock(shop.id(), number).orElseThrow(() -> notFound(number));
        LocalDate today = today(shop);
        PurchaseOrder.Schedule change = order.reschedule(schedule.expectedDate, schedule.confirmed, today);
        if (change.changed()) {
            Instant now = Instant.now();
            orders.update(shop.id(), order, now);
            tellWaiting(shop, order.lines().stream().filter(l -> l.remaining() > 0).map(PurchaseOrder.Line::variantId)
                    .toList(), caller.username(), now, today);
        }
        return toDto(order, today);
    }

    /**
     * Receives units. With an idempotency key, a retry of a receipt already posted to this order
     * answers the order as it is now and receives nothing; the key used for another order is 409.
     * The order's row lock makes two receipts of one order (and a retry racing its original) queue:
     * the second sees what the first received.
     */
    @Transactional
    public PurchaseOrderDto receive(String slug, String number, String idempotencyKey, ReceiptRequest request) {
        Shop shop = access.enter(slug, Permission.PROCESS_RETURNS);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > MAX_IDEMPOTENCY_KEY) {
            throw new InvalidValueException("problem.supply.key-too-long", MAX_IDEMPOTENCY_KEY);
        }
        PurchaseOrder order = orders.lock(shop.id(), number).orElseThrow(() -> notFound(number));
        LocalDate today = today(shop);
        if (key != null) {
            var earlier = orders.receiptOf(shop.id(), key);
            if (earlier.isPresent()) {
                if (!earlier.get().equals(order.number())) {
                    throw new InventoryConflictException("problem.supply.key-reused", earlier.get());
                }
                return toDto(order, today);
            }
        }
        Map<String, Variant> variants = variants(shop, request.lines);
        LinkedHashMap<Long, Integer> units = new LinkedHashMap<>();
        request.lines.forEach(l -> units.put(variants.get(l.sku.strip()).id(), l.quantity));
        List<PurchaseOrder.Units> received = order.receive(units);
        Instant now = Instant.now();
        String actor = caller.username();
        orders.update(shop.id(), order, now);
        orders.saveReceipt(shop.id(), order.id(), key, received.stream().mapToInt(PurchaseOrder.Units::units).sum(),
                actor, now);
        MovementContext context = MovementContext.of(actor, order.number());
        for (PurchaseOrder.Units u : byVariant(received)) {
            ledger.lock(shop.id(), order.locationId(), u.variantId());
            ledger.post(shop.id(), order.locationId(), u.variantId(), MovementCause.RECEIPT,
                    new Deltas(u.units(), 0, 0, -u.units()), context, null, null);
        }
        if (ledger.defaultLocation(shop.id()).id() == order.locationId()) {
            // The exchanges waiting for these SKUs take the new units first, first come first served.
            for (PurchaseOrder.Units u : byVariant(received)) {
                allocation.allocate(shop, u.variantId(), actor, now);
            }
        }
        return toDto(order, today);
    }

    @Transactional
    public PurchaseOrderDto cancel(String slug, String number) {
        Shop shop = access.enter(slug, Permission.MANAGE_SUPPLY);
        PurchaseOrder order = orders.lock(shop.id(), number).orElseThrow(() -> notFound(number));
        Instant now = Instant.now();
        String actor = caller.username();
        List<PurchaseOrder.Units> remaining = order.cancel(actor, now);
        orders.update(shop.id(), order, now);
        MovementContext context = MovementContext.of(actor, order.number());
        for (PurchaseOrder.Units u : byVariant(remaining)) {
            ledger.lock(shop.id(), order.locationId(), u.variantId());
            ledger.post(shop.id(), order.locationId(), u.variantId(), MovementCause.SUPPLY_ORDERED,
                    new Deltas(0, 0, 0, -u.units()), context, "cancelled", null);
        }
        // Customers waiting for these SKUs now wait for the next supply, if any is known.
        LocalDate today = today(shop);
        tellWaiting(shop, remaining.stream().map(PurchaseOrder.Units::variantId).toList(), actor, now, today);
        return toDto(order, today);
    }

    /** Waiting customers of these variants hear their date now, or that it is unknown ({@link BackorderNotices#supplyChanged}). */
    private void tellWaiting(Shop shop, List<Long> variantIds, String actor, Instant now, LocalDate today) {
        notices.supplyChanged(shop, variantIds, today, actor, now);
    }

    /** The SKUs of the lines, resolved; unknown or repeated SKUs are 422 per line. */
    private Map<String, Variant> variants(Shop shop, List<SkuQuantity> lines) {
        Map<String, Variant> variants = catalog.findVariantsBySku(shop.id(), lines.stream().map(l -> l.sku.strip()).toList());
        List<InvalidFieldsException.Issue> issues = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String sku = lines.get(i).sku.strip();
            if (!variants.containsKey(sku)) {
                issues.add(new InvalidFieldsException.Issue("lines[" + i + "].sku", "problem.inventory.unknown-sku", sku));
            } else if (!seen.add(sku)) {
                issues.add(new InvalidFieldsException.Issue("lines[" + i + "].sku", "problem.supply.sku-twice", sku));
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidFieldsException(issues);
        }
        return variants;
    }

    private static List<PurchaseOrder.Units> byVariant(List<PurchaseOrder.Units> units) {
        return units.stream().sorted(Comparator.comparingLong(PurchaseOrder.Units::variantId)).toList();
    }

    private static PurchaseOrderStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return PurchaseOrderStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("problem.supply.unknown-status", status.strip());
        }
    }

    /** The shop's calendar day: expected dates are days in the shop's time zone. */
    static LocalDate today(Shop shop) {
        return LocalDate.now(shop.timeZone());
    }

    private static NotFoundException notFound(String number) {
        return new NotFoundException("problem.not-found.purchase-order", number.strip());
    }

    static PurchaseOrderDto toDto(PurchaseOrder o, LocalDate today) {
        List<PurchaseOrderLineDto> lines = o.lines().stream().map(l -> new PurchaseOrderLineDto(l.variantId(), l.sku(),
                l.productNameJa(), l.productNameEn(), l.ordered(), l.received(), l.remaining())).toList();
        return new PurchaseOrderDto(o.number(), o.supplier(), o.location(), o.expectedDate(), o.confirmed(), o.note(),
                o.status().name(), o.isOverdue(today), o.orderedUnits(), o.receivedUnits(), o.createdBy(), o.createdAt(),
                o.cancelledBy(), o.cancelledAt(), lines);
    }
}
