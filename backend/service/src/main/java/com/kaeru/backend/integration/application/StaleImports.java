package com.kaeru.backend.integration.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

import com.kaeru.backend.platform.persistence.TenantSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Finds CSV imports left COMMITTING by an instance that died (docs/imports.md). The background commit is one
 * transaction, so a crash rolled all of it back; only the job row still says COMMITTING. Such a job is put back to
 * PREVIEWED with {@code problem.import.interrupted} (the import history shows it in the reader's language) and can be
 * committed again. A job counts as abandoned when its lease ran out (no heartbeat from {@link ImportProgress}) and
 * nobody holds its advisory lock (held by {@link CsvImportService#commitInBackground} for its whole transaction and
 * released by PostgreSQL when the connection dies): a slow but living commit is never failed, and of several
 * instances sweeping at once exactly one changes the row.
 */
@ApplicationScoped
public class StaleImports {
    private static final Logger LOG = Logger.getLogger(StaleImports.class.getName());
    static final String INTERRUPTED = "problem.import.interrupted";

    @Inject
    TenantSession tenantSession;
    @Inject
    StaleImports self;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    /**
     * The job's lock for the rest of the transaction (waits for a sweeper deciding about it). Single-bigint keys:
     * the other advisory locks of Kaeru use the two-integer key space, which never overlaps this one.
     */
    static void lock(EntityManager em, long jobId) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, jobId).getSingleResult();
    }

    /** One sweep over every shop; returns the jobs put back to PREVIEWED. Not transactional. */
    public int sweep(Instant now) {
        int failed = 0;
        for (Object[] job : self.stale(now)) {
            if (self.giveUp(((Number) job[0]).longValue(), ((Number) job[1]).longValue(), now)) {
                failed++;
            }
        }
        return failed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Object[]> stale(Instant now) {
        return em.createNativeQuery("select shop_id, job_id from stale_import_jobs(?1)")
                .setParameter(1, Timestamp.from(now)).getResultList();
    }

    /** In the job's shop: if nobody commits it (its lock is free) and its lease is still over, gives it up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean giveUp(long shopId, long jobId, Instant now) {
        tenantSession.bind(shopId);
        Object free = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, jobId)
                .getSingleResult();
        if (!Boolean.TRUE.equals(free)) {
            return false;
        }
        int changed = em.createNativeQuery("update import_job set status = 'PREVIEWED', mode = null, progress_done = 0, "
                + "lease_until = null, failure_key = ?1, failure_detail = '' where id = ?2 and shop_id = ?3 "
                + "and status = 'COMMITTING' and lease_until < ?4").setParameter(1, INTERRUPTED).setParameter(2, jobId)
                .setParameter(3, shopId).setParameter(4, Timestamp.from(now)).executeUpdate();
        if (changed > 0) {
            LOG.warning(() -> "CSV import " + jobId + " of shop " + shopId + " was left COMMITTING by an instance that "
                    + "stopped; nothing of it was imported, it is PREVIEWED again");
        }
        return changed > 0;
    }
}
