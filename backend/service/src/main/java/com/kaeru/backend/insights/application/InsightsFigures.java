package com.kaeru.backend.insights.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.api.insights.BackorderInsightDto;
import com.kaeru.api.insights.CustomerInsightDto;
import com.kaeru.api.insights.DrillDownDto;
import com.kaeru.api.insights.GradeMixDto;
import com.kaeru.api.insights.InsightsApi;
import com.kaeru.api.insights.LeadTimeBucketDto;
import com.kaeru.api.insights.LeadTimeDto;
import com.kaeru.api.insights.QueueFilterDto;
import com.kaeru.api.insights.ReasonShareDto;
import com.kaeru.api.insights.ResolutionMixDto;
import com.kaeru.api.insights.ReturnerDto;
import com.kaeru.api.insights.SeriesPointDto;
import com.kaeru.api.insights.VariantInsightDto;
import com.kaeru.backend.insights.domain.FitSignal;
import com.kaeru.backend.insights.domain.InsightsPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * The aggregate queries behind the insights, computed from returns, refunds, fulfilments and orders
 * of one shop (the tenant bound by the caller's transaction; row-level security applies). Formulas:
 * docs/insights.md.
 */
@ApplicationScoped
public class InsightsFigures {
    private static final String LIVE = "r.status not in ('CANCELLED', 'REJECTED')";
    private static final int[] LEAD_BOUNDS = {0, 6, 12, 24, 48, 72};
    /**
     * Units and value of the order {@code o}, per order through the order-line index: a derived table
     * grouping every order line by order made each dashboard read the shop's whole order history.
     */
    private static final String ORDER_TOTALS = "(select sum(ol.quantity) units,"
            + " sum(ol.quantity * ol.unit_price_minor - ol.line_discount_minor) value"
            + " from order_line ol where ol.order_id = o.id having count(*) > 0) l"; // no lines: not an order here

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    /** The headline figures of one period. */
    public record Totals(long sales, long orders, long unitsSold, long returns, long unitsReturned,
                         long unitsReturnedByOrderDate, ResolutionMixDto resolutions, long refunded, LeadTimeDto leadTime,
                         GradeMixDto grades, BackorderInsightDto backorders, CustomerInsightDto customers) {
    }

    public Totals totals(long shopId, LocalDate from, LocalDate to, ZoneId zone) {
        Timestamp a = ts(InsightsPeriod.start(from, zone));
        Timestamp b = ts(InsightsPeriod.endExclusive(to, zone));
        Object[] o = single("select count(*), coalesce(sum(l.units), 0), coalesce(sum(l.value), 0) - coalesce(sum(o.order_discount_minor), 0)"
                + " from customer_order o cross join lateral " + ORDER_TOTALS
                + " where o.shop_id = ?1 and o.ordered_at >= ?2 and o.ordered_at < ?3", shopId, a, b);
        long orders = n(o[0]);
        long unitsSold = n(o[1]);
        long sales = n(o[2]);
        Object[] r = single("select count(distinct r.id), coalesce(sum(rl.quantity), 0) from return_request r"
                + " join return_line rl on rl.return_id = r.id where r.shop_id = ?1 and " + LIVE
                + " and r.created_at >= ?2 and r.created_at < ?3", shopId, a, b);
        long byOrderDate = n(single("select coalesce(sum(rl.quantity), 0), 0 from return_line rl"
                + " join return_request r on r.id = rl.return_id join customer_order o on o.id = r.order_id"
                + " where r.shop_id = ?1 and " + LIVE + " and o.ordered_at >= ?2 and o.ordered_at < ?3", shopId, a, b)[0]);
        return new Totals(sales, orders, unitsSold, n(r[0]), n(r[1]), byOrderDate, resolutions(shopId, a, b),
                n(single("select coalesce(sum(amount_minor), 0), 0 from refund where shop_id = ?1 and status = 'ISSUED'"
                        + " and issued_at >= ?2 and issued_at < ?3", shopId, a, b)[0]),
                leadTime(shopId, a, b), grades(shopId, a, b), backorders(shopId, a, b), customers(shopId, a, b));
    }

    private ResolutionMixDto resolutions(long shopId, Timestamp a, Timestamp b) {
        Object[] lines = single("select coalesce(sum(case when rl.resolution = 'REFUND' then rl.quantity end), 0),"
                + " coalesce(sum(case when rl.resolution = 'EXCHANGE' then rl.quantity end), 0),"
                + " coalesce(sum(case when rl.resolution = 'EXCHANGE' then rl.quantity * ol.unit_price_minor end), 0)"
                + " from return_line rl join return_request r on r.id = rl.return_id join order_line ol on ol.id = rl.order_line_id"
                + " where r.shop_id = ?1 and r.status = 'COMPLETED' and r.completed_at >= ?2 and r.completed_at < ?3", shopId, a, b);
        Object[] money = single("select coalesce(sum(case when method = 'ORIGINAL_PAYMENT' then amount_minor end), 0),"
                + " coalesce(sum(case when method <> 'ORIGINAL_PAYMENT' then amount_minor end), 0) from refund"
                + " where shop_id = ?1 and status = 'ISSUED' and issued_at >= ?2 and issued_at < ?3", shopId, a, b);
        long original = n(money[0]);
        long credit = n(money[1]);
        long exchangeValue = n(lines[2]);
        long retained = exchangeValue + credit;
        return new ResolutionMixDto(n(lines[0]), n(lines[1]), original, credit, exchangeValue, retained,
                FitSignal.percent(retained, retained + original));
    }

    private LeadTimeDto leadTime(long shopId, Timestamp a, Timestamp b) {
        List<?> rows = em.createNativeQuery("select extract(epoch from (f.issued_at - r.received_at)) from refund f"
                        + " join return_request r on r.id = f.return_id where f.shop_id = ?1 and f.status = 'ISSUED'"
                        + " and r.received_at is not null and f.issued_at >= ?2 and f.issued_at < ?3")
                .setParameter(1, shopId).setParameter(2, a).setParameter(3, b).getResultList();
        List<Double> hours = new ArrayList<>();
        for (Object row : rows) {
            hours.add(Math.max(0, ((Number) row).doubleValue() / 3600.0));
        }
        hours.sort(Comparator.naturalOrder());
        long[] counts = new long[LEAD_BOUNDS.length];
        long within = 0;
        for (double h : hours) {
            int i = LEAD_BOUNDS.length - 1;
            while (h < LEAD_BOUNDS[i]) {
                i--;
            }
            counts[i]++;
            if (h < 24) {
                within++;
            }
        }
        List<LeadTimeBucketDto> buckets = new ArrayList<>();
        for (int i = 0; i < LEAD_BOUNDS.length; i++) {
            buckets.add(new LeadTimeBucketDto(LEAD_BOUNDS[i], i + 1 < LEAD_BOUNDS.length ? LEAD_BOUNDS[i + 1] : null, counts[i]));
        }
        return new LeadTimeDto(buckets, hours.size(), within, FitSignal.percent(within, hours.size()),
                quantile(hours, 0.5), quantile(hours, 0.9));
    }

    /** Nearest-rank quantile to one decimal, {@code null} for no values. */
    static Double quantile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(q * sorted.size());
        return Math.round(sorted.get(Math.max(0, rank - 1)) * 10.0) / 10.0;
    }

    private GradeMixDto grades(long shopId, Timestamp a, Timestamp b) {
        Object[] g = single("select coalesce(sum(rl.grade_a), 0), coalesce(sum(rl.grade_b), 0), coalesce(sum(rl.grade_c), 0),"
                + " coalesce(sum(case when r.status in ('INSPECTED', 'COMPLETED') then rl.quantity - rl.grade_a - rl.grade_b - rl.grade_c else 0 end), 0),"
                + " coalesce(sum(rl.grade_c * ol.unit_price_minor), 0)"
                + " from return_line rl join return_request r on r.id = rl.return_id join order_line ol on ol.id = rl.order_line_id"
                + " where r.shop_id = ?1 and r.received_at >= ?2 and r.received_at < ?3", shopId, a, b);
        return new GradeMixDto(n(g[0]), n(g[1]), n(g[2]), n(g[3]), n(g[4]));
    }

    private BackorderInsightDto backorders(long shopId, Timestamp a, Timestamp b) {
        Object[] f = single("select count(*) filter (where backordered_at >= ?2 and backordered_at < ?3),"
                + " count(*) filter (where backordered_at is not null and shipped_at >= ?2 and shipped_at < ?3),"
                + " count(*) filter (where state = 'BACKORDERED' and backordered_at < ?3),"
                + " avg(extract(epoch from (shipped_at - backordered_at)) / 86400.0) filter (where backordered_at is not null"
                + " and shipped_at >= ?2 and shipped_at < ?3) from exchange_fulfilment where shop_id = ?1", shopId, a, b);
        Double wait = f[3] == null ? null : Math.round(((Number) f[3]).doubleValue() * 10.0) / 10.0;
        return new BackorderInsightDto(n(f[0]), n(f[1]), n(f[2]), wait);
    }

    private CustomerInsightDto customers(long shopId, Timestamp a, Timestamp b) {
        // "Bought again after the first return" = the customer's last order is later than that return. One pass
        // over the shop's orders (hash semi-join on the e-mails): a correlated EXISTS per customer scanned them
        // once per returning customer and ran for minutes on a shop with 133,000 returns.
        Object[] c = single("with firsts as (select lower(r.customer_email) email, min(r.created_at) first_at from return_request r"
                + " where r.shop_id = ?1 and " + LIVE + " and r.created_at >= ?2 and r.created_at < ?3 group by lower(r.customer_email)),"
                + " lasts as (select lower(o.customer_email) email, max(o.ordered_at) last_at from customer_order o"
                + " where o.shop_id = ?1 and o.ordered_at > (select min(first_at) from firsts)"
                + " and lower(o.customer_email) in (select email from firsts) group by lower(o.customer_email))"
                + " select count(*), count(*) filter (where l.last_at > f.first_at) from firsts f left join lasts l on l.email = f.email",
                shopId, a, b);
        @SuppressWarnings("unchecked")
        List<Object[]> frequent = em.createNativeQuery("select lower(r.customer_email), max(o.customer_name), count(distinct r.id),"
                        + " coalesce(sum(rl.quantity), 0), count(distinct r.order_id) from return_request r"
                        + " join customer_order o on o.id = r.order_id join return_line rl on rl.return_id = r.id"
                        + " where r.shop_id = ?1 and " + LIVE + " and r.created_at >= ?2 and r.created_at < ?3"
                        + " group by lower(r.customer_email) having count(distinct r.id) >= ?4"
                        + " order by count(distinct r.id) desc, lower(r.customer_email) limit 20")
                .setParameter(1, shopId).setParameter(2, a).setParameter(3, b)
                .setParameter(4, InsightsApi.FREQUENT_RETURNER_MIN_RETURNS).getResultList();
        List<ReturnerDto> returners = frequent.stream()
                .map(row -> new ReturnerDto((String) row[0], (String) row[1], n(row[2]), n(row[3]), n(row[4]))).toList();
        return new CustomerInsightDto(n(c[0]), n(c[1]), FitSignal.percent(n(c[1]), n(c[0])), returners);
    }

    /** Frequent returners only (the KPI), cheaper than the full customers figure. */
    public long frequentReturners(CustomerInsightDto customers) {
        return customers.frequentReturners().size();
    }

    public List<SeriesPointDto> series(long shopId, InsightsPeriod period, ZoneId zone) {
        String unit = switch (period.granularity()) {
            case "DAY" -> "day";
            case "WEEK" -> "week";
            default -> "month";
        };
        Timestamp a = ts(InsightsPeriod.start(period.from(), zone));
        Timestamp b = ts(InsightsPeriod.endExclusive(period.to(), zone));
        String tz = zone.getId();
        Map<LocalDate, long[]> buckets = new LinkedHashMap<>();
        LocalDate first = bucket(period.from(), period.granularity());
        for (LocalDate d = first; !d.isAfter(period.to()); d = next(d, period.granularity())) {
            buckets.put(d, new long[6]);
        }
        fill(buckets, "select cast(date_trunc('" + unit + "', r.created_at at time zone ?4) as date), count(distinct r.id),"
                + " coalesce(sum(rl.quantity), 0) from return_request r join return_line rl on rl.return_id = r.id"
                + " where r.shop_id = ?1 and " + LIVE + " and r.created_at >= ?2 and r.created_at < ?3 group by 1", 0, shopId, a, b, tz);
        fill(buckets, "select cast(date_trunc('" + unit + "', o.ordered_at at time zone ?4) as date), coalesce(sum(l.units), 0),"
                + " count(*), coalesce(sum(l.value), 0) - coalesce(sum(o.order_discount_minor), 0) from customer_order o"
                + " cross join lateral " + ORDER_TOTALS
                + " where o.shop_id = ?1 and o.ordered_at >= ?2 and o.ordered_at < ?3 group by 1", 2, shopId, a, b, tz);
        fill(buckets, "select cast(date_trunc('" + unit + "', issued_at at time zone ?4) as date), count(*) from refund"
                + " where shop_id = ?1 and status = 'ISSUED' and issued_at >= ?2 and issued_at < ?3 group by 1", 5, shopId, a, b, tz);
        List<SeriesPointDto> points = new ArrayList<>();
        buckets.forEach((day, v) -> points.add(new SeriesPointDto(day, v[0], v[1], v[2], v[3], v[4], v[5])));
        return points;
    }

    private void fill(Map<LocalDate, long[]> buckets, String sql, int offset, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            LocalDate day = cells[0] instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(cells[0].toString());
            long[] values = buckets.get(day);
            if (values == null) {
                continue;
            }
            for (int i = 1; i < cells.length; i++) {
                values[offset + i - 1] += n(cells[i]);
            }
        }
    }

    static LocalDate bucket(LocalDate day, String granularity) {
        return switch (granularity) {
            case "DAY" -> day;
            case "WEEK" -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            default -> day.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate day, String granularity) {
        return switch (granularity) {
            case "DAY" -> day.plusDays(1);
            case "WEEK" -> day.plusWeeks(1);
            default -> day.plusMonths(1);
        };
    }

    /** Reasons of returned units on requests created in the period, most units first. */
    public Map<String, Long> reasonUnits(long shopId, LocalDate from, LocalDate to, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select rl.reason_code, sum(rl.quantity) from return_line rl"
                        + " join return_request r on r.id = rl.return_id where r.shop_id = ?1 and " + LIVE
                        + " and r.created_at >= ?2 and r.created_at < ?3 group by rl.reason_code order by 2 desc, 1")
                .setParameter(1, shopId).setParameter(2, ts(InsightsPeriod.start(from, zone)))
                .setParameter(3, ts(InsightsPeriod.endExclusive(to, zone))).getResultList();
        Map<String, Long> units = new LinkedHashMap<>();
        rows.forEach(row -> units.put((String) row[0], n(row[1])));
        return units;
    }

    public List<ReasonShareDto> reasons(long shopId, InsightsPeriod period, ZoneId zone) {
        Map<String, Long> now = reasonUnits(shopId, period.from(), period.to(), zone);
        Map<String, Long> before = period.compared() ? reasonUnits(shopId, period.compareFrom(), period.compareTo(), zone) : Map.of();
        @SuppressWarnings("unchecked")
        List<Object[]> labels = em.createNativeQuery("select code, parent_code, label_ja, label_en from return_reason where shop_id = ?1")
                .setParameter(1, shopId).getResultList();
        Map<String, Object[]> byCode = new HashMap<>();
        labels.forEach(row -> byCode.put((String) row[0], row));
        long total = now.values().stream().mapToLong(Long::longValue).sum();
        List<ReasonShareDto> shares = new ArrayList<>();
        now.forEach((code, units) -> {
            Object[] label = byCode.getOrDefault(code, new Object[]{code, null, code, code});
            shares.add(new ReasonShareDto(code, (String) label[1], (String) label[2], (String) label[3], units,
                    FitSignal.percent(units, total), period.compared() ? before.getOrDefault(code, 0L) : null,
                    new DrillDownDto("REASON", code, new QueueFilterDto(null, null, code, null, null,
                            period.from().toString(), period.to().toString(), null, null, null))));
        });
        return shares;
    }

    /** Every variant sold or returned (by order date) in the period, with its fit signal. */
    public List<VariantInsightDto> variants(long shopId, InsightsPeriod period, ZoneId zone) {
        Timestamp a = ts(InsightsPeriod.start(period.from(), zone));
        Timestamp b = ts(InsightsPeriod.endExclusive(period.to(), zone));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with sold as (select ol.variant_id, sum(ol.quantity) units from order_line ol"
                        + " join customer_order o on o.id = ol.order_id where o.shop_id = ?1 and o.ordered_at >= ?2 and o.ordered_at < ?3"
                        + " group by ol.variant_id), returned as (select ol.variant_id, sum(rl.quantity) units,"
                        + " coalesce(sum(rl.quantity) filter (where rl.reason_code = ?4), 0) small,"
                        + " coalesce(sum(rl.quantity) filter (where rl.reason_code = ?5), 0) large"
                        + " from return_line rl join return_request r on r.id = rl.return_id join order_line ol on ol.id = rl.order_line_id"
                        + " join customer_order o on o.id = r.order_id where r.shop_id = ?1 and " + LIVE
                        + " and o.ordered_at >= ?2 and o.ordered_at < ?3 group by ol.variant_id),"
                        + " top as (select rl.reason_code, ol.variant_id, sum(rl.quantity) units from return_line rl"
                        + " join return_request r on r.id = rl.return_id join order_line ol on ol.id = rl.order_line_id"
                        + " join customer_order o on o.id = r.order_id where r.shop_id = ?1 and " + LIVE
                        + " and o.ordered_at >= ?2 and o.ordered_at < ?3 group by 1, 2)"
                        + " select v.sku, p.name_ja, v.size, v.color, coalesce(s.units, 0), coalesce(x.units, 0), coalesce(x.small, 0),"
                        + " coalesce(x.large, 0), v.product_id, (select t.reason_code from top t where t.variant_id = v.id"
                        + " order by t.units desc, t.reason_code limit 1)"
                        + " from variant v join product p on p.id = v.product_id left join sold s on s.variant_id = v.id"
                        + " left join returned x on x.variant_id = v.id where v.shop_id = ?1 and (s.units is not null or x.units is not null)")
                .setParameter(1, shopId).setParameter(2, a).setParameter(3, b)
                .setParameter(4, FitSignal.TOO_SMALL).setParameter(5, FitSignal.TOO_LARGE).getResultList();
        Map<Long, long[]> perProduct = new HashMap<>();
        for (Object[] row : rows) {
            long[] sums = perProduct.computeIfAbsent(n(row[8]), k -> new long[3]);
            sums[0] += n(row[5]);
            sums[1] += n(row[6]);
            sums[2] += n(row[7]);
        }
        List<VariantInsightDto> variants = new ArrayList<>();
        for (Object[] row : rows) {
            long sold = n(row[4]);
            long returned = n(row[5]);
            long small = n(row[6]);
            long large = n(row[7]);
            long[] product = perProduct.get(n(row[8]));
            long siblingsReturned = product[0] - returned;
            long siblingsSmall = product[1] - small;
            long siblingsLarge = product[2] - large;
            String sku = (String) row[0];
            variants.add(new VariantInsightDto(sku, (String) row[1], (String) row[2], (String) row[3], sold, returned,
                    FitSignal.percent(returned, sold), (String) row[9],
                    FitSignal.of(returned, small, large, siblingsReturned, siblingsSmall, siblingsLarge),
                    FitSignal.percent(small, returned), FitSignal.percent(siblingsSmall, siblingsReturned),
                    FitSignal.percent(large, returned), FitSignal.percent(siblingsLarge, siblingsReturned),
                    new DrillDownDto("VARIANT", sku, null)));
        }
        variants.sort(Comparator.comparingLong(VariantInsightDto::unitsReturned).reversed()
                .thenComparing(VariantInsightDto::sku));
        return variants;
    }

    /** A one-row aggregate; the query must select at least two columns. */
    private Object[] single(String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return (Object[]) query.getSingleResult();
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
