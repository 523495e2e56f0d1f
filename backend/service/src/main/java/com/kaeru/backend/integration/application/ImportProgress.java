package com.kaeru.backend.integration.application;

import java.sql.Timestamp;
import java.time.Instant;

import com.kaeru.backend.platform.persistence.TenantSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A background import's visible state, each change in a transaction of its own: progress counters committed while
 * the import's own transaction is still open (so the console sees them move) and extending the job's lease (the
 * worker's heartbeat, {@link StaleImports}), and the way back to PREVIEWED when the import was refused or failed
 * (its transaction rolled back, nothing imported).
 */
@ApplicationScoped
public class ImportProgress {
    @Inject
    TenantSession tenantSession;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    @ConfigProperty(name = "kaeru.csv-import.lease-seconds", defaultValue = "120")
    int leaseSeconds;

    /** Until when a job moved to COMMITTING (or a heartbeat) at {@code now} stays the worker's. */
    public Timestamp leaseFrom(Instant now) {
        return Timestamp.from(now.plusSeconds(leaseSeconds));
    }

    /** Progress and heartbeat: the worker is alive, so the job's lease runs on. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long shopId, long jobId, int done) {
        tenantSession.bind(shopId);
        em.createNativeQuery("update import_job set progress_done = ?1, lease_until = ?4 where id = ?2 "
                + "and shop_id = ?3 and status = 'COMMITTING'").setParameter(1, done).setParameter(2, jobId)
                .setParameter(3, shopId).setParameter(4, leaseFrom(Instant.now())).executeUpdate();
    }

    /** The job is PREVIEWED again with why ({@code key} of the API's messages, {@code detail} its argument). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long shopId, long jobId, String key, String detail) {
        tenantSession.bind(shopId);
        em.createNativeQuery("update import_job set status = 'PREVIEWED', mode = null, progress_done = 0, "
                + "lease_until = null, failure_key = ?1, failure_detail = ?2 where id = ?3 and shop_id = ?4 "
                + "and status = 'COMMITTING'")
                .setParameter(1, key).setParameter(2, detail == null ? "" : detail.length() > 1000
                        ? detail.substring(0, 1000) : detail)
                .setParameter(3, jobId).setParameter(4, shopId).executeUpdate();
    }
}
