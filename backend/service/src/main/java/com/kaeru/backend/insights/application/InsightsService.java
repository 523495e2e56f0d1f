package com.kaeru.backend.insights.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.kaeru.api.insights.AgencyInsightsDto;
import com.kaeru.api.insights.AgencyShopInsightsDto;
import com.kaeru.api.insights.DrillDownDto;
import com.kaeru.api.insights.InsightsApi;
import com.kaeru.api.insights.InsightsPeriodDto;
import com.kaeru.api.insights.KpiDto;
import com.kaeru.api.insights.QueueFilterDto;
import com.kaeru.api.insights.RebuildResultDto;
import com.kaeru.api.insights.ReturnRateRowDto;
import com.kaeru.api.insights.ReturnRateTableDto;
import com.kaeru.api.insights.ShopInsightsDto;
import com.kaeru.api.insights.VariantInsightDto;
import com.kaeru.api.insights.WorkTileDto;
import com.kaeru.api.insights.WorkTilesDto;
import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.api.returns.ReturnSummaryDto;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.insights.application.InsightsFigures.Totals;
import com.kaeru.backend.insights.domain.FitSignal;
import com.kaeru.backend.insights.domain.InsightsPeriod;
import com.kaeru.backend.insights.domain.ReportPeriod;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.persistence.ReadReplica;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * The insights use cases. Reading figures needs VIEW_REPORTS, today's work VIEW_SHOP (operators
 * too), the rebuild MANAGE_SETTINGS; the agency roll-up enters only the agency's own shops.
 * <p>
 * The figures, drill-downs, reports and the roll-up read the read-only data source ({@link ReadReplica}:
 * a replica a second behind at most). Today's work tiles stay on the primary: operators look at them
 * right after receiving or grading, and they must count what was just done.
 */
@ApplicationScoped
public class InsightsService {
    @Inject
    ShopAccess access;
    @Inject
    InsightsFigures figures;
    @Inject
    InsightsProjection projection;
    @Inject
    TenantSession tenantSession;
    @Inject
    ShopRepository shops;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @ReadReplica
    @Transactional
    public ShopInsightsDto overview(String slug, String from, String to, String compare) {
        return overview(access.enter(slug, Permission.VIEW_REPORTS), from, to, compare);
    }

    /** The dashboard's figures with the shop's name: what the report PDF and CSV lay out. */
    public record ShopReport(String shopName, ShopInsightsDto insights) {
    }

    /** The figures of a report, read exactly as the dashboard reads them (same roles: VIEW_REPORTS). */
    @ReadReplica
    @Transactional
    public ShopReport report(String slug, String from, String to, String compare) {
        Shop shop = access.enter(slug, Permission.VIEW_REPORTS);
        return new ShopReport(shop.name(), overview(shop, from, to, compare));
    }

    /**
     * The figures of an archived report: {@code period} compared with the period of the same kind
     * before it, for the scheduler and "generate now" (no caller to check: the archive did), in a
     * read transaction of its own bound to the shop.
     */
    @ReadReplica
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ShopReport report(long shopId, ReportPeriod period) {
        tenantSession.bind(shopId);
        Shop shop = em.find(Shop.class, shopId);
        ReportPeriod before = period.before();
        return new ShopReport(shop.name(), overview(shop, new InsightsPeriod(period.from(), period.to(), "PREVIOUS",
                before.from(), before.to())));
    }

    private ShopInsightsDto overview(Shop shop, String from, String to, String compare) {
        return overview(shop, InsightsPeriod.resolve(from, to, compare, LocalDate.now(clock.withZone(shop.timeZone()))));
    }

    private ShopInsightsDto overview(Shop shop, InsightsPeriod period) {
        ZoneId zone = shop.timeZone();
        Totals now = figures.totals(shop.id(), period.from(), period.to(), zone);
        Totals before = period.compared() ? figures.totals(shop.id(), period.compareFrom(), period.compareTo(), zone) : null;
        List<VariantInsightDto> variants = figures.variants(shop.id(), period, zone);
        List<VariantInsightDto> returned = variants.stream().filter(v -> v.unitsReturned() > 0).toList();
        return new ShopInsightsDto(shop.slug().value(), periodDto(period, zone.getId(), shop.currency().getCurrencyCode()),
                kpis(now, before, period), figures.series(shop.id(), period, zone), figures.reasons(shop.id(), period, zone),
                returned.stream().limit(10).toList(), returned.stream().filter(v -> v.fitSignal() != null).toList(),
                now.resolutions(), now.leadTime(), now.grades(), now.backorders(), now.customers(), lastEventAt(shop.id()));
    }

