package com.kaeru.backend.credit.infrastructure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.credit.domain.CreditEntry;
import com.kaeru.backend.credit.domain.StoreCreditLedger;
import com.kaeru.backend.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The ledger in SQL. Entries are only inserted; V210's trigger applies each to the customer's
 * {@code store_credit_account} row in the same statement and its check refuses a negative balance.
 * E-mail addresses are kept in lower case.
 */
@ApplicationScoped
public class SqlStoreCreditLedger implements StoreCreditLedger {
    private static final String ENTRY_COLUMNS = "e.id, e.customer_email, e.amount_minor, e.currency, e.description, "
            + "r.rma_number, e.order_reference, e.actor, e.idempotency_key, e.created_at";
    private static final String ENTRY_FROM = " from store_credit_entry e left join refund f on f.id = e.refund_id "
            + "left join return_request r on r.id = f.return_id ";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public long lockBalance(long shopId, String customerEmail) {
        return balance(shopId, customerEmail, " for update");
    }

    @Override
    public long balance(long shopId, String customerEmail) {
        return balance(shopId, customerEmail, "");
    }

    private long balance(long shopId, String customerEmail, String lock) {
        List<?> rows = em.createNativeQuery("select balance_minor from store_credit_account where shop_id = ?1 "
                        + "and customer_email = ?2" + lock)
                .setParameter(1, shopId).setParameter(2, customerEmail).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    @Override
    public Optional<String> accountCurrency(long shopId, String customerEmail) {
        List<?> rows = em.createNativeQuery("select currency from store_credit_account where shop_id = ?1 "
                        + "and customer_email = ?2")
                .setParameter(1, shopId).setParameter(2, customerEmail).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    @Override
    public Optional<CreditEntry> byIdempotencyKey(long shopId, String idempotencyKey) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + ENTRY_COLUMNS + ENTRY_FROM
                        + "where e.shop_id = ?1 and e.idempotency_key = ?2")
                .setParameter(1, shopId).setParameter(2, idempotencyKey).getResultList();
        return rows.stream().findFirst().map(SqlStoreCreditLedger::entry);
    }

    @Override
    public List<CreditEntry> entries(long shopId, String customerEmail, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + ENTRY_COLUMNS + ENTRY_FROM
                        + "where e.shop_id = ?1 and lower(e.customer_email) = ?2 order by e.id desc limit ?3")
                .setParameter(1, shopId).setParameter(2, customerEmail).setParameter(3, limit).getResultList();
        return rows.stream().map(SqlStoreCreditLedger::entry).toList();
    }

    @Override
    public CreditEntry redeem(long shopId, String customerEmail, long amountMinor, String currency,
                              String orderReference, String actor, String idempotencyKey, Instant at) {
        Number id = (Number) em.createNativeQuery("insert into store_credit_entry (shop_id, customer_email, amount_minor, "
                        + "currency, description, order_reference, actor, idempotency_key, created_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) returning id")
                .setParameter(1, shopId).setParameter(2, customerEmail).setParameter(3, -amountMinor)
                .setParameter(4, currency).setParameter(5, "redeemed for order " + orderReference)
                .setParameter(6, orderReference).setParameter(7, actor).setParameter(8, idempotencyKey)
                .setParameter(9, at.atOffset(ZoneOffset.UTC)).getSingleResult();
        return new CreditEntry(id.longValue(), customerEmail, -amountMinor, currency,
                "redeemed for order " + orderReference, null, orderReference, actor, idempotencyKey, at);
    }

    private static CreditEntry entry(Object[] r) {
        return new CreditEntry(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                r[3].toString(), (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                SqlValues.instant(r[9]));
    }
}
