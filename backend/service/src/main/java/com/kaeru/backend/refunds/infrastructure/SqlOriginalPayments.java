package com.kaeru.backend.refunds.infrastructure;

import java.util.Optional;

import com.kaeru.backend.refunds.domain.OriginalPayments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads the order's {@code payment_reference} (V130) through the return, in a short transaction of its
 * own bound to the shop: the refund worker calls the card provider with no transaction open.
 */
@ApplicationScoped
public class SqlOriginalPayments implements OriginalPayments {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @jakarta.inject.Inject
    com.kaeru.backend.platform.persistence.TenantSession tenantSession;

    @Override
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public Optional<String> of(long shopId, long returnId) {
        tenantSession.bind(shopId);
        return em.createNativeQuery("select o.payment_reference from return_request r "
                        + "join customer_order o on o.id = r.order_id and o.shop_id = r.shop_id "
                        + "where r.shop_id = ?1 and r.id = ?2")
                .setParameter(1, shopId).setParameter(2, returnId).getResultStream()
                .filter(java.util.Objects::nonNull).map(String.class::cast).findFirst();
    }
}
