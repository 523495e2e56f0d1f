package com.kaeru.backend.refunds.infrastructure;

import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundProvider;
import com.kaeru.backend.refunds.domain.RefundMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The shop's own store-credit ledger: a credit entry per refund (unique per refund), balance =
 * sum of entries per customer; redemptions are negative entries.
 */
@ApplicationScoped
public class StoreCreditProvider implements RefundProvider {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public RefundMethod method() {
        return RefundMethod.STORE_CREDIT;
    }

    @Override
    public String pay(Refund refund, String customerEmail) {
        Number id = (Number) em.createNativeQuery("insert into store_credit_entry (shop_id, customer_email, amount_minor, "
                        + "currency, refund_id, description) values (?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, refund.shopId()).setParameter(2, customerEmail.toLowerCase(java.util.Locale.ROOT))
                .setParameter(3, refund.amountMinor()).setParameter(4, refund.currency()).setParameter(5, refund.id())
                .setParameter(6, "refund " + refund.idempotencyKey()).getSingleResult();
        return "CREDIT-" + id.longValue();
    }

    /** Current balance of a customer in a shop. */
    public long balance(long shopId, String customerEmail) {
        Number sum = (Number) em.createNativeQuery("select coalesce(sum(amount_minor), 0) from store_credit_entry "
                        + "where shop_id = ?1 and customer_email = ?2")
                .setParameter(1, shopId).setParameter(2, customerEmail.toLowerCase(java.util.Locale.ROOT))
                .getSingleResult();
        return sum.longValue();
    }
}
