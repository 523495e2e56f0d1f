package com.kaeru.backend.returns.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.returns.domain.ExchangeFulfilment;
import com.kaeru.backend.returns.domain.ExchangeFulfilmentRepository;
import com.kaeru.backend.returns.domain.FulfilmentState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

@ApplicationScoped
public class JpaExchangeFulfilmentRepository implements ExchangeFulfilmentRepository {
    /**
     * A locked read must see the row as committed now, not a copy this transaction read before it
     * waited for the lock (a cancellation that read a backorder, then waited while it was allocated).
     */
    private static final String REFRESH = "eclipselink.refresh";
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public List<ExchangeFulfilment> byReturn(long shopId, long returnId) {
        return em.createQuery("select f from ExchangeFulfilment f where f.shopId = :shop and f.returnId = :ret "
                        + "order by f.returnLineId", ExchangeFulfilment.class)
                .setParameter("shop", shopId).setParameter("ret", returnId).getResultList();
    }

    @Override
    public List<ExchangeFulfilment> byReturns(long shopId, Collection<Long> returnIds) {
        if (returnIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select f from ExchangeFulfilment f where f.shopId = :shop and f.returnId in :ids "
                        + "order by f.returnLineId", ExchangeFulfilment.class)
                .setParameter("shop", shopId).setParameter("ids", List.copyOf(returnIds)).getResultList();
    }

    @Override
    public Optional<ExchangeFulfilment> lockByLine(long shopId, long returnLineId) {
        return em.createQuery("select f from ExchangeFulfilment f where f.shopId = :shop and f.returnLineId = :line",
                        ExchangeFulfilment.class)
                .setParameter("shop", shopId).setParameter("line", returnLineId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, "true").getResultStream().findFirst();
    }

    @Override
    public List<ExchangeFulfilment> lockByReturn(long shopId, long returnId) {
        return em.createQuery("select f from ExchangeFulfilment f where f.shopId = :shop and f.returnId = :ret "
                        + "order by f.returnLineId", ExchangeFulfilment.class)
                .setParameter("shop", shopId).setParameter("ret", returnId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, "true").getResultList();
    }

    @Override
    public List<ExchangeFulfilment> lockWaiting(long shopId, long variantId, int limit) {
        return em.createQuery("select f from ExchangeFulfilment f where f.shopId = :shop and f.variantId = :variant "
                        + "and f.state = :state order by f.backorderedAt, f.id", ExchangeFulfilment.class)
                .setParameter("shop", shopId).setParameter("variant", variantId)
                .setParameter("state", FulfilmentState.BACKORDERED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, "true").setMaxResults(limit).getResultList();
    }

    @Override
    public List<ExchangeFulfilment> lockWaitingOrHeld(long shopId, long variantId) {
        return em.createQuery("select f from ExchangeFulfilment f where f.shopId = :shop and f.variantId = :variant "
                        + "and f.state in :states order by f.backorderedAt, f.id", ExchangeFulfilment.class)
                .setParameter("shop", shopId).setParameter("variant", variantId)
                .setParameter("states", List.of(FulfilmentState.BACKORDERED, FulfilmentState.HELD))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint(REFRESH, "true").getResultList();
    }

    @Override
    public List<ExchangeFulfilment> search(long shopId, Filter filter, LocalDate today, Instant now, int offset,
                                          int limit) {
        TypedQuery<ExchangeFulfilment> q = where(shopId, filter, today, now, "select f", ExchangeFulfilment.class,
                " order by coalesce(f.backorderedAt, f.shipmentRequestedAt, f.updatedAt), f.id");
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(long shopId, Filter filter, LocalDate today, Instant now) {
        return where(shopId, filter, today, now, "select count(f)", Long.class, "").getSingleResult();
    }

    private <T> TypedQuery<T> where(long shopId, Filter filter, LocalDate today, Instant now, String select,
                                    Class<T> type, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" from ExchangeFulfilment f where f.shopId = :shop");
        if (!filter.states().isEmpty()) {
            jpql.append(" and f.state in :states");
        }
        if (filter.variantId() != null) {
            jpql.append(" and f.variantId = :variant");
        }
        if (filter.rma() != null) {
            jpql.append(" and f.rmaNumber = :rma");
        }
        if (filter.late()) {
            // The same rule as ExchangeFulfilment.late, in the query so pages and counts agree.
            jpql.append(" and ((f.state in :waiting and f.promisedDate < :today)"
                    + " or (f.state = :requested and f.shipmentRequestedAt < :dayAgo))");
        }
        TypedQuery<T> q = em.createQuery(jpql + order, type).setParameter("shop", shopId);
        if (!filter.states().isEmpty()) {
            q.setParameter("states", filter.states());
        }
        if (filter.variantId() != null) {
            q.setParameter("variant", filter.variantId());
        }
        if (filter.rma() != null) {
            q.setParameter("rma", filter.rma());
        }
        if (filter.late()) {
            q.setParameter("waiting", List.of(FulfilmentState.BACKORDERED, FulfilmentState.HELD))
                    .setParameter("today", today)
                    .setParameter("requested", FulfilmentState.SHIPMENT_REQUESTED)
                    .setParameter("dayAgo", now.minus(java.time.Duration.ofHours(24)));
        }
        return q;
    }

    @Override
    public void save(ExchangeFulfilment fulfilment) {
        if (fulfilment.id() == null) {
            em.persist(fulfilment);
        }
        em.flush();
    }
}
