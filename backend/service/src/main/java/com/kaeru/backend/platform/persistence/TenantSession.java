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
    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kaeru.db.user")
    String appRole;
    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** Key of the bound shop id in the transaction's resources (see {@link #bind}). */
    static final String BOUND_SHOP = TenantSession.class.getName() + ".shop";

    /** Makes the rows of {@code shopId} (and only those) visible and writable until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bind(long shopId) {
        // Remembered (no SQL) so that ShopConfigCache caches only what was read under this very shop.
        transactions.putResource(BOUND_SHOP, shopId);
        em.createNativeQuery("select set_config('app.tenant_id', ?1, true)")
                .setParameter(1, Long.toString(shopId))
                .getSingleResult();
    }

    /**
     * Makes the rows of {@code agencyId}'s own tables (its report archive, V250: {@code app.agency_id}) visible
     * and writable until the transaction ends; the shops' tables stay as bound (or not) by {@link #bind}.
     * Only after the caller was checked as the agency's admin, or by the scheduler for one agency at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bindAgency(long agencyId) {
        em.createNativeQuery("select set_config('app.agency_id', ?1, true)")
                .setParameter(1, Long.toString(agencyId))
                .getSingleResult();
    }

    /**
     * Makes the rows of these shops readable, and nothing writable, until the transaction ends: for
     * reads across an agency's shops ("all my shops"). The transaction switches to the read-only
     * role {@code <app role>_agency_reader} (SELECT grants only) and binds the set as
     * {@code app.tenant_ids}, which only that role's policies read (migration V61); both settings
     * are transaction-local like {@link #bind}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bindForReading(java.util.Collection<Long> shopIds) {
        if (shopIds.isEmpty()) {
            throw new IllegalArgumentException("no shop to bind");
        }
        em.createNativeQuery("select set_config('role', ?1, true), set_config('app.tenant_ids', ?2, true)")
                .setParameter(1, appRole + "_agency_reader")
                .setParameter(2, shopIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")))
                .getSingleResult();
    }

    /**
     * {@link #bindForReading} with every shop, for the one cross-shop question of the background loops
     * ("which shops have due rows?", {@link DueShops}): the list is built inside the statement, so the
     * ids of a thousand shops never travel to the application and back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bindEveryShopForReading() {
        em.createNativeQuery("select set_config('role', ?1, true), set_config('app.tenant_ids', "
                        + "(select coalesce(string_agg(id::text, ','), '') from shop), true)")
                .setParameter(1, appRole + "_agency_reader")
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
