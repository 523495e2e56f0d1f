package com.kaeru.backend.platform.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Answers a background loop's "which shops have due rows?" in one statement across shops, so a tick
 * visits those shops only. With a thousand shops, visiting each one (a transaction each) every second
 * kept an idle instance busy and made a woken shop wait behind the sweep. The statement runs as the
 * read-only agency reader bound to every shop ({@link TenantSession#bindEveryShopForReading}): it can
 * read nothing but the columns granted to that role (migration V234) and change nothing.
 */
@ApplicationScoped
public class DueShops {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    TenantSession tenantSession;

    /**
     * The shop ids a query lists, in a short transaction of its own (a loop must not hold one open).
     *
     * @param query native SQL whose one column is a shop id, with positional parameters ?1, ?2, …
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> find(String query, Object... parameters) {
        tenantSession.bindEveryShopForReading();
        Query statement = em.createNativeQuery(query);
        for (int i = 0; i < parameters.length; i++) {
            statement.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Number> shops = statement.getResultList();
        return shops.stream().map(Number::longValue).toList();
    }
}
