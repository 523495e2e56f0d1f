package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.kaeru.api.events.ExchangeDelivered;
import com.kaeru.api.events.ExchangeShipped;
import com.kaeru.api.returns.FulfilmentDto;
import com.kaeru.api.returns.FulfilmentPageDto;
import com.kaeru.api.returns.ShipmentRecord;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.inventory.domain.MovementContext;
import com.kaeru.backend.inventory.domain.StockLedger;
import com.kaeru.backend.inventory.domain.StockRepository;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.returns.domain.ExchangeFulfilment;
import com.kaeru.backend.returns.domain.ExchangeFulfilmentRepository;
import com.kaeru.backend.returns.domain.FulfilmentState;
import com.kaeru.backend.returns.domain.PostalAddress;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The warehouse's door to exchange fulfilments: list the shipping instructions and the backorder
 * queue (VIEW_SHOP: every role, API keys), mark a replacement shipped or delivered (PROCESS_RETURNS),
 * release or cancel a held one (APPROVE_REFUNDS: managers). A move locks the level row, then the
 * fulfilment row — never the return request.
 */
@ApplicationScoped
public class FulfilmentService {
    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_EXPORT_ROWS = 10_000;

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    ExchangeFulfilmentRepository fulfilments;
    @Inject
    ExchangeFulfilments moves;
    @Inject
    FulfilmentViews views;
    @Inject
    CatalogRepository catalog;
    @Inject
    StockRepository stock;
    @Inject
    StockLedger ledger;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** A list request: states (comma-separated names), late only, one SKU, one RMA. */
    public record Query(String states, boolean late, String sku, String rma) {
    }

