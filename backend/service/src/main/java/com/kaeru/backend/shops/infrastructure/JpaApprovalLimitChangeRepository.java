package com.kaeru.backend.shops.infrastructure;

import java.util.Optional;

import com.kaeru.backend.shops.domain.ApprovalLimitChange;
import com.kaeru.backend.shops.domain.ApprovalLimitChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaApprovalLimitChangeRepository implements ApprovalLimitChangeRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<ApprovalLimitChange> pendingForUpdate(long shopId) {
        // The shop row is the lock every proposal and decision of the shop takes (also when none waits).
        em.createNativeQuery("select id from shop where id = ?1 for update").setParameter(1, shopId).getResultList();
        return em.createQuery("select c from ApprovalLimitChange c where c.shopId = :shop and c.status = :pending",
                        ApprovalLimitChange.class)
                .setParameter("shop", shopId).setParameter("pending", ApprovalLimitChange.Status.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<ApprovalLimitChange> pending(long shopId) {
        return em.createQuery("select c from ApprovalLimitChange c where c.shopId = :shop and c.status = :pending",
                        ApprovalLimitChange.class)
                .setParameter("shop", shopId).setParameter("pending", ApprovalLimitChange.Status.PENDING)
                .getResultStream().findFirst();
    }

    @Override
    public ApprovalLimitChange save(ApprovalLimitChange change) {
        if (change.id() == null) {
            em.persist(change);
            em.flush();
            return change;
        }
        return em.merge(change);
    }
}
