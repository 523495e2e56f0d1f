package com.kaeru.backend.integration.application;

import com.kaeru.backend.platform.vocabulary.Vocabulary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.kaeru.api.integration.BatchResult;
import com.kaeru.api.integration.IntegrationApi;
import com.kaeru.api.integration.OrderLineRecord;
import com.kaeru.api.integration.OrderRecord;
import com.kaeru.api.integration.ProductRecord;
import com.kaeru.api.integration.RecordResult;
import com.kaeru.api.integration.StockRecord;
import com.kaeru.api.integration.VariantRecord;
import com.kaeru.api.problem.Problem;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Product;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.inventory.domain.Deltas;
import com.kaeru.backend.inventory.domain.Level;
import com.kaeru.backend.inventory.domain.Location;
import com.kaeru.backend.inventory.domain.MovementCause;
import com.kaeru.backend.inventory.domain.MovementContext;
import com.kaeru.backend.inventory.domain.StockLedger;
import com.kaeru.backend.inventory.domain.SyncRule;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.orders.domain.SalesChannel;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;

/**
 * Upserts for integrators (managers or service accounts with the manager role). One transaction
 * per batch; every record is checked before anything is written, so a rejected record never
 * leaves half its data behind.
 */
@ApplicationScoped
public class IntegrationService {
    @Inject
    com.kaeru.backend.returns.application.BackorderAllocation allocation;
    @Inject
    ShopAccess access;
    @Inject
    CatalogRepository catalog;
    @Inject
    StockLedger ledger;
    @Inject
    Caller caller;
    @Inject
    OrderRepository orders;
    @Inject
    com.kaeru.backend.orders.domain.OrderBulkWriter bulkOrders;
    @Inject
    Validator validator;
    @Inject
    com.kaeru.backend.returns.application.BackorderNotices notices;
    @jakarta.persistence.PersistenceContext(unitName = "kaeru")
    jakarta.persistence.EntityManager em;
    /**
     * What reports by order date and per customer must recompute (insights queues it with the orders; the projection
     * is refreshed after the commit, off this transaction).
     */
    @Inject
    jakarta.enterprise.event.Event<com.kaeru.backend.orders.domain.OrdersWritten> ordersWritten;

    @Transactional
    public BatchResult upsertProducts(String shopSlug, List<ProductRecord> records) {
        return upsertProductsIn(open(shopSlug, records), records);
    }

