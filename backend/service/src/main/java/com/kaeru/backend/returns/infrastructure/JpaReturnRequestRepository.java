package com.kaeru.backend.returns.infrastructure;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kaeru.backend.returns.domain.ReturnFilter;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.returns.domain.ReturnStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

@ApplicationScoped
public class JpaReturnRequestRepository implements ReturnRequestRepository {
    /** Requests in these states no longer hold units of their order lines. */
    private static final List<ReturnStatus> DEAD = java.util.Arrays.stream(ReturnStatus.values())
            .filter(s -> !s.holdsUnits()).toList();

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<ReturnRequest> findByRma(long shopId, String rmaNumber) {
        return byRma(shopId, rmaNumber).getResultStream().findFirst();
    }

    @Override
    public Optional<ReturnRequest> findByRmaForUpdate(long shopId, String rmaNumber) {
        return byRma(shopId, rmaNumber).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private TypedQuery<ReturnRequest> byRma(long shopId, String rmaNumber) {
        return em.createQuery("select r from ReturnRequest r where r.shopId = :shop and r.rmaNumber = :rma",
                        ReturnRequest.class)
                .setParameter("shop", shopId).setParameter("rma", rmaNumber);
    }

    @Override
    public List<ReturnRequest> findByOrder(long shopId, long orderId) {
        return withLines(em.createQuery("select r from ReturnRequest r where r.shopId = :shop and r.orderId = :order "
                        + "order by r.createdAt", ReturnRequest.class))
                .setParameter("shop", shopId).setParameter("order", orderId).getResultList();
    }

    @Override
    public Map<Long, Integer> unitsRequested(long shopId, long orderId) {
        List<Object[]> rows = em.createQuery("select l.orderLineId, sum(l.quantity) from ReturnLine l "
                        + "where l.shopId = :shop and l.request.orderId = :order and l.request.status not in :dead "
                        + "group by l.orderLineId", Object[].class)
                .setParameter("shop", shopId).setParameter("order", orderId).setParameter("dead", DEAD)
                .getResultList();
        Map<Long, Integer> units = new HashMap<>();
        rows.forEach(r -> units.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return units;
    }

    @Override
    public int countByCustomerSince(long shopId, String email, Instant since) {
        return em.createQuery("select count(r) from ReturnRequest r where r.shopId = :shop "
                        + "and lower(r.customerEmail) = :email and r.createdAt >= :since", Long.class)
                .setParameter("shop", shopId).setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .setParameter("since", since).getSingleResult().intValue();
    }

    @Override
    public List<ReturnRequest> search(long shopId, ReturnFilter filter, Instant now, int offset, int limit) {
        TypedQuery<ReturnRequest> q = withLines(em.createQuery("select r " + where(filter)
                + " order by r.createdAt desc, r.id desc", ReturnRequest.class));
        bind(q, shopId, filter, now);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(long shopId, ReturnFilter filter, Instant now) {
        TypedQuery<Long> q = em.createQuery("select count(r) " + where(filter), Long.class);
        bind(q, shopId, filter, now);
        return q.getSingleResult();
    }

    /**
     * Lists show each request's units: load the lines of all listed requests in one extra query
     * (IN batch) instead of one query per request.
     */
    private static TypedQuery<ReturnRequest> withLines(TypedQuery<ReturnRequest> query) {
        return query.setHint("eclipselink.batch", "r.lines").setHint("eclipselink.batch.type", "IN");
    }

    private static String where(ReturnFilter filter) {
        StringBuilder jpql = new StringBuilder("from ReturnRequest r where r.shopId = :shop");
        if (!filter.statuses().isEmpty()) {
            jpql.append(" and r.status in :statuses");
        }
        if (filter.query() != null) {
            jpql.append(" and (r.rmaNumber = :exact or lower(r.customerEmail) = :lower or r.orderId in ")
                    .append("(select o.id from CustomerOrder o where o.shopId = :shop and ")
                    .append("(o.orderNumber = :exact or lower(o.customerName) like :like)))");
        }
        if (filter.overdueOnly()) {
            jpql.append(" and r.refundDueAt < :now and r.completedAt is null");
        }
        if (!filter.reasonCodes().isEmpty()) {
            jpql.append(" and exists (select l from ReturnLine l where l.request = r and l.reasonCode in :reasons)");
        }
        if (filter.resolution() != null) {
            jpql.append(" and exists (select l from ReturnLine l where l.request = r and l.resolution = :resolution)");
        }
        if (filter.returnMethod() != null) {
            jpql.append(" and r.logistics.method = :method");
        }
        String instant = filter.dateField() == ReturnFilter.DateField.RECEIVED ? "r.receivedAt" : "r.createdAt";
        if (filter.from() != null) {
            jpql.append(" and ").append(instant).append(" >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and ").append(instant).append(" < :to");
        }
        return jpql.toString();
    }

    private static void bind(TypedQuery<?> q, long shopId, ReturnFilter filter, Instant now) {
        q.setParameter("shop", shopId);
        if (!filter.statuses().isEmpty()) {
            q.setParameter("statuses", List.copyOf(filter.statuses()));
        }
        if (filter.query() != null) {
            String lower = filter.query().toLowerCase(java.util.Locale.ROOT);
            q.setParameter("exact", filter.query());
            q.setParameter("lower", lower);
            q.setParameter("like", "%" + lower.replace("%", "") + "%");
        }
        if (filter.overdueOnly()) {
            q.setParameter("now", now);
        }
        if (!filter.reasonCodes().isEmpty()) {
            q.setParameter("reasons", List.copyOf(filter.reasonCodes()));
        }
        if (filter.resolution() != null) {
            q.setParameter("resolution", filter.resolution());
        }
        if (filter.returnMethod() != null) {
            q.setParameter("method", filter.returnMethod());
        }
        if (filter.from() != null) {
            q.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            q.setParameter("to", filter.to());
        }
    }

    @Override
    public long reserveRmaNumbers(long shopId, int count) {
        Number value = (Number) em.createNativeQuery("insert into shop_counter (shop_id, name, value) values (?1, 'rma', ?2) "
                        + "on conflict (shop_id, name) do update set value = shop_counter.value + ?2 returning value")
                .setParameter(1, shopId).setParameter(2, count).getSingleResult();
        return value.longValue();
    }

    @Override
    public void save(ReturnRequest request) {
        if (request.id() == null) {
            em.persist(request);
        }
        em.flush();
    }
}
