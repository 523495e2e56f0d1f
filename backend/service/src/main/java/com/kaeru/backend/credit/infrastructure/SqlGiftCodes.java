package com.kaeru.backend.credit.infrastructure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.credit.domain.GiftCode;
import com.kaeru.backend.credit.domain.GiftCodeRepository;
import com.kaeru.backend.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Gift codes in SQL, found by their SHA-256 (V86: the code itself is not stored). */
@ApplicationScoped
public class SqlGiftCodes implements GiftCodeRepository {
    private static final String COLUMNS = "select g.id, g.code_last4, g.amount_minor, g.currency, r.rma_number, "
            + "g.created_at, g.order_reference, g.redeemed_at, g.redeemed_by, g.idempotency_key from gift_code g "
            + "left join refund f on f.id = g.refund_id left join return_request r on r.id = f.return_id ";
    private static final String SELECT = COLUMNS + "where g.shop_id = ?1 and g.code_sha256 = ?2";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<GiftCode> find(long shopId, String codeSha256) {
        return query(SELECT, shopId, codeSha256);
    }

    @Override
    public Optional<GiftCode> lock(long shopId, String codeSha256) {
        return query(SELECT + " for update of g", shopId, codeSha256);
    }

    @Override
    public List<GiftCode> ofCustomer(long shopId, String customerEmail) {
        return rows(COLUMNS + "where g.shop_id = ?1 and lower(r.customer_email) = ?2 order by g.id desc limit 50",
                shopId, customerEmail);
    }

    private Optional<GiftCode> query(String sql, long shopId, String codeSha256) {
        return rows(sql, shopId, codeSha256).stream().findFirst();
    }

    private List<GiftCode> rows(String sql, long shopId, String text) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, shopId).setParameter(2, text).getResultList();
        return rows.stream().map(r -> new GiftCode(((Number) r[0]).longValue(), r[1].toString(),
                ((Number) r[2]).longValue(), r[3].toString(), (String) r[4], SqlValues.instant(r[5]), (String) r[6],
                SqlValues.instant(r[7]), (String) r[8], (String) r[9])).toList();
    }

    @Override
    public void markRedeemed(long shopId, long id, String orderReference, String actor, String idempotencyKey,
                             Instant at) {
        em.createNativeQuery("update gift_code set redeemed_at = ?1, order_reference = ?2, redeemed_by = ?3, "
                        + "idempotency_key = ?4 where shop_id = ?5 and id = ?6 and redeemed_at is null")
                .setParameter(1, at.atOffset(ZoneOffset.UTC)).setParameter(2, orderReference).setParameter(3, actor)
                .setParameter(4, idempotencyKey).setParameter(5, shopId).setParameter(6, id).executeUpdate();
    }
}