    /** The same upsert for a shop entered otherwise (a CSV file's chunk); the caller bound the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BatchResult upsertProductsIn(Shop shop, List<ProductRecord> records) {
        List<RecordResult> results = new ArrayList<>();
        Set<String> seenSkus = new HashSet<>();
        Set<Long> restockMoved = new HashSet<>();
        for (ProductRecord record : records) {
            List<Problem.FieldError> errors = violations(record);
            if (errors.isEmpty()) {
                errors = productConflicts(shop, record, seenSkus);
            }
            if (!errors.isEmpty()) {
                results.add(new RecordResult(key(record, r -> r.externalId), RecordResult.REJECTED, errors));
                continue;
            }
            results.add(new RecordResult(record.externalId, saveProduct(shop, record, restockMoved), List.of()));
        }
        if (!restockMoved.isEmpty()) {
            // Customers waiting for these variants hear the new date, or that none is known any more.
            em.flush(); // the next arrival is read in SQL, after the new restock dates
            notices.supplyChanged(shop, restockMoved, LocalDate.now(shop.timeZone()), caller.username(), Instant.now());
        }
        return BatchResult.of(results);
    }

    private List<Problem.FieldError> productConflicts(Shop shop, ProductRecord record, Set<String> seenSkus) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Variant> existing = catalog.findVariantsBySku(shop.id(),
                record.variants.stream().map(v -> v.sku).toList());
        for (VariantRecord v : record.variants) {
            if (!seenSkus.add(v.sku)) {
                errors.add(new Problem.FieldError("variants.sku", "SKU " + v.sku + " appears twice in this batch"));
            }
            Variant current = existing.get(v.sku);
            if (current != null && !current.product().externalId().equals(record.externalId)) {
                errors.add(new Problem.FieldError("variants.sku",
                        "SKU " + v.sku + " belongs to product " + current.product().externalId()));
            }
        }
        return errors;
    }

    /** @param restockMoved collects the existing variants whose restock date changed */
    private String saveProduct(Shop shop, ProductRecord record, Set<Long> restockMoved) {
        boolean created = false;
        Product product = catalog.findProduct(shop.id(), record.externalId).orElse(null);
        if (product == null) {
            product = new Product(shop.id(), record.externalId);
            created = true;
        }
        boolean changed = product.update(record.nameJa, record.nameEn, record.category, record.tags,
                record.finalSale, Product.Status.valueOf(record.status == null ? "ACTIVE" : record.status));
        catalog.save(product);
        Map<String, Variant> variants = catalog.findVariantsBySku(shop.id(),
                record.variants.stream().map(v -> v.sku).toList());
        for (VariantRecord v : record.variants) {
            Variant variant = variants.get(v.sku);
            if (variant == null) {
                variant = new Variant(product, v.sku, shop.currency().getCurrencyCode());
                changed = true;
            }
            LocalDate restockBefore = variant.id() == null ? v.restockDate : variant.restockDate();
            changed |= variant.update(product, v.size, v.color, v.priceMinor, v.restockDate);
            catalog.save(variant);
            if (!java.util.Objects.equals(restockBefore, variant.restockDate())) {
                restockMoved.add(variant.id());
            }
        }
        return created ? RecordResult.CREATED : changed ? RecordResult.UPDATED : RecordResult.UNCHANGED;
    }

    /**
     * Absolute counts from the shop system, each applied by {@link SyncRule} as one SYNC movement:
     * with {@code asOf}, what moved here after the shop counted (a grade, a shipment) is kept.
     */
    @Transactional
    public BatchResult upsertStock(String shopSlug, List<StockRecord> records) {
        return upsertStockIn(open(shopSlug, records), records);
    }

