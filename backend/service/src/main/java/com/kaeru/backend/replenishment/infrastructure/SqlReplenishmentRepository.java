package com.kaeru.backend.replenishment.infrastructure;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.replenishment.domain.AlertOrder;
import com.kaeru.backend.replenishment.domain.ReorderAlert;
import com.kaeru.backend.replenishment.domain.ReorderOverride;
import com.kaeru.backend.replenishment.domain.ReorderSettings;
import com.kaeru.backend.replenishment.domain.ReplenishmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reorder data in SQL. The recompute is one call of the database function
 * {@code recompute_reorder_points} (V100), so 100,000 variants are one statement, not 100,000; alerts
 * join the stored points with the live stock levels, so a sale shows as an alert at once.
 */
@ApplicationScoped
public class SqlReplenishmentRepository implements ReplenishmentRepository {
    /** Live available and incoming units per variant over every location of the shop. */
    private static final String ALERTS_FROM = "from reorder_point rp join variant v on v.id = rp.variant_id "
            + "join product p on p.id = v.product_id "
            + "left join (select variant_id, sum(sellable - reserved) as available, sum(incoming) as incoming "
            + "from stock_level where shop_id = ?1 group by variant_id) st on st.variant_id = rp.variant_id "
            + "where rp.shop_id = ?1 and v.shop_id = ?1 and rp.reorder_point > 0 "
            + "and coalesce(st.available, 0) <= rp.reorder_point ";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<ReorderSettings> settings(long shopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select lead_time_days, safety_stock, sales_window_days "
                + "from replenishment_settings where shop_id = ?1").setParameter(1, shopId).getResultList();
        return rows.stream().findFirst().map(r -> new ReorderSettings(number(r[0]), number(r[1]), number(r[2])));
    }

    @Override
    public void saveSettings(long shopId, ReorderSettings s, String actor) {
        em.createNativeQuery("insert into replenishment_settings (shop_id, lead_time_days, safety_stock, "
                        + "sales_window_days, updated_by, updated_at) values (?1, ?2, ?3, ?4, ?5, now()) "
                        + "on conflict (shop_id) do update set lead_time_days = excluded.lead_time_days, "
                        + "safety_stock = excluded.safety_stock, sales_window_days = excluded.sales_window_days, "
                        + "updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                .setParameter(1, shopId).setParameter(2, s.leadTimeDays()).setParameter(3, s.safetyStock())
                .setParameter(4, s.salesWindowDays()).setParameter(5, actor).executeUpdate();
    }

    @Override
    public List<ReorderOverride> overrides(long shopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select case when o.variant_id is null then 'PRODUCT' else 'VARIANT' end, "
                + "coalesce(o.variant_id, o.product_id), coalesce(v.sku, p.external_id), p.name_ja, p.name_en, "
                + "o.lead_time_days, o.safety_stock from replenishment_override o "
                + "left join variant v on v.id = o.variant_id "
                + "join product p on p.id = coalesce(o.product_id, v.product_id) "
                + "where o.shop_id = ?1 order by p.name_en, o.variant_id nulls first, v.sku")
                .setParameter(1, shopId).getResultList();
        return rows.stream().map(r -> new ReorderOverride(ReorderOverride.Scope.valueOf((String) r[0]),
                ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4], nullableInt(r[5]),
                nullableInt(r[6]))).toList();
    }

    @Override
    public void saveOverride(long shopId, ReorderOverride.Scope scope, long targetId, Integer leadTimeDays,
                             Integer safetyStock, String actor) {
        String column = scope == ReorderOverride.Scope.PRODUCT ? "product_id" : "variant_id";
        // The partial unique index is the conflict target: one override per product or variant. The casts type
        // a null (inherited) value, which the driver would otherwise send as text.
        em.createNativeQuery("insert into replenishment_override (shop_id, " + column + ", lead_time_days, safety_stock, "
                        + "updated_by, updated_at) values (?1, ?2, cast(?3 as integer), cast(?4 as integer), ?5, now()) "
                        + "on conflict (shop_id, " + column + ") where " + column + " is not null do update set "
                        + "lead_time_days = excluded.lead_time_days, safety_stock = excluded.safety_stock, "
                        + "updated_by = excluded.updated_by, updated_at = excluded.updated_at")
                .setParameter(1, shopId).setParameter(2, targetId).setParameter(3, leadTimeDays)
                .setParameter(4, safetyStock).setParameter(5, actor).executeUpdate();
    }

    @Override
    public boolean removeOverride(long shopId, ReorderOverride.Scope scope, long targetId) {
        String column = scope == ReorderOverride.Scope.PRODUCT ? "product_id" : "variant_id";
        return em.createNativeQuery("delete from replenishment_override where shop_id = ?1 and " + column + " = ?2")
                .setParameter(1, shopId).setParameter(2, targetId).executeUpdate() > 0;
    }

    @Override
    public int recompute(long shopId, LocalDate today) {
        return number(em.createNativeQuery("select recompute_reorder_points(?1, ?2)").setParameter(1, shopId)
                .setParameter(2, Date.valueOf(today)).getSingleResult());
    }

    @Override
    public boolean tryLockRecompute(long shopId) {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('reorder_point'), "
                + "cast(?1 % 2147483647 as integer))").setParameter(1, shopId).getSingleResult());
    }

    @Override
    public Optional<Instant> computedAt(long shopId) {
        Object value = em.createNativeQuery("select max(computed_at) from reorder_point where shop_id = ?1")
                .setParameter(1, shopId).getSingleResult();
        return Optional.ofNullable(value).map(SqlReplenishmentRepository::instant);
    }

    @Override
    public long countAlerts(long shopId) {
        return ((Number) em.createNativeQuery("select count(*) " + ALERTS_FROM).setParameter(1, shopId)
                .getSingleResult()).longValue();
    }

    @Override
    public List<ReorderAlert> alerts(long shopId, AlertOrder order, int offset, int limit) {
        String column = switch (order.column()) {
            case SHORTFALL -> "rp.reorder_point - coalesce(st.available, 0)";
            case SKU -> "v.sku";
            case AVG_DAILY_SALES -> "rp.avg_daily_sales";
            case AVAILABLE -> "coalesce(st.available, 0)";
            case REORDER_POINT -> "rp.reorder_point";
            case INCOMING -> "coalesce(st.incoming, 0)";
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select rp.variant_id, v.sku, p.name_ja, p.name_en, v.size, v.color, "
                        + "rp.units_sold, rp.window_from, rp.window_days, rp.avg_daily_sales, rp.lead_time_days, "
                        + "rp.safety_stock, rp.backordered, rp.reorder_point, coalesce(st.available, 0), "
                        + "coalesce(st.incoming, 0) " + ALERTS_FROM + "order by " + column
                        + (order.descending() ? " desc" : " asc") + ", v.sku offset ?2 limit ?3")
                .setParameter(1, shopId).setParameter(2, offset).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new ReorderAlert(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).longValue(), localDate(r[7]),
                number(r[8]), (BigDecimal) r[9], number(r[10]), number(r[11]), ((Number) r[12]).longValue(),
                ((Number) r[13]).longValue(), ((Number) r[14]).longValue(), ((Number) r[15]).longValue())).toList();
    }

    @Override
    public boolean claimDigest(long shopId, LocalDate localDate, int alerts, int recipients) {
        return em.createNativeQuery("insert into reorder_digest (shop_id, local_date, alerts, recipients) "
                        + "values (?1, ?2, ?3, ?4) on conflict (shop_id, local_date) do nothing")
                .setParameter(1, shopId).setParameter(2, Date.valueOf(localDate)).setParameter(3, alerts)
                .setParameter(4, recipients).executeUpdate() == 1;
    }

    @Override
    public boolean digestDecided(long shopId, LocalDate localDate) {
        return ((Number) em.createNativeQuery("select count(*) from reorder_digest where shop_id = ?1 and local_date = ?2")
                .setParameter(1, shopId).setParameter(2, Date.valueOf(localDate)).getSingleResult()).longValue() > 0;
    }

    @Override
    public Optional<Long> productId(long shopId, String externalId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from product where shop_id = ?1 and external_id = ?2")
                .setParameter(1, shopId).setParameter(2, externalId).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static Integer nullableInt(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) value;
    }
}
