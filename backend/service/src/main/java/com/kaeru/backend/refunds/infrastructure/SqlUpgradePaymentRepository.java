package com.kaeru.backend.refunds.infrastructure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.refunds.domain.UpgradePayment;
import com.kaeru.backend.refunds.domain.UpgradePaymentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Stores upgrade payments with {@code insert ... on conflict do nothing returning id}, as refunds are stored: the
 * unique (shop, key) index makes a second collection of a return impossible, and a repeated request gets
 * "already exists" instead of an error that would roll back its transaction.
 */
@ApplicationScoped
public class SqlUpgradePaymentRepository implements UpgradePaymentRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<UpgradePayment> claim(UpgradePayment fresh) {
        List<?> ids = em.createNativeQuery("insert into upgrade_payment (shop_id, return_id, idempotency_key, "
                        + "amount_minor, currency, status, requested_by, next_attempt_at) values (?1, ?2, ?3, ?4, ?5, ?6, "
                        + "?7, ?8) on conflict (shop_id, idempotency_key) do nothing returning id")
                .setParameter(1, fresh.shopId()).setParameter(2, fresh.returnId())
                .setParameter(3, fresh.idempotencyKey()).setParameter(4, fresh.amountMinor())
                .setParameter(5, fresh.currency()).setParameter(6, fresh.status().name())
                .setParameter(7, fresh.requestedBy()).setParameter(8, fresh.nextAttemptAt().atOffset(ZoneOffset.UTC))
                .getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return findById(fresh.shopId(), ((Number) ids.get(0)).longValue());
    }

    @Override
    public Optional<UpgradePayment> findById(long shopId, long id) {
        return em.createQuery("select p from UpgradePayment p where p.shopId = :shop and p.id = :id",
                        UpgradePayment.class)
                .setParameter("shop", shopId).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Optional<UpgradePayment> findByIdForUpdate(long shopId, long id) {
        return em.createQuery("select p from UpgradePayment p where p.shopId = :shop and p.id = :id",
                        UpgradePayment.class)
                .setParameter("shop", shopId).setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public List<UpgradePayment> findByReturn(long shopId, long returnId) {
        return em.createQuery("select p from UpgradePayment p where p.shopId = :shop and p.returnId = :ret order by p.id",
                        UpgradePayment.class)
                .setParameter("shop", shopId).setParameter("ret", returnId).getResultList();
    }

    @Override
    public List<Long> claimDue(long shopId, Instant now, Instant leaseUntil, int batch) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("update upgrade_payment set lease_until = ?3 where id in ("
                        + "select id from upgrade_payment where shop_id = ?1 and status = 'REQUESTED' "
                        + "and next_attempt_at <= ?2 and (lease_until is null or lease_until < ?2) "
                        + "order by next_attempt_at limit ?4 for update skip locked) returning id")
                .setParameter(1, shopId).setParameter(2, now.atOffset(ZoneOffset.UTC))
                .setParameter(3, leaseUntil.atOffset(ZoneOffset.UTC)).setParameter(4, batch)
                .getResultList();
        return ids.stream().map(Number::longValue).sorted().toList();
    }
}