    @Transactional
    public WorkTilesDto work(String slug) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        ZoneId zone = shop.timeZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Timestamp dayStart = InsightsFigures.ts(InsightsPeriod.start(today, zone));
        Timestamp dayEnd = InsightsFigures.ts(InsightsPeriod.endExclusive(today, zone));
        Object[] c = (Object[]) em.createNativeQuery("select count(*) filter (where status = 'NEEDS_REVIEW'),"
                        + " count(*) filter (where refund_due_at < ?2 and completed_at is null),"
                        + " count(*) filter (where received_at >= ?3 and received_at < ?4),"
                        + " count(*) filter (where status in ('APPROVED', 'AWAITING_SHIPMENT', 'IN_TRANSIT')),"
                        + " count(*) filter (where customer_question = 'ANSWERED') from return_request where shop_id = ?1")
                .setParameter(1, shop.id()).setParameter(2, InsightsFigures.ts(now)).setParameter(3, dayStart)
                .setParameter(4, dayEnd).getSingleResult();
        // Few refunds ever fail: counted from the refunds' side, as the queue's refund=FAILED lists them.
        Object failed = em.createNativeQuery("select count(distinct return_id) from refund where shop_id = ?1 "
                + "and status = 'FAILED'").setParameter(1, shop.id()).getSingleResult();
        String day = today.toString();
        List<WorkTileDto> tiles = List.of(
                new WorkTileDto("NEEDS_REVIEW", InsightsFigures.n(c[0]), queue("NEEDS_REVIEW", null, null, null, null, null)),
                new WorkTileDto("REFUNDS_OVERDUE", InsightsFigures.n(c[1]), queue(null, true, null, null, null, null)),
                new WorkTileDto("RECEIVED_TODAY", InsightsFigures.n(c[2]),
                        queue("RECEIVED,INSPECTED,COMPLETED", null, day, day, "RECEIVED", null)),
                new WorkTileDto("WAITING_FOR_PARCEL", InsightsFigures.n(c[3]),
                        queue("APPROVED,AWAITING_SHIPMENT,IN_TRANSIT", null, null, null, null, null)),
                new WorkTileDto("CUSTOMER_ANSWERED", InsightsFigures.n(c[4]), queue(null, null, null, null, null, "ANSWERED")),
                new WorkTileDto("REFUNDS_FAILED", InsightsFigures.n(failed),
                        new QueueFilterDto(null, null, null, null, null, null, null, null, null, "FAILED")));
        return new WorkTilesDto(shop.slug().value(), today, now, tiles);
    }

    private static QueueFilterDto queue(String status, Boolean overdue, String from, String to, String dateField,
                                        String question) {
        return new QueueFilterDto(status, overdue, null, null, null, from, to, dateField, question, null);
    }

    @ReadReplica
    @Transactional
    public ReturnRateTableDto returnRates(String slug, String dimension, String from, String to, String compare, int limit) {
        Shop shop = access.enter(slug, Permission.VIEW_REPORTS);
        String dim = dimension == null ? "VARIANT" : dimension.strip().toUpperCase(Locale.ROOT);
        if (!InsightsApi.DIMENSIONS.contains(dim)) {
            throw new InvalidValueException("problem.insights.dimension", dimension, String.join(", ", InsightsApi.DIMENSIONS));
        }
        ZoneId zone = shop.timeZone();
        InsightsPeriod period = InsightsPeriod.resolve(from, to, compare, LocalDate.now(clock.withZone(zone)));
        List<Object[]> rows = rates(shop.id(), dim, period.from(), period.to(), zone);
        java.util.Map<String, Double> before = new java.util.HashMap<>();
        if (period.compared()) {
            rates(shop.id(), dim, period.compareFrom(), period.compareTo(), zone)
                    .forEach(r -> before.put(String.valueOf(r[0]), FitSignal.percent(InsightsFigures.n(r[3]), InsightsFigures.n(r[2]))));
        }
        List<ReturnRateRowDto> result = new ArrayList<>();
        for (Object[] r : rows) {
            String key = String.valueOf(r[0]);
            long sold = InsightsFigures.n(r[2]);
            long returned = InsightsFigures.n(r[3]);
            result.add(new ReturnRateRowDto(key, (String) r[1], sold, returned, FitSignal.percent(returned, sold),
                    before.get(key), "VARIANT".equals(dim) ? new DrillDownDto("VARIANT", key, null) : null));
        }
        result.sort(Comparator.comparingLong(ReturnRateRowDto::unitsReturned).reversed().thenComparing(ReturnRateRowDto::key));
        return new ReturnRateTableDto(shop.slug().value(), periodDto(period, zone.getId(), shop.currency().getCurrencyCode()),
                dim, result.stream().limit(Math.max(1, Math.min(limit, 500))).toList());
    }

    private List<Object[]> rates(long shopId, String dim, LocalDate from, LocalDate to, ZoneId zone) {
        String key = switch (dim) {
            case "VARIANT" -> "v.sku";
            case "PRODUCT" -> "p.external_id";
            case "SIZE" -> "coalesce(v.size, '-')";
            case "COLOUR" -> "coalesce(v.color, '-')";
            case "CATEGORY" -> "coalesce(p.category, '-')";
            default -> "o.channel";
        };
        String label = switch (dim) {
            case "VARIANT" -> "max(p.name_ja || coalesce(' / ' || v.size, '') || coalesce(' / ' || v.color, ''))";
            case "PRODUCT" -> "max(p.name_ja)";
            default -> "max(" + key + ")";
        };
        if (!"CHANNEL".equals(dim)) {
            // Every other dimension is an attribute of the variant: the projection's units per variant and day.
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select " + key + ", " + label + ", sum(s.sold), sum(s.returned) from"
                            + " (select variant_id, sum(units_sold) sold, 0 returned from insights_variant_day"
                            + " where shop_id = ?1 and day between ?2 and ?3 group by variant_id union all"
                            + " select variant_id, 0, sum(units_returned) from insights_variant_reason_day"
                            + " where shop_id = ?1 and day between ?2 and ?3 group by variant_id) s"
                            + " join variant v on v.id = s.variant_id join product p on p.id = v.product_id group by 1")
                    .setParameter(1, shopId).setParameter(2, InsightsFigures.day(from))
                    .setParameter(3, InsightsFigures.day(to)).getResultList();
            return rows;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + key + ", " + label + ", sum(ol.quantity),"
                        + " coalesce(sum((select sum(rl.quantity) from return_line rl join return_request r on r.id = rl.return_id"
                        + " where rl.order_line_id = ol.id and r.status not in ('CANCELLED', 'REJECTED'))), 0)"
                        + " from order_line ol join customer_order o on o.id = ol.order_id join variant v on v.id = ol.variant_id"
                        + " join product p on p.id = v.product_id where o.shop_id = ?1 and o.ordered_at >= ?2 and o.ordered_at < ?3"
                        + " group by 1")
                .setParameter(1, shopId).setParameter(2, InsightsFigures.ts(InsightsPeriod.start(from, zone)))
                .setParameter(3, InsightsFigures.ts(InsightsPeriod.endExclusive(to, zone))).getResultList();
        return rows;
    }

    @ReadReplica
    @Transactional
    public ReturnPageDto drill(String slug, String figure, String key, String from, String to, int page, int size) {
        Shop shop = access.enter(slug, Permission.VIEW_REPORTS);
        ZoneId zone = shop.timeZone();
        InsightsPeriod period = InsightsPeriod.resolve(from, to, "none", LocalDate.now(clock.withZone(zone)));
        String fig = figure == null ? "" : figure.strip().toUpperCase(Locale.ROOT);
        String k = key == null || key.isBlank() ? null : key.strip();
        String created = " and r.created_at >= ?2 and r.created_at < ?3";
        String live = " and r.status not in ('CANCELLED', 'REJECTED')";
        String where = switch (fig) {
            case "RETURNS" -> live + created;
            case "REASON" -> live + created + " and exists (select 1 from return_line rl where rl.return_id = r.id and rl.reason_code = ?4)";
            case "VARIANT" -> live + " and o.ordered_at >= ?2 and o.ordered_at < ?3 and exists (select 1 from return_line rl"
                    + " join order_line ol on ol.id = rl.order_line_id join variant v on v.id = ol.variant_id"
                    + " where rl.return_id = r.id and v.sku = ?4)";
            case "RESOLUTION" -> " and r.status = 'COMPLETED' and r.completed_at >= ?2 and r.completed_at < ?3"
                    + " and exists (select 1 from return_line rl where rl.return_id = r.id and rl.resolution = ?4)";
            case "REFUNDS" -> " and exists (select 1 from refund f where f.return_id = r.id and f.status = 'ISSUED'"
                    + " and f.issued_at >= ?2 and f.issued_at < ?3)";
            case "REFUNDS_LATE" -> " and exists (select 1 from refund f where f.return_id = r.id and f.status = 'ISSUED'"
                    + " and f.issued_at >= ?2 and f.issued_at < ?3 and r.received_at is not null"
                    + " and f.issued_at >= r.received_at + interval '24 hours')";
            case "GRADE" -> " and r.received_at >= ?2 and r.received_at < ?3 and exists (select 1 from return_line rl"
                    + " where rl.return_id = r.id and " + gradeCondition(k) + ")";
            case "BACKORDERS" -> " and exists (select 1 from exchange_fulfilment f where f.return_id = r.id"
                    + " and f.backordered_at >= ?2 and f.backordered_at < ?3)";
            case "CUSTOMER" -> live + created + " and lower(r.customer_email) = lower(?4)";
            default -> throw new InvalidValueException("problem.insights.figure", figure, String.join(", ", InsightsApi.FIGURES));
        };
        boolean needsKey = List.of("REASON", "VARIANT", "RESOLUTION", "CUSTOMER").contains(fig);
        if (needsKey && k == null) {
            throw new InvalidValueException("problem.insights.key", fig);
        }
        if ("RESOLUTION".equals(fig) && !List.of("REFUND", "EXCHANGE").contains(k.toUpperCase(Locale.ROOT))) {
            throw new InvalidValueException("problem.insights.key", fig);
        }
        int pageSize = Math.max(1, Math.min(size, 200));
        int pageNo = Math.max(0, page);
        String base = " from return_request r join customer_order o on o.id = r.order_id where r.shop_id = ?1" + where;
        Query count = em.createNativeQuery("select count(*)" + base);
        Query rows = em.createNativeQuery("select r.rma_number, r.status, o.order_number, o.customer_name, r.customer_email,"
                + " (select coalesce(sum(rl.quantity), 0) from return_line rl where rl.return_id = r.id), r.created_at,"
                + " r.refund_due_at, (r.refund_due_at < now() and r.completed_at is null), r.needs_backorder, r.customer_question"
                + base + " order by r.created_at desc, r.id desc limit " + pageSize + " offset " + (long) pageNo * pageSize);
        for (Query q : List.of(count, rows)) {
            q.setParameter(1, shop.id()).setParameter(2, InsightsFigures.ts(InsightsPeriod.start(period.from(), zone)))
                    .setParameter(3, InsightsFigures.ts(InsightsPeriod.endExclusive(period.to(), zone)));
            if (needsKey) {
                q.setParameter(4, "RESOLUTION".equals(fig) ? k.toUpperCase(Locale.ROOT) : k);
            }
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<ReturnSummaryDto> items = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] c = (Object[]) row;
            items.add(new ReturnSummaryDto((String) c[0], ReturnStatus.valueOf((String) c[1]), (String) c[2], (String) c[3],
                    (String) c[4], (int) InsightsFigures.n(c[5]), instant(c[6]), instant(c[7]), Boolean.TRUE.equals(c[8]),
                    Boolean.TRUE.equals(c[9]), (String) c[10]));
        }
        return new ReturnPageDto(items, total, false, pageNo, pageSize);
    }

    private static String gradeCondition(String key) {
        String grade = key == null ? "" : key.toUpperCase(Locale.ROOT);
        return switch (grade) {
            case "A" -> "rl.grade_a > 0";
            case "B" -> "rl.grade_b > 0";
            case "C" -> "rl.grade_c > 0";
            case "MISSING" -> "r.status in ('INSPECTED', 'COMPLETED') and rl.grade_a + rl.grade_b + rl.grade_c < rl.quantity";
            default -> throw new InvalidValueException("problem.insights.key", "GRADE");
        };
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    /**
     * Rebuilds the shop's reporting projection from its whole history (set-based, one shop, in this
     * transaction; a second rebuild at the same time waits and then writes the same rows) and reports what
     * it is made of: requests, orders and the day rows written.
     */
    @Transactional
    public RebuildResultDto rebuild(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        long days = projection.rebuild(shop.id());
        long returns = ((Number) em.createNativeQuery("select count(*) from return_request where shop_id = ?1")
                .setParameter(1, shop.id()).getSingleResult()).longValue();
        long orders = ((Number) em.createNativeQuery("select count(*) from customer_order where shop_id = ?1")
                .setParameter(1, shop.id()).getSingleResult()).longValue();
        return new RebuildResultDto(shop.slug().value(), returns, orders, days, clock.instant());
    }

    @ReadReplica
    @Transactional
    public AgencyInsightsDto rollUp(String agency, String from, String to, String compare) {
        return rollUp(agency, access.enterAgencyForReading(agency),
                zone -> InsightsPeriod.resolve(from, to, compare, LocalDate.now(clock.withZone(zone))));
    }

    /**
     * The figures of an archived agency roll-up report: {@code period} compared with the period of the same kind
     * before it, each shop's days in its own time zone, for the scheduler and "generate now" (no caller to check:
     * the archive did), in a read transaction of its own as the agency reader bound to the agency's shops.
     */
    @ReadReplica
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AgencyInsightsDto agencyReport(long agencyId, ReportPeriod period) {
        String agency = (String) em.createNativeQuery("select slug from agency where id = ?1").setParameter(1, agencyId)
                .getSingleResult();
        List<Shop> shops = this.shops.findAccessible(List.of(), List.of(agency));
        if (!shops.isEmpty()) {
            tenantSession.bindForReading(shops.stream().map(Shop::id).toList());
        }
        ReportPeriod before = period.before();
        InsightsPeriod fixed = new InsightsPeriod(period.from(), period.to(), "PREVIOUS", before.from(), before.to());
        return rollUp(agency, shops, zone -> fixed);
    }

    private AgencyInsightsDto rollUp(String agency, List<Shop> agencyShops, Function<ZoneId, InsightsPeriod> periodIn) {
        List<Shop> shops = agencyShops.stream().sorted(Comparator.comparing(Shop::name)).toList();
        // The shops of one time zone share their period (days of that zone): their figures are read together, a few
        // statements per period for all of them rather than per shop.
        Map<ZoneId, InsightsPeriod> periods = new LinkedHashMap<>();
        shops.forEach(shop -> periods.computeIfAbsent(shop.timeZone(), periodIn));
        Map<Long, Totals> now = new HashMap<>();
        Map<Long, Totals> before = new HashMap<>();
        periods.forEach((zone, period) -> {
            List<Long> ids = shops.stream().filter(shop -> shop.timeZone().equals(zone)).map(Shop::id).toList();
            now.putAll(figures.totals(ids, period.from(), period.to(), zone));
            if (period.compared()) {
                before.putAll(figures.totals(ids, period.compareFrom(), period.compareTo(), zone));
            }
        });
        InsightsPeriod requested = shops.isEmpty() ? null : periods.get(shops.get(0).timeZone());
        List<AgencyShopInsightsDto> rows = new ArrayList<>();
        for (Shop shop : shops) {
            ZoneId zone = shop.timeZone();
            rows.add(new AgencyShopInsightsDto(shop.slug().value(), shop.name(), shop.currency().getCurrencyCode(),
                    zone.getId(), kpis(now.get(shop.id()), before.get(shop.id()), periods.get(zone))));
        }
        if (requested == null) {
            requested = periodIn.apply(ZoneId.of("Asia/Tokyo"));
        }
        return new AgencyInsightsDto(agency, periodDto(requested, null, null), rows);
    }

    private static InsightsPeriodDto periodDto(InsightsPeriod p, String zone, String currency) {
        return new InsightsPeriodDto(p.from(), p.to(), p.compare(), p.compareFrom(), p.compareTo(), p.granularity(), zone, currency);
    }

    /** When the shop's projection last took in a change (stamped by every refresh, V243), {@code null} if never. */
    private Instant lastEventAt(long shopId) {
        List<?> at = em.createNativeQuery("select projected_at from insights_projected where shop_id = ?1")
                .setParameter(1, shopId).getResultList();
        return at.isEmpty() ? null : instant(at.get(0));
    }

    /** The tiles in the order of {@link InsightsApi#METRICS}. */
    static List<KpiDto> kpis(Totals now, Totals before, InsightsPeriod period) {
        String from = period.from().toString();
        String to = period.to().toString();
        DrillDownDto returns = new DrillDownDto("RETURNS", null, null);
        return List.of(
                kpi("SALES", "MONEY", (double) now.sales(), before == null ? null : (double) before.sales(), null),
                kpi("ORDERS", "COUNT", (double) now.orders(), before == null ? null : (double) before.orders(), null),
                kpi("AVERAGE_ORDER_VALUE", "MONEY", aov(now), before == null ? null : aov(before), null),
                kpi("UNITS_SOLD", "COUNT", (double) now.unitsSold(), before == null ? null : (double) before.unitsSold(), null),
                kpi("RETURNS", "COUNT", (double) now.returns(), before == null ? null : (double) before.returns(), returns),
                kpi("UNITS_RETURNED", "COUNT", (double) now.unitsReturned(), before == null ? null : (double) before.unitsReturned(), returns),
                kpi("RETURN_RATE", "PERCENT", FitSignal.percent(now.unitsReturnedByOrderDate(), now.unitsSold()),
                        before == null ? null : FitSignal.percent(before.unitsReturnedByOrderDate(), before.unitsSold()), null),
                kpi("EXCHANGE_RATE", "PERCENT", exchangeRate(now), before == null ? null : exchangeRate(before),
                        new DrillDownDto("RESOLUTION", "EXCHANGE", null)),
                kpi("RETAINED_REVENUE", "MONEY", (double) now.resolutions().retainedRevenue(),
                        before == null ? null : (double) before.resolutions().retainedRevenue(), new DrillDownDto("RESOLUTION", "EXCHANGE", null)),
                kpi("RETAINED_RATIO", "PERCENT", now.resolutions().retainedRatio(),
                        before == null ? null : before.resolutions().retainedRatio(), null),
                kpi("REFUNDED", "MONEY", (double) now.refunded(), before == null ? null : (double) before.refunded(),
                        new DrillDownDto("REFUNDS", null, null)),
                kpi("REFUND_LEAD_TIME_MEDIAN", "HOURS", now.leadTime().medianHours(),
                        before == null ? null : before.leadTime().medianHours(), new DrillDownDto("REFUNDS", null, null)),
                kpi("REFUND_24H_COMPLIANCE", "PERCENT", now.leadTime().compliance(),
                        before == null ? null : before.leadTime().compliance(), new DrillDownDto("REFUNDS_LATE", null, null)),
                kpi("VALUE_DISPOSED", "MONEY", (double) now.grades().valueDisposed(),
                        before == null ? null : (double) before.grades().valueDisposed(), new DrillDownDto("GRADE", "C", null)),
                kpi("BACKORDERS_OPENED", "COUNT", (double) now.backorders().opened(),
                        before == null ? null : (double) before.backorders().opened(), new DrillDownDto("BACKORDERS", null, null)),
                kpi("BACKORDER_WAIT", "DAYS", now.backorders().averageWaitDays(),
                        before == null ? null : before.backorders().averageWaitDays(), null),
                kpi("REPEAT_RATE", "PERCENT", now.customers().repeatRate(), before == null ? null : before.customers().repeatRate(), null),
                kpi("FREQUENT_RETURNERS", "COUNT", (double) now.frequentReturners(),
                        before == null ? null : (double) before.frequentReturners(), null),
                kpi("SATISFACTION_AVERAGE", "STARS", now.satisfaction().average(),
                        before == null ? null : before.satisfaction().average(), null),
                kpi("SATISFACTION_CSAT", "PERCENT", now.satisfaction().csat(),
                        before == null ? null : before.satisfaction().csat(), null),
                kpi("RATINGS", "COUNT", (double) now.satisfaction().ratings(),
                        before == null ? null : (double) before.satisfaction().ratings(), null),
                kpi("EXCHANGE_SHIP_DAYS", "DAYS", now.shipping().medianDays(),
                        before == null ? null : before.shipping().medianDays(), null),
                kpi("EXCHANGE_SHIPPED_LATE", "PERCENT", now.shipping().lateShare(),
                        before == null ? null : before.shipping().lateShare(), null),
                kpi("INVENTORY_TURNOVER_DAYS", "DAYS", now.turnoverDays(), before == null ? null : before.turnoverDays(), null))
                .stream().map(k -> k.drill() == null || !"RETURNS".equals(k.drill().figure()) ? k
                        : new KpiDto(k.metric(), k.unit(), k.value(), k.previous(), new DrillDownDto("RETURNS", null,
                        new QueueFilterDto(null, null, null, null, null, from, to, null, null, null)))).toList();
    }

    private static KpiDto kpi(String metric, String unit, Double value, Double previous, DrillDownDto drill) {
        return new KpiDto(metric, unit, value, previous, drill);
    }

    private static Double aov(Totals t) {
        return t.orders() == 0 ? null : (double) Math.round((double) t.sales() / t.orders());
    }

    private static Double exchangeRate(Totals t) {
        long resolved = t.resolutions().exchangeUnits() + t.resolutions().refundUnits();
        return FitSignal.percent(t.resolutions().exchangeUnits(), resolved);
    }
}