    /** The same counts for a shop entered otherwise (a CSV file's chunk); the caller bound the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BatchResult upsertStockIn(Shop shop, List<StockRecord> records) {
        Map<String, Variant> variants = catalog.findVariantsBySku(shop.id(),
                records.stream().filter(r -> r != null && r.sku != null).map(r -> r.sku).toList());
        Location defaultLocation = ledger.defaultLocation(shop.id());
        MovementContext context = MovementContext.of(caller.username(), "import:stock");
        Instant now = Instant.now();
        List<RecordResult> results = new ArrayList<>();
        for (StockRecord record : records) {
            List<Problem.FieldError> errors = violations(record);
            Variant variant = errors.isEmpty() ? variants.get(record.sku) : null;
            if (errors.isEmpty() && variant == null) {
                errors = List.of(new Problem.FieldError("sku", "Unknown SKU " + record.sku));
            }
            Location location = defaultLocation;
            if (errors.isEmpty() && record.location != null && !record.location.isBlank()) {
                location = ledger.location(shop.id(), record.location.strip()).orElse(null);
                if (location == null) {
                    errors = List.of(new Problem.FieldError("location", "Unknown location " + record.location.strip()));
                }
            }
            SyncRule.Apply apply = null;
            if (errors.isEmpty()) {
                // Locked until commit: a grade or reservation of this variant waits, and is then applied on top.
                Level current = ledger.lock(shop.id(), location.id(), variant.id());
                SyncRule.Outcome outcome = SyncRule.apply(current, record.sellable, record.outlet, record.asOf,
                        ledger.latestSyncAsOf(shop.id(), location.id(), variant.id()),
                        record.asOf == null ? Deltas.NONE
                                : ledger.movedSince(shop.id(), location.id(), variant.id(), record.asOf), now);
                if (outcome instanceof SyncRule.Apply a) {
                    apply = a;
                } else {
                    errors = List.of(syncRefusal(outcome));
                }
            }
            if (!errors.isEmpty()) {
                results.add(new RecordResult(key(record, r -> r.sku), RecordResult.REJECTED, errors));
                continue;
            }
            // A count that confirms the level is still recorded when it carries asOf: it is the newest count.
            if (!apply.deltas().isZero() || record.asOf != null) {
                ledger.post(shop.id(), location.id(), variant.id(), MovementCause.SYNC, apply.deltas(), context, null,
                        record.asOf == null ? now : record.asOf);
            }
            if (apply.deltas().sellable() > 0 && location.id() == defaultLocation.id()) {
                // Units the shop system counted in at the default location serve waiting exchanges first.
                allocation.allocate(shop, variant.id(), caller.username(), now);
            }
            results.add(new RecordResult(record.sku, apply.deltas().isZero() ? RecordResult.UNCHANGED
                    : RecordResult.UPDATED, List.of()));
        }
        return BatchResult.of(results);
    }

    private static Problem.FieldError syncRefusal(SyncRule.Outcome outcome) {
        if (outcome instanceof SyncRule.Stale s) {
            return new Problem.FieldError("asOf", "A newer count (as of " + s.latestAsOf() + ") has been applied already");
        }
        if (outcome instanceof SyncRule.FromTheFuture f) {
            return new Problem.FieldError("asOf", "asOf " + f.asOf() + " lies in the future");
        }
        SyncRule.BelowReserved b = (SyncRule.BelowReserved) outcome;
        return new Problem.FieldError("sellable", b.reserved()
                + " unit(s) are reserved for exchanges; sellable cannot go below that");
    }

    @Transactional
    public BatchResult upsertOrders(String shopSlug, List<OrderRecord> records) {
        return upsertOrdersIn(open(shopSlug, records), records);
    }

    /** The same upsert for a shop entered otherwise (a signed inbound webhook); the caller bound the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BatchResult upsertOrdersIn(Shop shop, List<OrderRecord> records) {
        lockOrderKeys(shop, records);
        List<RecordResult> results = new ArrayList<>();
        Set<Instant> written = new HashSet<>();
        Set<String> customers = new HashSet<>();
        for (OrderRecord record : records) {
            List<Problem.FieldError> errors = violations(record);
            Map<String, Variant> variants = Map.of();
            if (errors.isEmpty()) {
                variants = catalog.findVariantsBySku(shop.id(), record.lines.stream().map(l -> l.sku).toList());
                errors = orderConflicts(shop, record, variants);
            }
            if (!errors.isEmpty()) {
                results.add(new RecordResult(key(record, r -> r.externalId), RecordResult.REJECTED, errors));
                continue;
            }
            results.add(new RecordResult(record.externalId, saveOrder(shop, record, variants, written, customers),
                    List.of()));
        }
        if (!written.isEmpty() || !customers.isEmpty()) {
            ordersWritten.fire(new com.kaeru.backend.orders.domain.OrdersWritten(shop.id(), written, customers));
        }
        return BatchResult.of(results);
    }

    /**
     * The same upsert as {@link #upsertOrdersIn} — same validation, same refusals (unknown SKU, an order number owned
     * by another order, a quantity below the units in return requests), same stored rows, same outcomes — but
     * set-based for a large import: one variant lookup, one order-number lookup and one lock-and-read of the existing
     * orders per {@value #BULK_LOOKUP} orders, then multi-row upserts ({@link com.kaeru.backend.orders.domain
     * .OrderBulkWriter}). External ids must be distinct (a CSV file groups its rows by order number).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BatchResult bulkUpsertOrdersIn(Shop shop, List<OrderRecord> records) {
        lockOrderKeys(shop, records);
        Map<String, List<Problem.FieldError>> refused = new java.util.HashMap<>();
        List<OrderRecord> valid = new ArrayList<>();
        for (OrderRecord record : records) {
            List<Problem.FieldError> errors = violations(record);
            if (errors.isEmpty()) {
                valid.add(record);
            } else {
                refused.put(key(record, r -> r.externalId), errors);
            }
        }
        Set<String> created = new HashSet<>();
        Set<String> changed = new HashSet<>();
        Set<Instant> written = new HashSet<>();
        Set<String> customers = new HashSet<>();
        for (int from = 0; from < valid.size(); from += BULK_LOOKUP) {
            List<OrderRecord> chunk = valid.subList(from, Math.min(valid.size(), from + BULK_LOOKUP));
            Map<String, Variant> variants = catalog.findVariantsBySku(shop.id(),
                    chunk.stream().flatMap(r -> r.lines.stream().map(l -> l.sku)).distinct().toList());
            Map<String, String> owners = bulkOrders.ownersOfOrderNumbers(shop.id(),
                    chunk.stream().map(r -> r.orderNumber).distinct().toList());
            Map<String, Map<Integer, Integer>> held = bulkOrders.lockAndReadUnitsInReturns(shop.id(),
                    chunk.stream().map(r -> r.externalId).toList());
            List<com.kaeru.backend.orders.domain.OrderBulkWriter.Row> rows = new ArrayList<>();
            for (OrderRecord record : chunk) {
                List<Problem.FieldError> errors = bulkConflicts(record, variants, owners,
                        held.getOrDefault(record.externalId, Map.of()));
                if (errors.isEmpty()) {
                    rows.add(row(record, variants));
                } else {
                    refused.put(record.externalId, errors);
                }
            }
            if (!rows.isEmpty()) {
                // The order dates and customers the orders have before the upsert (one may move to another day or
                // customer) and after it.
                for (Object[] before : em.createQuery("select o.orderedAt, o.customerEmail from CustomerOrder o"
                                + " where o.shopId = :shop and o.externalId in :ids", Object[].class).setParameter("shop", shop.id())
                        .setParameter("ids", rows.stream().map(r -> r.externalId()).toList()).getResultList()) {
                    written.add((Instant) before[0]);
                    customers.add((String) before[1]);
                }
                rows.forEach(r -> {
                    written.add(r.orderedAt());
                    customers.add(r.customer().email());
                });
            }
            var outcome = bulkOrders.upsert(shop.id(), shop.currency().getCurrencyCode(), rows);
            created.addAll(outcome.created());
            changed.addAll(outcome.changed());
        }
        written.remove(null);
        customers.remove(null);
        if (!written.isEmpty() || !customers.isEmpty()) {
            ordersWritten.fire(new com.kaeru.backend.orders.domain.OrdersWritten(shop.id(), written, customers));
        }
        List<RecordResult> results = new ArrayList<>();
        for (OrderRecord record : records) {
            String k = key(record, r -> r.externalId);
            List<Problem.FieldError> errors = refused.get(k);
            results.add(errors != null ? new RecordResult(k, RecordResult.REJECTED, errors)
                    : new RecordResult(k, created.contains(k) ? RecordResult.CREATED
                            : changed.contains(k) ? RecordResult.UPDATED : RecordResult.UNCHANGED, List.of()));
        }
        return BatchResult.of(results);
    }

    /** Orders per lookup round of {@link #bulkUpsertOrdersIn}. */
    static final int BULK_LOOKUP = 2000;

