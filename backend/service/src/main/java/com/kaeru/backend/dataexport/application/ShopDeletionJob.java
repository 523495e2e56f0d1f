package com.kaeru.backend.dataexport.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.backend.dataexport.domain.ShopDataEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Deletes the data of closed shops whose grace period is over (run by {@link DataExportScheduler}). Each shop is
 * deleted all or nothing by {@link ShopDataEraser}; a failure is logged and retried on the next pass.
 */
@ApplicationScoped
public class ShopDeletionJob {
    private static final Logger LOG = Logger.getLogger(ShopDeletionJob.class.getName());

    @Inject
    ShopDataEraser eraser;
    @Inject
    ShopDeletionJob self;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    /** Shops due for deletion at {@code now} (the shop registry is readable without a tenant). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> due(Instant now) {
        List<Number> ids = em.createNativeQuery("select id from shop where deletion_due_at <= ?1 "
                + "and data_deleted_at is null order by id").setParameter(1, now.atOffset(java.time.ZoneOffset.UTC))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** One pass at {@code now}; not transactional (each shop's deletion is a transaction of its own). */
    public int runOnce(Instant now) {
        int erased = 0;
        for (long shop : self.due(now)) {
            try {
                Map<String, Long> deleted = eraser.erase(shop, now);
                if (!deleted.isEmpty()) {
                    LOG.info("Deleted the data of closed shop " + shop + ": " + deleted);
                    erased++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Deleting the data of closed shop " + shop + " failed; retrying on the next pass", e);
            }
        }
        return erased;
    }
}
