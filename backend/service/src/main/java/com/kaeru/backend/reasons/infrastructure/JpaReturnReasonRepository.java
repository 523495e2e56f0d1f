package com.kaeru.backend.reasons.infrastructure;

import java.util.List;

import com.kaeru.backend.reasons.domain.ReturnReason;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaReturnReasonRepository implements ReturnReasonRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @jakarta.inject.Inject
    com.kaeru.backend.platform.persistence.ShopConfigCache configCache;

    @Override
    public List<ReturnReason> findActive(java.util.Collection<Long> shopIds) {
        return em.createQuery("select r from ReturnReason r where r.shopId in :shops and r.active = true",
                        ReturnReason.class)
                .setParameter("shops", List.copyOf(shopIds))
                .getResultList();
    }

    @Override
    public List<ReturnReason> findActive(long shopId) {
        return em.createQuery("select r from ReturnReason r where r.shopId = :shop and r.active = true "
                        + "order by case when r.parentCode is null then 0 else 1 end, r.position, r.code",
                        ReturnReason.class)
                .setParameter("shop", shopId)
                .getResultList();
    }

    @Override
    public List<ReturnReason> findAll(long shopId) {
        return em.createQuery("select r from ReturnReason r where r.shopId = :shop "
                        + "order by case when r.parentCode is null then 0 else 1 end, r.position, r.code",
                        ReturnReason.class)
                .setParameter("shop", shopId)
                .getResultList();
    }

    @Override
    public java.util.Optional<ReturnReason> find(long shopId, String code) {
        return em.createQuery("select r from ReturnReason r where r.shopId = :shop and r.code = :code", ReturnReason.class)
                .setParameter("shop", shopId).setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public boolean exists(long shopId, String code) {
        return !em.createQuery("select r.id from ReturnReason r where r.shopId = :shop and r.code = :code")
                .setParameter("shop", shopId)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public ReturnReason save(ReturnReason reason) {
        configCache.changed(reason.shopId());
        em.persist(reason);
        return reason;
    }
}