    /** What is wrong with an order's lines whatever is stored: unknown SKU, a line twice, a discount too large. */
    private static List<Problem.FieldError> lineConflicts(OrderRecord record, Map<String, Variant> variants) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<Integer> lineNumbers = new HashSet<>();
        for (OrderLineRecord line : record.lines) {
            if (!variants.containsKey(line.sku)) {
                errors.add(new Problem.FieldError("lines.sku", "Unknown SKU " + line.sku));
            }
            if (!lineNumbers.add(line.lineNo)) {
                errors.add(new Problem.FieldError("lines.lineNo", "Line " + line.lineNo + " appears twice"));
            }
            if (line.lineDiscountMinor > line.unitPriceMinor * line.quantity) {
                errors.add(new Problem.FieldError("lines.lineDiscountMinor",
                        "Line " + line.lineNo + ": discount exceeds the line's price"));
            }
        }
        return errors;
    }

    /** {@link #orderConflicts}, answered from lookups made for many orders at once. */
    private static List<Problem.FieldError> bulkConflicts(OrderRecord record, Map<String, Variant> variants,
            Map<String, String> numberOwners, Map<Integer, Integer> unitsInReturns) {
        List<Problem.FieldError> errors = lineConflicts(record, variants);
        for (OrderLineRecord line : record.lines) {
            Integer held = unitsInReturns.get(line.lineNo);
            if (held != null && line.quantity < held) {
                errors.add(new Problem.FieldError("lines.quantity", "Line " + line.lineNo
                        + ": " + held + " unit(s) are in return requests; the quantity cannot go below that"));
            }
        }
        String owner = numberOwners.get(record.orderNumber);
        if (owner != null && !owner.equals(record.externalId)) {
            errors.add(new Problem.FieldError("orderNumber",
                    "Order number " + record.orderNumber + " belongs to order " + owner));
        }
        return errors;
    }

    private static com.kaeru.backend.orders.domain.OrderBulkWriter.Row row(OrderRecord record,
            Map<String, Variant> variants) {
        if (record.orderDiscountMinor < 0 || record.shippingFeeMinor < 0) {
            throw new IllegalArgumentException("Discounts and fees cannot be negative");
        }
        return new com.kaeru.backend.orders.domain.OrderBulkWriter.Row(record.externalId, record.orderNumber,
                Vocabulary.as(record.channel, SalesChannel.class),
                new CustomerOrder.Customer(record.customerName, record.customerEmail, record.customerPhone,
                        record.customerLanguage == null ? "ja" : record.customerLanguage),
                new CustomerOrder.ShippingAddress(record.postalCode, record.prefecture, record.city,
                        record.addressLine1, record.addressLine2),
                record.orderDiscountMinor, record.shippingFeeMinor, record.orderedAt, record.shippedAt,
                record.deliveredAt, record.lines.stream().map(l -> new com.kaeru.backend.orders.domain.OrderBulkWriter
                        .Line(l.lineNo, variants.get(l.sku).id(), l.quantity, l.unitPriceMinor, l.lineDiscountMinor,
                        l.taxMinor)).toList());
    }

    /** Advisory locks per shop that order keys hash to (a second namespace beside other advisory locks). */
    static final int ORDER_LOCK_BUCKETS = 256;
    private static final int ORDER_LOCK_NAMESPACE = 0x4F520000;

    /**
     * Two upserts of one order at once (Shopify retrying a webhook while the first copy runs, an API call
     * racing an import) would both find no order and both insert; the second failed on the unique key
     * with a 500. Each order's external id hashes to one of {@value #ORDER_LOCK_BUCKETS} advisory locks of
     * the shop, taken in ascending order before any lookup, so the later caller waits and then updates the
     * order the first one stored. Bounded however large an import is: a batch of half the buckets or more
     * takes all of them at once (in order), so the chunks of one import never lock out of order; taking a
     * lock the transaction already holds costs nothing.
     */
    private void lockOrderKeys(Shop shop, List<OrderRecord> records) {
        if (records.size() >= ORDER_LOCK_BUCKETS / 2) {
            // One statement: generate_series yields the buckets in ascending order.
            em.createNativeQuery("select count(pg_advisory_xact_lock(?1, ?2 + b)) from generate_series(0, ?3 - 1) b")
                    .setParameter(1, (int) shop.id()).setParameter(2, ORDER_LOCK_NAMESPACE)
                    .setParameter(3, ORDER_LOCK_BUCKETS).getSingleResult();
            return;
        }
        int[] buckets = records.stream().filter(r -> r.externalId != null)
                .mapToInt(r -> Math.floorMod(r.externalId.hashCode(), ORDER_LOCK_BUCKETS)).distinct().sorted().toArray();
        for (int bucket : buckets) {
            em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)").setParameter(1, (int) shop.id())
                    .setParameter(2, ORDER_LOCK_NAMESPACE + bucket).getSingleResult();
        }
    }

    private List<Problem.FieldError> orderConflicts(Shop shop, OrderRecord record, Map<String, Variant> variants) {
        List<Problem.FieldError> errors = lineConflicts(record, variants);
        orders.findByExternalId(shop.id(), record.externalId).ifPresent(existing -> {
            // Held until commit, so no return is filed between this check and the update.
            orders.lockForChange(shop.id(), existing.id());
            Map<Long, Integer> inReturns = orders.unitsInReturns(shop.id(), existing.id());
            for (OrderLineRecord line : record.lines) {
                existing.line(line.lineNo).map(l -> inReturns.getOrDefault(l.id(), 0))
                        .filter(held -> line.quantity < held)
                        .ifPresent(held -> errors.add(new Problem.FieldError("lines.quantity", "Line " + line.lineNo
                                + ": " + held + " unit(s) are in return requests; the quantity cannot go below that")));
            }
        });
        orders.findByOrderNumber(shop.id(), record.orderNumber)
                .filter(o -> !o.externalId().equals(record.externalId))
                .ifPresent(o -> errors.add(new Problem.FieldError("orderNumber",
                        "Order number " + record.orderNumber + " belongs to order " + o.externalId())));
        return errors;
    }

    private String saveOrder(Shop shop, OrderRecord record, Map<String, Variant> variants, Set<Instant> written,
                             Set<String> customers) {
        boolean created = false;
        CustomerOrder order = orders.findByExternalId(shop.id(), record.externalId).orElse(null);
        if (order == null) {
            order = new CustomerOrder(shop.id(), record.externalId, shop.currency().getCurrencyCode());
            created = true;
        }
        Instant before = order.orderedAt();
        String customerBefore = order.customer().email();
        boolean changed = order.update(record.orderNumber, Vocabulary.as(record.channel, SalesChannel.class),
                new CustomerOrder.Customer(record.customerName, record.customerEmail, record.customerPhone,
                        record.customerLanguage == null ? "ja" : record.customerLanguage),
                new CustomerOrder.ShippingAddress(record.postalCode, record.prefecture, record.city,
                        record.addressLine1, record.addressLine2),
                record.orderDiscountMinor, record.shippingFeeMinor, record.orderedAt, record.shippedAt,
                record.deliveredAt);
        for (OrderLineRecord line : record.lines) {
            changed |= order.putLine(line.lineNo, variants.get(line.sku).id(), line.quantity, line.unitPriceMinor,
                    line.lineDiscountMinor, line.taxMinor);
        }
        orders.save(order);
        if (created || changed) {
            if (before != null) {
                written.add(before);
            }
            if (order.orderedAt() != null) {
                written.add(order.orderedAt());
            }
            if (customerBefore != null) {
                customers.add(customerBefore);
            }
            customers.add(order.customer().email());
        }
        return created ? RecordResult.CREATED : changed ? RecordResult.UPDATED : RecordResult.UNCHANGED;
    }

    private Shop open(String shopSlug, List<?> records) {
        Shop shop = access.enter(shopSlug, Permission.IMPORT_DATA);
        if (records == null) {
            throw new BadRequestException("A JSON array of records is required");
        }
        if (records.size() > IntegrationApi.MAX_BATCH) {
            throw new BatchTooLargeException(records.size(), IntegrationApi.MAX_BATCH);
        }
        return shop;
    }

    private <T> List<Problem.FieldError> violations(T record) {
        if (record == null) {
            return List.of(new Problem.FieldError("record", "must not be null"));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(record)) {
            errors.add(new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
        return errors;
    }

    private static <T> String key(T record, Function<T, String> key) {
        return record == null ? null : key.apply(record);
    }
}
