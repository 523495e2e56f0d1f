package com.kaeru.backend.replenishment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.replenishment.domain.ReplenishmentRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * What the scheduler does per shop, each step in a transaction of its own: recompute the points
 * once per local day (an instance already doing it is skipped, not waited for), and tell whether
 * the shop's digest hour has come.
 */
@ApplicationScoped
public class ReorderDaily {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    TenantSession tenantSession;
    @Inject
    ReplenishmentRepository repository;

    /** Every shop, read in a short transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> shops() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from shop order by id").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The shop's local date at {@code now}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LocalDate localDate(long shopId, Instant now) {
        return LocalDate.ofInstant(now, em.find(Shop.class, shopId).timeZone());
    }

    /** The shop's local hour at {@code now}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int localHour(long shopId, Instant now) {
        return now.atZone(em.find(Shop.class, shopId).timeZone()).getHour();
    }

    /**
     * Recomputes the shop's points unless they were already computed on its local day {@code today}.
     *
     * @return the points written, or -1 when nothing was needed or another instance is at it
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int refresh(long shopId, LocalDate today) {
        tenantSession.bind(shopId);
        Shop shop = em.find(Shop.class, shopId);
        boolean fresh = repository.computedAt(shopId)
                .map(at -> !LocalDate.ofInstant(at, shop.timeZone()).isBefore(today)).orElse(false);
        if (fresh || !repository.tryLockRecompute(shopId)) {
            return -1;
        }
        return repository.recompute(shopId, today);
    }
}
