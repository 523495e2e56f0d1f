package com.kaeru.backend.insights.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    private static final int[] LEAD_BOUNDS = {0, 6, 12, 24, 48, 72};
    /** Memory for grouping a period's customers in one pass (see {@link #analyticalPlans}). */
    static final String CUSTOMER_WORK_MEM = "32MB";
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    /** A replacement shipped more than this many days after the return's receipt counts as late (EXCHANGE_SHIPPED_LATE). */
    @Inject
    @ConfigProperty(name = "kaeru.insights.exchange-late-days", defaultValue = "2")
    int exchangeLateDays = 2;

    /** The headline figures of one period. */
    public record Totals(long sales, long orders, long unitsSold, long returns, long unitsReturned,
                         long unitsReturnedByOrderDate, ResolutionMixDto resolutions, long refunded, LeadTimeDto leadTime,
                         GradeMixDto grades, BackorderInsightDto backorders, CustomerInsightDto customers,
                         long frequentReturners, Satisfaction satisfaction, ExchangeShipping shipping,
                         Double turnoverDays) {
    }

    /**
     * The ratings given in a period: how many, the mean stars (one decimal) and the share of 4 and 5 stars (CSAT,
     * 0–100, one decimal); both {@code null} without ratings.
     */
    public record Satisfaction(long ratings, Double average, Double csat) {
        static final Satisfaction NONE = new Satisfaction(0, null, null);
    }

    /**
     * The replacements shipped in a period: how many (of returns received), the median days from the return's receipt
     * to the shipment (nearest rank, one decimal), how many took longer than the threshold and their share.
     */
    public record ExchangeShipping(long shipped, Double medianDays, long late, Double lateShare) {
    }

    /** Ids of shops as one parameter: {@code shop_id = any (...)} stays an index condition under row-level security. */
    private static final String SHOPS = "shop_id = any (cast(string_to_array(?1, ',') as bigint[]))";

    /** The sums of the projection's day rows of one period per shop: one row each, at most 366 days per year read. */
    private static final String DAY_SUMS = "select shop_id, coalesce(sum(orders), 0), coalesce(sum(units_sold), 0),"
            + " coalesce(sum(sales_minor), 0), coalesce(sum(returns), 0), coalesce(sum(units_returned), 0),"
            + " coalesce(sum(units_returned_by_order_date), 0), coalesce(sum(refund_units), 0),"
            + " coalesce(sum(exchange_units), 0), coalesce(sum(exchange_value_minor), 0), coalesce(sum(grade_a), 0),"
            + " coalesce(sum(grade_b), 0), coalesce(sum(grade_c), 0), coalesce(sum(grade_missing), 0),"
            + " coalesce(sum(value_disposed_minor), 0) from insights_day where " + SHOPS + " and day between ?2 and ?3"
            + " group by shop_id";

    public Totals totals(long shopId, LocalDate from, LocalDate to, ZoneId zone) {
        return totals(List.of(shopId), from, to, zone).get(shopId);
    }

    /**
     * The headline figures of one period for shops of one time zone (one shop for its dashboard, an agency's for the
     * roll-up): five statements whatever the number of shops, each grouped by shop, instead of five per shop.
     */
    public Map<Long, Totals> totals(List<Long> shopIds, LocalDate from, LocalDate to, ZoneId zone) {
        analyticalPlans();
        String shops = String.join(",", shopIds.stream().map(String::valueOf).toList());
        Timestamp a = ts(InsightsPeriod.start(from, zone));
        Timestamp b = ts(InsightsPeriod.endExclusive(to, zone));
        // Orders, returns, resolutions, grades and customers from the reporting projection (days in the shop's time
        // zone, the same bounds as a and b); refunds, lead times and backorders from their tables.
        Map<Long, Object[]> days = byShop(DAY_SUMS, shops, day(from), day(to));
        Map<Long, Object[]> moneys = byShop("select shop_id,"
                + " coalesce(sum(case when method = 'ORIGINAL_PAYMENT' then amount_minor end), 0),"
                + " coalesce(sum(case when method <> 'ORIGINAL_PAYMENT' then amount_minor end), 0),"
                + " coalesce(sum(amount_minor), 0) from refund"
                + " where " + SHOPS + " and status = 'ISSUED' and issued_at >= ?2 and issued_at < ?3 group by shop_id", shops, a, b);
        Map<Long, List<Double>> leadHours = new HashMap<>();
        for (Object[] row : byShopRows("select f.shop_id, extract(epoch from (f.issued_at - r.received_at)) from refund f"
                + " join return_request r on r.id = f.return_id where f." + SHOPS + " and f.status = 'ISSUED'"
                + " and r.received_at is not null and f.issued_at >= ?2 and f.issued_at < ?3", shops, a, b)) {
            leadHours.computeIfAbsent(n(row[0]), k -> new ArrayList<>()).add(Math.max(0, ((Number) row[1]).doubleValue() / 3600.0));
        }
        Map<Long, Object[]> backorders = byShop("select shop_id, count(*) filter (where backordered_at >= ?2 and backordered_at < ?3),"
                + " count(*) filter (where backordered_at is not null and shipped_at >= ?2 and shipped_at < ?3),"
                + " count(*) filter (where state = 'BACKORDERED' and backordered_at < ?3),"
                + " avg(extract(epoch from (shipped_at - backordered_at)) / 86400.0) filter (where backordered_at is not null"
                + " and shipped_at >= ?2 and shipped_at < ?3) from exchange_fulfilment where " + SHOPS + " group by shop_id",
                shops, a, b);
        Map<Long, Customers> customers = customers(shops, from, to);
        Map<Long, Object[]> ratings = byShop("select shop_id, count(*), avg(stars), count(*) filter (where stars >= 4)"
                + " from return_rating where " + SHOPS + " and rated_at >= ?2 and rated_at < ?3 group by shop_id", shops, a, b);
        Map<Long, List<Double>> shipDays = new HashMap<>();
        for (Object[] row : byShopRows("select f.shop_id, extract(epoch from (f.shipped_at - r.received_at)) from exchange_fulfilment f"
                + " join return_request r on r.id = f.return_id where f." + SHOPS + " and f.shipped_at >= ?2 and f.shipped_at < ?3"
                + " and r.received_at is not null", shops, a, b)) {
            shipDays.computeIfAbsent(n(row[0]), k -> new ArrayList<>()).add(Math.max(0, ((Number) row[1]).doubleValue() / 86400.0));
        }
        Map<Long, Double> turnover = turnoverDays(shops, days, a, b, from, to);
        Map<Long, Totals> totals = new HashMap<>();
        for (long shopId : shopIds) {
            Object[] d = days.getOrDefault(shopId, new Object[14]);
            Object[] money = moneys.getOrDefault(shopId, new Object[3]);
            long original = n(money[0]);
            long credit = n(money[1]);
            long exchangeValue = n(d[8]);
            long retained = exchangeValue + credit;
            ResolutionMixDto resolutions = new ResolutionMixDto(n(d[6]), n(d[7]), original, credit, exchangeValue, retained,
                    FitSignal.percent(retained, retained + original));
            GradeMixDto grades = new GradeMixDto(n(d[9]), n(d[10]), n(d[11]), n(d[12]), n(d[13]));
            Object[] f = backorders.getOrDefault(shopId, new Object[4]);
            Double wait = f[3] == null ? null : Math.round(((Number) f[3]).doubleValue() * 10.0) / 10.0;
            Customers c = customers.getOrDefault(shopId, Customers.NONE);
            totals.put(shopId, new Totals(n(d[2]), n(d[0]), n(d[1]), n(d[3]), n(d[4]), n(d[5]), resolutions, n(money[2]),
                    leadTime(leadHours.getOrDefault(shopId, new ArrayList<>())), grades,
                    new BackorderInsightDto(n(f[0]), n(f[1]), n(f[2]), wait), c.insight(), c.frequentReturners(),
                    satisfaction(ratings.get(shopId)), shipping(shipDays.getOrDefault(shopId, new ArrayList<>())),
                    turnover.get(shopId)));
        }
        return totals;
    }

    private static Satisfaction satisfaction(Object[] row) {
        if (row == null || n(row[0]) == 0) {
            return Satisfaction.NONE;
        }
        return new Satisfaction(n(row[0]), Math.round(((Number) row[1]).doubleValue() * 10.0) / 10.0,
                FitSignal.percent(n(row[2]), n(row[0])));
    }

    private ExchangeShipping shipping(List<Double> days) {
        days.sort(Comparator.naturalOrder());
        long late = days.stream().filter(d -> d > exchangeLateDays).count();
        return new ExchangeShipping(days.size(), quantile(days, 0.5), late, FitSignal.percent(late, days.size()));
    }

    /**
     * Inventory turnover in days per shop: the time-weighted mean of the units on hand (sellable + outlet, all
     * locations) over the period ÷ the units sold per day. The stock at any instant is today's levels with the later
     * movements walked back, so the mean over [a, b) is the stock at a plus each movement of the period weighted by
     * the share of the period after it. {@code null} for a shop without stock levels or without sales.
     */
    private Map<Long, Double> turnoverDays(String shops, Map<Long, Object[]> days, Timestamp a, Timestamp b,
                                           LocalDate from, LocalDate to) {
        Map<Long, Object[]> levels = byShop("select shop_id, sum(sellable + outlet) from stock_level where " + SHOPS
                + " group by shop_id", shops);
        Map<Long, Object[]> moves = byShop("select shop_id, coalesce(sum(sellable_delta + outlet_delta), 0),"
                + " coalesce(sum((sellable_delta + outlet_delta) * extract(epoch from (cast(?3 as timestamptz) - occurred_at)))"
                + " filter (where occurred_at < ?3), 0) from stock_movement where " + SHOPS + " and occurred_at >= ?2"
                + " group by shop_id", shops, a, b);
        double seconds = (b.getTime() - a.getTime()) / 1000.0;
        long periodDays = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        Map<Long, Double> turnover = new HashMap<>();
        levels.forEach((shopId, level) -> {
            long sold = n(days.getOrDefault(shopId, new Object[14])[1]);
            if (sold == 0) {
                return;
            }
            Object[] m = moves.getOrDefault(shopId, new Object[2]);
            // Stock at a = now − every movement since a; the period's movements count for the time they were on hand.
            double opening = n(level[0]) - n(m[0]);
            double mean = opening + (m[1] == null ? 0 : ((Number) m[1]).doubleValue()) / seconds;
            turnover.put(shopId, Math.round(Math.max(0, mean) * periodDays / sold * 10.0) / 10.0);
        });
        return turnover;
    }

    /** The distribution of refund lead times (hours, unsorted). */
    private static LeadTimeDto leadTime(List<Double> hours) {
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

    /**
     * Settings of this transaction only ({@code set_config … true}) for the period statements, whose best plan depends
     * on the period's length: (1) grouping a year of the largest benchmark shop's customers (77,000) needs ~13 MB of
     * hash table, which spilled to disk in five batches under the server's 4 MB {@code work_mem} (181 → 119 ms);
     * (2) a plan for the actual dates every time: after five executions PostgreSQL may reuse one generic plan of a
     * prepared statement, and the one it kept from 30-day periods grouped a year by sorting (135–155 ms instead of
     * 110; the year dashboard 211 ms p50 after the other views, 144 ms alone). Planning costs ≈ 1 ms.
     */
    private void analyticalPlans() {
        em.createNativeQuery("select set_config('work_mem', '" + CUSTOMER_WORK_MEM + "', true),"
                + " set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
    }

    /**
     * The customers of the period per shop from the projection's customer rows (V243, one per creation day, customer
     * and order): every customer with a live request, whether they ordered after their first request of the period
     * (some row's flag), their requests, units and orders; the 20 most frequent returners with the name on their
     * orders. One read of the period's rows instead of the shops' requests and orders.
     */
    private Map<Long, Customers> customers(String shops, LocalDate from, LocalDate to) {
        Map<Long, List<Object[]>> rows = new HashMap<>();
        // Grouped by hash (no distinct aggregate over all rows) on a 64-bit key of the e-mail rather than the text:
        // a year of the largest benchmark shop's 77,000 customers groups in about half the time (the hash table holds
        // eight bytes per customer instead of the address). Two addresses sharing a key would count as one customer:
        // at 10^5 customers a shop, odds of about 10^-9. The e-mails come back only for the frequent returners (f: the
        // 20 most frequent with everyone tied at the last place, so the listed order is by returns, then e-mail, as
        // before); the orders and the name only for the listed customers.
        for (Object[] row : byShopRows("with c as (select shop_id, hashtextextended(email, 0) as k, sum(returns) as returns,"
                + " sum(units) as units, bool_or(ordered_after) as again from insights_customer_day where " + SHOPS
                + " and day between ?2 and ?3 group by 1, 2),"
                + " s as (select shop_id, count(*) as customers, count(*) filter (where again) as bought_again,"
                + " count(*) filter (where returns >= ?4) as frequent from c group by shop_id),"
                + " f as (select shop_id, k, returns, units from (select c.*, rank() over (partition by shop_id"
                + " order by returns desc) as place from c where returns >= ?4) r where place <= 20),"
                + " e as (select distinct d.shop_id, d.email, f.returns, f.units from insights_customer_day d join f"
                + " on f.shop_id = d.shop_id and f.k = hashtextextended(d.email, 0) where d." + SHOPS
                + " and d.day between ?2 and ?3),"
                + " t as (select e.*, row_number() over (partition by shop_id order by returns desc, email) as place from e)"
                + " select s.shop_id, t.email, (select max(o.customer_name) from insights_customer_day d"
                + " join customer_order o on o.id = d.order_id where d.shop_id = t.shop_id and d.email = t.email"
                + " and d.day between ?2 and ?3 and d.returns > 0), t.returns, t.units, (select count(distinct d.order_id)"
                + " from insights_customer_day d where d.shop_id = t.shop_id and d.email = t.email and d.day between ?2 and ?3"
                + " and d.returns > 0), s.customers, s.bought_again, s.frequent"
                + " from s left join t on t.shop_id = s.shop_id and t.place <= 20 order by s.shop_id, t.place",
                shops, day(from), day(to), InsightsApi.FREQUENT_RETURNER_MIN_RETURNS)) {
            rows.computeIfAbsent(n(row[0]), k -> new ArrayList<>()).add(row);
        }
        Map<Long, Customers> customers = new HashMap<>();
        rows.forEach((shopId, list) -> {
            List<ReturnerDto> returners = list.stream().filter(row -> n(row[3]) >= InsightsApi.FREQUENT_RETURNER_MIN_RETURNS)
                    .map(row -> new ReturnerDto((String) row[1], (String) row[2], n(row[3]), n(row[4]), n(row[5]))).toList();
            Object[] first = list.get(0);
            customers.put(shopId, new Customers(new CustomerInsightDto(n(first[6]), n(first[7]),
                    FitSignal.percent(n(first[7]), n(first[6])), returners), n(first[8])));
        });
        return customers;
    }

    private record Customers(CustomerInsightDto insight, long frequentReturners) {
        static final Customers NONE = new Customers(new CustomerInsightDto(0, 0, null, List.of()), 0);
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
        Object[] days = {shopId, day(period.from()), day(period.to())};
        fill(buckets, "select cast(date_trunc('" + unit + "', cast(day as timestamp)) as date), sum(returns), sum(units_returned),"
                + " sum(units_sold), sum(orders), sum(sales_minor) from insights_day"
                + " where shop_id = ?1 and day between ?2 and ?3 group by 1", 0, days);
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
        List<Object[]> rows = em.createNativeQuery("select reason_code, sum(units_returned) from insights_reason_day"
                        + " where shop_id = ?1 and day between ?2 and ?3 group by reason_code order by 2 desc, 1")
                .setParameter(1, shopId).setParameter(2, day(from)).setParameter(3, day(to)).getResultList();
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
        analyticalPlans();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with sold as (select variant_id, sum(units_sold) units from insights_variant_day"
                        + " where shop_id = ?1 and day between ?2 and ?3 group by variant_id),"
                        + " reasons as (select variant_id, reason_code, sum(units_returned) units from insights_variant_reason_day"
                        + " where shop_id = ?1 and day between ?2 and ?3 group by variant_id, reason_code),"
                        + " returned as (select variant_id, sum(units) units, coalesce(sum(units) filter (where reason_code = ?4), 0) small,"
                        + " coalesce(sum(units) filter (where reason_code = ?5), 0) large from reasons group by variant_id)"
                        + " select v.sku, p.name_ja, v.size, v.color, coalesce(s.units, 0), coalesce(x.units, 0), coalesce(x.small, 0),"
                        + " coalesce(x.large, 0), v.product_id, (select t.reason_code from reasons t where t.variant_id = v.id"
                        + " order by t.units desc, t.reason_code limit 1)"
                        + " from variant v join product p on p.id = v.product_id left join sold s on s.variant_id = v.id"
                        + " left join returned x on x.variant_id = v.id where v.shop_id = ?1 and (s.units is not null or x.units is not null)")
                .setParameter(1, shopId).setParameter(2, day(period.from())).setParameter(3, day(period.to()))
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

    /** The rows of a query whose first column is the shop. */
    private List<Object[]> byShopRows(String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows;
    }

    /** One row per shop of a query grouped by its first column, the shop: the other columns by shop. */
    private Map<Long, Object[]> byShop(String sql, Object... params) {
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object[] row : byShopRows(sql, params)) {
            rows.put(n(row[0]), Arrays.copyOfRange(row, 1, row.length));
        }
        return rows;
    }

    static java.sql.Date day(LocalDate day) {
        return java.sql.Date.valueOf(day);
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
