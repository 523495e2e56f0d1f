package com.kaeru.backend.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Binds the current transaction to one shop for PostgreSQL row-level security.
 * <p>
 * The setting is transaction-local ({@code set_config(..., true)}): it vanishes at commit or
 * rollback, so a pooled connection never carries one request's tenant into the next. The
 * persistence unit uses {@code eclipselink.transaction.join-existing=true}, so this statement and
 * every later query of the transaction share one connection.
 */
@ApplicationScoped
public class TenantSession {

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    /** Makes the rows of {@code shopId} (and only those) visible and writable until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bind(long shopId) {
        em.createNativeQuery("select set_config('app.tenant_id', ?1, true)")
                .setParameter(1, Long.toString(shopId))
                .getSingleResult();
    }

    /** The shop bound to the current transaction, or {@code null}. Used by tests and diagnostics. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Long boundShop() {
        Object value = em.createNativeQuery("select nullif(current_setting('app.tenant_id', true), '')")
                .getSingleResult();
        return value == null ? null : Long.valueOf(value.toString());
    }
}
