package com.kaeru.backend.coupons.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kaeru.backend.coupons.domain.Coupon;
import com.kaeru.backend.coupons.domain.CouponRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * Coupons on JPA. New ones go in with {@code insert ... on conflict do nothing returning id}: a
 * code collision (one in 2^60 per pair, but possible) draws a new code instead of failing the
 * caller's transaction, and an issue key already used answers the coupon it made.
 */
@ApplicationScoped
public class JpaCouponRepository implements CouponRepository {
    private static final int ATTEMPTS = 5;

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Coupon add(Coupon fresh) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<?> ids = em.createNativeQuery("insert into coupon (shop_id, code, amount_minor, currency, percent, "
                            + "expires_at, status, issued_to_email, reason, rma_number, issue_key, issued_by, issued_at) "
                            + "values (?1, ?2, cast(?3 as bigint), cast(?4 as char(3)), cast(?5 as integer), ?6, 'ACTIVE', "
                            + "cast(?7 as varchar), ?8, cast(?9 as varchar), cast(?10 as varchar), ?11, ?12) "
                            + "on conflict do nothing returning id")
                    .setParameter(1, fresh.shopId()).setParameter(2, fresh.code())
                    .setParameter(3, fresh.value().amountMinor()).setParameter(4, fresh.value().currency())
                    .setParameter(5, fresh.value().percent()).setParameter(6, utc(fresh.expiresAt()))
                    .setParameter(7, fresh.issuedToEmail()).setParameter(8, fresh.reason())
                    .setParameter(9, fresh.rmaNumber()).setParameter(10, fresh.issueKey())
                    .setParameter(11, fresh.issuedBy()).setParameter(12, utc(fresh.issuedAt()))
                    .getResultList();
            if (!ids.isEmpty()) {
                return byId(fresh.shopId(), ((Number) ids.get(0)).longValue());
            }
            if (fresh.issueKey() != null) {
                Optional<Coupon> existing = findByIssueKey(fresh.shopId(), fresh.issueKey());
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            fresh.withFreshCode();
        }
        throw new IllegalStateException("No free coupon code after " + ATTEMPTS + " attempts");
    }

    /** The driver cannot bind an Instant in a native query; an offset date-time is the same instant. */
    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private Coupon byId(long shopId, long id) {
        return em.createQuery("select c from Coupon c where c.shopId = :shop and c.id = :id", Coupon.class)
                .setParameter("shop", shopId).setParameter("id", id).getSingleResult();
    }

    @Override
    public Optional<Coupon> find(long shopId, String code) {
        return byCode(shopId, code).getResultStream().findFirst();
    }

    @Override
    public Optional<Coupon> lock(long shopId, String code) {
        return byCode(shopId, code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private TypedQuery<Coupon> byCode(long shopId, String code) {
        return em.createQuery("select c from Coupon c where c.shopId = :shop and c.code = :code", Coupon.class)
                .setParameter("shop", shopId).setParameter("code", code);
    }

    @Override
    public Optional<Coupon> findByIssueKey(long shopId, String issueKey) {
        return em.createQuery("select c from Coupon c where c.shopId = :shop and c.issueKey = :key", Coupon.class)
                .setParameter("shop", shopId).setParameter("key", issueKey).getResultStream().findFirst();
    }

    @Override
    public Page search(long shopId, Filter filter, Instant now, int page, int size) {
        StringBuilder where = new StringBuilder(" where c.shopId = :shop");
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {"shop", shopId});
        if (filter.status() != null) {
            switch (filter.status()) {
                case "ACTIVE" -> where.append(" and c.status = com.kaeru.backend.coupons.domain.CouponStatus.ACTIVE and c.expiresAt > :now");
                case "EXPIRED" -> where.append(" and c.status = com.kaeru.backend.coupons.domain.CouponStatus.ACTIVE and c.expiresAt <= :now");
                case "REDEEMED" -> where.append(" and c.status = com.kaeru.backend.coupons.domain.CouponStatus.REDEEMED");
                case "VOID" -> where.append(" and c.status = com.kaeru.backend.coupons.domain.CouponStatus.VOID");
                default -> throw new IllegalArgumentException("Unknown coupon status filter " + filter.status());
            }
            if (filter.status().equals("ACTIVE") || filter.status().equals("EXPIRED")) {
                parameters.add(new Object[] {"now", now});
            }
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            String q = filter.query().strip();
            String code = q.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
            where.append(" and (c.code like :code or lower(c.issuedToEmail) = :email or c.rmaNumber = :rma)");
            parameters.add(new Object[] {"code", code.replace("%", "").replace("_", "") + "%"});
            parameters.add(new Object[] {"email", q.toLowerCase(Locale.ROOT)});
            parameters.add(new Object[] {"rma", q.toUpperCase(Locale.ROOT)});
        }
        TypedQuery<Coupon> items = em.createQuery("select c from Coupon c" + where + " order by c.issuedAt desc, c.id desc",
                Coupon.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Coupon c" + where, Long.class);
        for (Object[] p : parameters) {
            items.setParameter((String) p[0], p[1]);
            count.setParameter((String) p[0], p[1]);
        }
        return new Page(items.setFirstResult(page * size).setMaxResults(size).getResultList(), count.getSingleResult());
    }
}
