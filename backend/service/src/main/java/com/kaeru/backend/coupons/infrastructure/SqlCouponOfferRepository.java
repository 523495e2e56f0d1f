package com.kaeru.backend.coupons.infrastructure;

import java.util.List;
import java.util.Optional;

import com.kaeru.backend.coupons.domain.CouponOffer;
import com.kaeru.backend.coupons.domain.CouponOfferRepository;
import com.kaeru.backend.coupons.domain.CouponValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The offers in {@code coupon_offer}, one row per shop and purpose. */
@ApplicationScoped
public class SqlCouponOfferRepository implements CouponOfferRepository {
    private static final String PURPOSE = "CANCELLED_BACKORDER";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<CouponOffer> cancelledBackorder(long shopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select amount_minor, currency, percent, valid_days from coupon_offer "
                        + "where shop_id = ?1 and purpose = ?2")
                .setParameter(1, shopId).setParameter(2, PURPOSE).getResultList();
        return rows.stream().findFirst().map(r -> new CouponOffer(new CouponValue(
                r[0] == null ? null : ((Number) r[0]).longValue(), r[1] == null ? null : r[1].toString().strip(),
                r[2] == null ? null : ((Number) r[2]).intValue()), ((Number) r[3]).intValue()));
    }

    @Override
    public void setCancelledBackorder(long shopId, Optional<CouponOffer> offer, String actor) {
        if (offer.isEmpty()) {
            em.createNativeQuery("delete from coupon_offer where shop_id = ?1 and purpose = ?2")
                    .setParameter(1, shopId).setParameter(2, PURPOSE).executeUpdate();
            return;
        }
        CouponValue v = offer.get().value();
        em.createNativeQuery("insert into coupon_offer (shop_id, purpose, amount_minor, currency, percent, valid_days, "
                        + "updated_by, updated_at) values (?1, ?2, cast(?3 as bigint), cast(?4 as char(3)), "
                        + "cast(?5 as integer), ?6, ?7, now()) on conflict (shop_id, purpose) do update set "
                        + "amount_minor = excluded.amount_minor, currency = excluded.currency, percent = excluded.percent, "
                        + "valid_days = excluded.valid_days, updated_by = excluded.updated_by, updated_at = now()")
                .setParameter(1, shopId).setParameter(2, PURPOSE).setParameter(3, v.amountMinor())
                .setParameter(4, v.currency()).setParameter(5, v.percent()).setParameter(6, offer.get().validDays())
                .setParameter(7, actor).executeUpdate();
    }
}
