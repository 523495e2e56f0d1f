package com.kaeru.backend.insights.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.orders.domain.OrdersWritten;
import com.kaeru.backend.platform.persistence.DueShops;
import com.kaeru.backend.platform.persistence.TenantSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The reporting projection (migration V221, docs/insights.md "The reporting projection"): daily aggregates
 * of one shop in its time zone, each day recomputed from the orders and returns by the database function
 * {@code insights_refresh}. Recomputing (never adding) makes every refresh idempotent: an event delivered
 * twice or a rebuild run twice gives the same rows; refreshes of one shop wait for each other (advisory
 * lock in the function).
 * <p>
 * Writers only <em>mark</em> the days they touched ({@code insights_dirty_day}, V241): recomputing a day
 * costs in proportion to that day's orders and returns, so recomputing it once per event made a sale day
 * quadratic (22.8 s for one day of 7,000 returns under the soak, the projection six minutes behind) and
 * put the order upsert behind the per-shop lock. {@link ProjectionRefreshScheduler} recomputes each shop's
 * marked days together every few seconds ({@link #refreshMarked}).
 */
@ApplicationScoped
public class InsightsProjection {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    TenantSession tenantSession;
    @Inject
    DueShops dueShops;
    @Inject
    Outbox outbox;

    /** The outbox message of {@link #ordersWritten}: its type and payload fields (dates, raw e-mails). */
    static final String ORDERS_WRITTEN = "OrdersWritten";
    static final String DAYS = "days";
    static final String CUSTOMERS = "customers";
    /** More customers than this in one write refresh every customer of the shop. */
    static final int MAX_CUSTOMERS = 5000;

    /** Rebuilds all of the shop's rows from its whole history; answers the number of day rows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long rebuild(long shopId) {
        return ((Number) em.createNativeQuery("select insights_refresh(?1, null, null)").setParameter(1, shopId)
                .getSingleResult()).longValue();
    }

    /**
     * Rebuilds one shop in a transaction of its own bound to it (the demo data after re-timing its history,
     * which moves rows to other days outside the use cases).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long rebuild(String slug) {
        long shopId = ((Number) em.createNativeQuery("select id from shop where slug = ?1").setParameter(1, slug)
                .getSingleResult()).longValue();
        tenantSession.bind(shopId);
        return rebuild(shopId);
    }

    /**
     * Marks these days (shop's time zone) for the next refresh, in the caller's transaction bound to the shop:
     * a mark becomes visible with the change that caused it, so the refresh that takes it sees the change.
     * A plain insert (no key), so concurrent writers never wait for each other or for a refresh.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markDays(long shopId, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return;
        }
        // One statement for all the days (ISO dates, comma-separated).
        em.createNativeQuery("insert into insights_dirty_day (shop_id, day)"
                        + " select ?1, day from unnest(cast(string_to_array(cast(?2 as text), ',') as date[])) day")
                .setParameter(1, shopId).setParameter(2, new TreeSet<>(days).stream().map(LocalDate::toString)
                        .collect(java.util.stream.Collectors.joining(","))).executeUpdate();
    }

    /** The shops with marked days, across shops (what a refresh tick visits). */
    public List<Long> shopsWithMarkedDays() {
        return dueShops.find("select distinct shop_id from insights_dirty_day");
    }

    /**
     * Takes the shop's marked days and recomputes them, in a transaction of its own. Marks that commit while
     * it runs stay for the next tick; two instances taking marks of one shop at once each recompute what they
     * took (the function's lock puts them one after the other). Answers how many distinct days it recomputed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int refreshMarked(long shopId) {
        tenantSession.bind(shopId);
        @SuppressWarnings("unchecked")
        List<Object> taken = em.createNativeQuery("delete from insights_dirty_day where shop_id = ?1 returning day")
                .setParameter(1, shopId).getResultList();
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Object cell : taken) {
            days.add(cell instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(cell.toString()));
        }
        refreshDays(shopId, days);
        return days.size();
    }

    /** Recomputes these days (shop's time zone), contiguous days in one statement. */
    private void refreshDays(long shopId, Collection<LocalDate> days) {
        LocalDate start = null;
        LocalDate end = null;
        for (LocalDate day : new TreeSet<>(days)) {
            if (end != null && day.equals(end.plusDays(1))) {
                end = day;
                continue;
            }
            if (start != null) {
                refresh(shopId, start, end);
            }
            start = day;
            end = day;
        }
        if (start != null) {
            refresh(shopId, start, end);
        }
    }

    private void refresh(long shopId, LocalDate from, LocalDate to) {
        em.createNativeQuery("select insights_refresh(?1, cast(?2 as date), cast(?3 as date))").setParameter(1, shopId)
                .setParameter(2, java.sql.Date.valueOf(from)).setParameter(3, java.sql.Date.valueOf(to)).getSingleResult();
    }

    /**
     * Marks every day these return requests count on: their creation, their order's date, their receipt and their
     * completion (what changes with their status, lines and grades) — one statement for a batch of events.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markReturns(long shopId, Collection<String> rmas) {
        em.createNativeQuery("insert into insights_dirty_day (shop_id, day) select distinct r.shop_id, d.day"
                        + " from return_request r join customer_order o on o.id = r.order_id join shop s on s.id = r.shop_id"
                        + " cross join lateral (values (cast(r.created_at at time zone s.time_zone as date)),"
                        + " (cast(o.ordered_at at time zone s.time_zone as date)), (cast(r.received_at at time zone s.time_zone as date)),"
                        + " (cast(r.completed_at at time zone s.time_zone as date))) d(day)"
                        + " where r.shop_id = ?1 and r.rma_number = any(string_to_array(cast(?2 as text), chr(10)))"
                        + " and d.day is not null")
                .setParameter(1, shopId).setParameter(2, String.join("\n", rmas)).executeUpdate();
    }

    /**
     * Orders were stored or changed in this transaction: their days (before and after) and their customers are queued
     * for the projection's consumer ({@link InsightsProjectionConsumer}), which recomputes them after the commit. The
     * order upsert itself neither waits for the shop's projection lock nor reads the projection: a shop's order writes
     * no longer queue behind each other or behind a return's refresh. At most {@value #MAX_CUSTOMERS} e-mails travel;
     * a larger import asks for every customer of the shop instead (one set-based statement).
     */
    void ordersWritten(@Observes OrdersWritten written) {
        ZoneId zone = ZoneId.of((String) em.createNativeQuery("select time_zone from shop where id = ?1")
                .setParameter(1, written.shopId()).getSingleResult());
        List<String> days = written.orderedAt().stream().filter(Objects::nonNull)
                .map((Instant at) -> LocalDate.ofInstant(at, zone)).distinct().sorted().map(LocalDate::toString).toList();
        List<String> customers = written.customerEmails().stream().filter(Objects::nonNull).distinct().sorted().toList();
        Map<String, Object> payload = new HashMap<>();
        payload.put(DAYS, days);
        payload.put(CUSTOMERS, customers.size() > MAX_CUSTOMERS ? null : customers);
        outbox.queue(written.shopId(), InsightsProjectionConsumer.NAME, ORDERS_WRITTEN, "orders", "orders",
                ORDERS_WRITTEN + ":" + UUID.randomUUID(), payload, Instant.now());
    }

    /**
     * What {@link #ordersWritten} queued, after the orders' commit: the days by order date are marked for the next
     * refresh ({@link #refreshMarked}) and, for the customers, whether each of their returns was followed by an order
     * is recomputed now ({@code insights_refresh_customer_orders}, per customer; {@code null} = every customer of the
     * shop). Reads the orders as they are now, so a delivery twice or late changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshOrders(long shopId, Collection<LocalDate> days, Collection<String> customers) {
        markDays(shopId, days);
        // One e-mail a line: an address has no line break (a comma it may have, quoted). None: only the stamp.
        em.createNativeQuery("select insights_refresh_customer_orders(?1, string_to_array(cast(?2 as text), chr(10)))")
                .setParameter(1, shopId).setParameter(2, customers == null ? null : String.join("\n", customers))
                .getSingleResult();
    }
}
