package com.kaeru.backend.refunds.infrastructure;

import java.util.List;
import java.util.Optional;

import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stores the refunds the domain made with {@code insert ... on conflict do nothing returning id}
 * (the database numbers and stamps them): the unique (shop, key) index makes a
 * second payment impossible, and the loser of a race gets "already exists" instead of an error
 * that would roll back its whole transaction.
 */
@ApplicationScoped
public class SqlRefundRepository implements RefundRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @jakarta.inject.Inject
    com.kaeru.backend.platform.persistence.DueShops dueShops;

    @Override
    public Optional<Refund> claim(Refund fresh) {
        List<?> ids = em.createNativeQuery("insert into refund (shop_id, return_id, idempotency_key, method, amount_minor, "
                        + "currency, status, requested_by, hold_reason, charge_reference) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                        + "cast(?9 as varchar), cast(?10 as varchar)) "
                        + "on conflict (shop_id, idempotency_key) do nothing returning id")
                .setParameter(1, fresh.shopId()).setParameter(2, fresh.returnId())
                .setParameter(3, fresh.idempotencyKey()).setParameter(4, fresh.method().name())
                .setParameter(5, fresh.amountMinor()).setParameter(6, fresh.currency())
                .setParameter(7, fresh.status().name()).setParameter(8, fresh.requestedBy())
                .setParameter(9, fresh.holdReason() == null ? null : fresh.holdReason().name())
                .setParameter(10, fresh.chargeReference())
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return findById(fresh.shopId(), ((Number) ids.get(0)).longValue());
    }

    @Override
    public long committedOnOrderExcept(long shopId, long orderId, long returnId) {
        Number sum = (Number) em.createNativeQuery("select coalesce(sum(r.amount_minor), 0) from refund r "
                        + "join return_request q on q.id = r.return_id and q.shop_id = r.shop_id "
                        + "where r.shop_id = ?1 and q.order_id = ?2 and r.return_id <> ?3 "
                        + "and r.status not in ('FAILED', 'DECLINED')")
                .setParameter(1, shopId).setParameter(2, orderId).setParameter(3, returnId).getSingleResult();
        return sum.longValue();
    }

    @Override
    public Optional<Refund> findByKey(long shopId, String idempotencyKey) {
        return em.createQuery("select r from Refund r where r.shopId = :shop and r.idempotencyKey = :key", Refund.class)
                .setParameter("shop", shopId).setParameter("key", idempotencyKey).getResultStream().findFirst();
    }

    @Override
    public Optional<Refund> findById(long shopId, long refundId) {
        return em.createQuery("select r from Refund r where r.shopId = :shop and r.id = :id", Refund.class)
                .setParameter("shop", shopId).setParameter("id", refundId).getResultStream().findFirst();
    }

    @Override
    public List<Refund> findByReturn(long shopId, long returnId) {
        return em.createQuery("select r from Refund r where r.shopId = :shop and r.returnId = :ret order by r.id",
                        Refund.class)
                .setParameter("shop", shopId).setParameter("ret", returnId).getResultList();
    }

    @Override
    public Optional<Refund> findByIdForUpdate(long shopId, long refundId) {
        return em.createQuery("select r from Refund r where r.shopId = :shop and r.id = :id", Refund.class)
                .setParameter("shop", shopId).setParameter("id", refundId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<Long> shopsWithDueRefunds(java.time.Instant now) {
        // Upgrade payments (docs/payments.md) are collected by the same worker: their shops are due too.
        return dueShops.find("select shop_id from refund where status in ('REQUESTED', 'PROVIDER_PENDING') "
                + "and next_attempt_at <= ?1 and (lease_until is null or lease_until < ?1) union "
                + "select shop_id from upgrade_payment where status = 'REQUESTED' "
                + "and next_attempt_at <= ?1 and (lease_until is null or lease_until < ?1)",
                now.atOffset(java.time.ZoneOffset.UTC));
    }

    @Override
    public List<Long> claimDue(long shopId, java.time.Instant now, java.time.Instant leaseUntil, int batch) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("update refund set lease_until = ?3 where id in ("
                        + "select id from refund where shop_id = ?1 and status in ('REQUESTED', 'PROVIDER_PENDING') and next_attempt_at <= ?2 "
                        + "and (lease_until is null or lease_until < ?2) order by next_attempt_at limit ?4 "
                        + "for update skip locked) returning id")
                .setParameter(1, shopId).setParameter(2, now.atOffset(java.time.ZoneOffset.UTC))
                .setParameter(3, leaseUntil.atOffset(java.time.ZoneOffset.UTC)).setParameter(4, batch)
                .getResultList();
        return ids.stream().map(Number::longValue).sorted().toList();
    }
}