    @Transactional
    public FulfilmentPageDto list(String slug, Query query, int page, int size, Locale locale) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("problem.inventory.page", MAX_PAGE_SIZE);
        }
        Instant now = clock.instant();
        ExchangeFulfilmentRepository.Filter filter = filter(shop, query);
        List<FulfilmentDto> items = dtos(shop, fulfilments.search(shop.id(), filter,
                ExchangeFulfilments.today(shop, now), now, page * size, size), locale, now);
        return new FulfilmentPageDto(items, fulfilments.count(shop.id(), filter, ExchangeFulfilments.today(shop, now),
                now), page, size);
    }

    /** The CSV export's rows (at most {@link #MAX_EXPORT_ROWS}). */
    @Transactional
    public List<FulfilmentDto> export(String slug, Query query, Locale locale) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        Instant now = clock.instant();
        return dtos(shop, fulfilments.search(shop.id(), filter(shop, query), ExchangeFulfilments.today(shop, now), now,
                0, MAX_EXPORT_ROWS), locale, now);
    }

    /**
     * The replacement left with a carrier: the reserved units leave stock (EXCHANGE_SHIPMENT) and the
     * customer gets the shipped notice. The same tracking number again answers the same result and
     * moves nothing; another one is 409.
     */
    @Transactional
    public FulfilmentDto ship(String slug, String rma, long lineId, ShipmentRecord shipment, Locale locale) {
        return act(slug, rma, lineId, Permission.PROCESS_RETURNS, locale, shipping(shipment));
    }

    /** The same for a shop the caller entered, as {@code actor} (the demo data, which has no signed-in person). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ship(Shop shop, String rma, long lineId, ShipmentRecord shipment, String actor) {
        actIn(shop, rma, lineId, actor, shipping(shipment));
    }

    private Move shipping(ShipmentRecord shipment) {
        return (shop, f, actor, now) -> {
            if (f.ship(shipment.carrier, shipment.trackingNumber, now)) {
                stock.shipReserved(shop.id(), f.variantId(), f.quantity(), MovementContext.of(actor, f.rmaNumber()));
                f.noticeSent(now);
                outbox.raise(shop.id(), actor, new ExchangeShipped(f.rmaNumber(), ExchangeFulfilments.customer(f),
                                f.returnLineId(), f.variantId(), f.quantity(), f.carrier(), f.trackingNumber(),
                                f.shippedAt()),
                        f.rmaNumber() + ":exchange:" + f.returnLineId(), now);
                audit.record(shop.id(), AuditTrail.RETURN, f.rmaNumber(), "EXCHANGE_SHIPPED", null, null, actor,
                        "line " + f.returnLineId() + ": " + f.carrier() + " " + f.trackingNumber(), now);
            }
        };
    }

    @Transactional
    public FulfilmentDto deliver(String slug, String rma, long lineId, Locale locale) {
        return act(slug, rma, lineId, Permission.PROCESS_RETURNS, locale, (shop, f, actor, now) -> {
            if (f.deliver(now)) {
                outbox.raise(shop.id(), actor, new ExchangeDelivered(f.rmaNumber(), ExchangeFulfilments.customer(f),
                                f.returnLineId(), f.trackingNumber(), f.deliveredAt()),
                        f.rmaNumber() + ":exchange-delivered:" + f.returnLineId(), now);
                audit.record(shop.id(), AuditTrail.RETURN, f.rmaNumber(), "EXCHANGE_DELIVERED", null, null, actor,
                        "line " + f.returnLineId(), now);
            }
        });
    }

    /** A manager lets a held replacement go (the returned units were graded C or missing). */
    @Transactional
    public FulfilmentDto release(String slug, String rma, long lineId, Locale locale) {
        return act(slug, rma, lineId, Permission.APPROVE_REFUNDS, locale, (shop, f, actor, now) -> {
            f.release(now);
            audit.record(shop.id(), AuditTrail.RETURN, f.rmaNumber(), "EXCHANGE_RELEASED", null, null, actor,
                    "line " + f.returnLineId() + " -> " + f.state(), now);
            if (f.state() == FulfilmentState.SHIPMENT_REQUESTED) {
                moves.shipmentRequested(shop, f, actor, now);
            }
        });
    }

    /** A manager cancels a held replacement: its reservation goes back to sale. */
    @Transactional
    public FulfilmentDto cancel(String slug, String rma, long lineId, Locale locale) {
        return act(slug, rma, lineId, Permission.APPROVE_REFUNDS, locale, (shop, f, actor, now) -> {
            if (f.state() != FulfilmentState.HELD) { // only a held one: the return's own cancel covers the rest
                throw new com.kaeru.backend.returns.domain.FulfilmentConflictException(
                        "problem.fulfilment.illegal-move", f.rmaNumber(), f.state().name(), "cancel");
            }
            moves.cancel(shop, f, actor, now);
        });
    }

    private interface Move {
        void apply(Shop shop, ExchangeFulfilment f, String actor, Instant now);
    }

    private FulfilmentDto act(String slug, String rma, long lineId, Permission permission, Locale locale, Move move) {
        Shop shop = access.enter(slug, permission);
        ExchangeFulfilment f = actIn(shop, rma, lineId, caller.username(), move);
        return dtos(shop, List.of(f), locale, clock.instant()).get(0);
    }

    private ExchangeFulfilment actIn(Shop shop, String rma, long lineId, String actor, Move move) {
        Instant now = clock.instant();
        // Lock order: level row, then the fulfilment row (as allocation and cancellation do).
        ExchangeFulfilment seen = fulfilments.byReturns(shop.id(), returnIds(shop, rma)).stream()
                .filter(f -> f.returnLineId() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("problem.not-found.fulfilment", rma, lineId));
        ledger.lock(shop.id(), ledger.defaultLocation(shop.id()).id(), seen.variantId());
        ExchangeFulfilment f = fulfilments.lockByLine(shop.id(), lineId).orElseThrow();
        move.apply(shop, f, actor, now);
        fulfilments.save(f);
        return f;
    }

    private List<Long> returnIds(Shop shop, String rma) {
        return em.createQuery("select r.id from ReturnRequest r where r.shopId = :shop and r.rmaNumber = :rma",
                        Long.class).setParameter("shop", shop.id()).setParameter("rma", rma).getResultList();
    }

    private ExchangeFulfilmentRepository.Filter filter(Shop shop, Query query) {
        List<FulfilmentState> states = new ArrayList<>();
        if (query.states() != null && !query.states().isBlank()) {
            for (String name : query.states().split(",")) {
                String n = name.strip().toUpperCase(Locale.ROOT);
                if (Arrays.stream(FulfilmentState.values()).noneMatch(s -> s.name().equals(n))) {
                    throw new InvalidValueException("problem.fulfilment.unknown-state", name.strip());
                }
                states.add(FulfilmentState.valueOf(n));
            }
        }
        Long variant = null;
        if (query.sku() != null && !query.sku().isBlank()) {
            Variant v = catalog.findVariantsBySku(shop.id(), List.of(query.sku().strip())).get(query.sku().strip());
            if (v == null) {
                throw new NotFoundException("problem.not-found.sku", query.sku().strip());
            }
            variant = v.id();
        }
        String rma = query.rma() == null || query.rma().isBlank() ? null : query.rma().strip();
        return new ExchangeFulfilmentRepository.Filter(states, query.late(), variant, rma);
    }

    private List<FulfilmentDto> dtos(Shop shop, List<ExchangeFulfilment> list, Locale locale, Instant now) {
        Map<Long, Variant> variants = views.variants(shop, list);
        Map<Long, PostalAddress> addresses = addresses(list);
        String language = "en".equals(locale.getLanguage()) ? "en" : "ja";
        return list.stream().map(f -> views.dto(shop, f, variants.get(f.variantId()), addresses.get(f.returnId()),
                language, now)).toList();
    }

    /** Where each replacement goes: the return's address (the customer's), read without locking the returns. */
    private Map<Long, PostalAddress> addresses(List<ExchangeFulfilment> list) {
        List<Long> ids = list.stream().map(ExchangeFulfilment::returnId).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from ReturnRequest r where r.id in :ids", ReturnRequest.class)
                .setParameter("ids", ids).getResultList().stream()
                .filter(r -> r.logistics().address() != null)
                .collect(Collectors.toMap(ReturnRequest::id, r -> r.logistics().address(), (a, b) -> a));
    }
}
