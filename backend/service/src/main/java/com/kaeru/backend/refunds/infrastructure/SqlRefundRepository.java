package com.kaeru.backend.refunds.infrastructure;

import java.util.List;
import java.util.Optional;

import com.kaeru.backend.refunds.domain.HoldReason;
import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundRepository;
import com.kaeru.backend.refunds.domain.RefundStatus;
import com.kaeru.backend.returns.domain.RefundMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * {@code insert ... on conflict do nothing returning id}: the unique (shop, key) index makes a
 * second payment impossible, and the loser of a race gets "already exists" instead of an error
 * that would roll back its whole transaction.
 */
@ApplicationScoped
public class SqlRefundRepository implements RefundRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<Refund> claim(long shopId, long returnId, String idempotencyKey, RefundMethod method,
                                  long amountMinor, String currency, RefundStatus status, HoldReason holdReason,
                                  String requestedBy) {
        List<?> ids = em.createNativeQuery("insert into refund (shop_id, return_id, idempotency_key, method, amount_minor, "
                        + "currency, status, requested_by, hold_reason) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as varchar)) "
                        + "on conflict (shop_id, idempotency_key) do nothing returning id")
                .setParameter(1, shopId).setParameter(2, returnId).setParameter(3, idempotencyKey)
                .setParameter(4, method.name()).setParameter(5, amountMinor).setParameter(6, currency)
                .setParameter(7, status.name()).setParameter(8, requestedBy)
                .setParameter(9, holdReason == null ? null : holdReason.name())
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return findById(shopId, ((Number) ids.get(0)).longValue());
    }

    @Override
    public long committedOnOrderExcept(long shopId, long orderId, long returnId) {
        // Two returns of one order graded at once must not both see the other's refunds missing:
        // the order's row lock serialises them until commit.
        em.createNativeQuery("select id from customer_order where shop_id = ?1 and id = ?2 for no key update")
                .setParameter(1, shopId).setParameter(2, orderId).getResultList();
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
}
