package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.reasons.domain.ReturnReason;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import com.kaeru.backend.returns.domain.ReturnFilter;
import com.kaeru.backend.returns.domain.ReturnLine;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The queue's data as rows for a file: one row per returned line, with the return's, order's and
 * customer's facts repeated, so a spreadsheet or a shop system can filter and pivot without joins.
 * Reads page by page and hands each row on at once: memory stays flat however many returns a
 * shop has (data ownership: a shop may take everything with it).
 */
@ApplicationScoped
public class ReturnExport {
    private static final int PAGE = 200;

    @Inject
    ShopAccess access;
    @Inject
    ReturnRequestRepository returns;
    @Inject
    OrderRepository orders;
    @Inject
    CatalogRepository catalog;
    @Inject
    ReturnReasonRepository reasons;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** One returned line with everything about its return. */
    public record Row(Shop shop, ReturnRequest request, CustomerOrder order, ReturnLine line, Variant variant,
                      String productName, String reasonLabel, String exchangeSku, boolean refundOverdue) {
    }

    /** Checks access and the filter before anything is sent, so refusals are proper problems, not cut files. */
    @Transactional
    public Shop check(String shopSlug, ReturnFilters filters) {
        Shop shop = access.enter(shopSlug, Permission.VIEW_REPORTS);
        filters.resolve(shop.timeZone(), reasons.findActive(shop.id()));
        return shop;
    }

    @Transactional
    public void export(String shopSlug, ReturnFilters filters, Locale locale, Consumer<Row> sink) {
        Shop shop = access.enter(shopSlug, Permission.VIEW_REPORTS);
        List<ReturnReason> reasonTree = reasons.findActive(shop.id());
        ReturnFilter filter = filters.resolve(shop.timeZone(), reasonTree);
        String language = locale.getLanguage();
        Map<String, String> reasonLabels = new HashMap<>();
        reasonTree.forEach(r -> reasonLabels.put(r.code(), "ja".equals(language) ? r.labelJa() : r.labelEn()));
        Instant now = clock.instant();
        for (int offset = 0; ; offset += PAGE) {
            List<ReturnRequest> page = returns.search(shop.id(), filter, now, offset, PAGE);
            Map<Long, Variant> variants = new HashMap<>();
            Map<Long, CustomerOrder> orderById = orders.findByIds(List.of(shop.id()),
                    page.stream().map(ReturnRequest::orderId).toList());
            for (ReturnRequest request : page) {
                CustomerOrder order = orderById.get(request.orderId());
                for (ReturnLine line : request.lines()) {
                    long variantId = order.lineById(line.orderLineId()).orElseThrow().variantId();
                    Variant variant = variants.computeIfAbsent(variantId,
                            id -> catalog.findVariant(shop.id(), id).orElseThrow());
                    String exchangeSku = line.exchangeVariantId() == null ? null : variants.computeIfAbsent(
                            line.exchangeVariantId(), id -> catalog.findVariant(shop.id(), id).orElseThrow()).sku();
                    sink.accept(new Row(shop, request, order, line, variant, variant.product().name(language),
                            reasonLabels.getOrDefault(line.reasonCode(), line.reasonCode()), exchangeSku,
                            request.refundOverdue(now)));
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            // Rows already written need not stay managed: keeps a large export's memory flat.
            em.clear();
        }
    }
}
