package com.kaeru.admin.insights;

import java.util.List;
import java.util.Set;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.api.insights.AgencyShopInsightsDto;
import com.kaeru.api.insights.KpiDto;
import com.kaeru.api.insights.ShopInsightsDto;
import com.kaeru.api.returns.ReturnPageDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * {@link InsightsSource} from the backend's insights API ({@code com.kaeru.api.insights}): the only
 * place in the console that knows its DTOs. Picks the KPIs each screen shows, says which way is better
 * for each, and maps chart drill-downs to the API's figures.
 */
@ApplicationScoped
public class RestInsightsSource implements InsightsSource {
    /** The dashboard's KPI tiles, in this order. */
    static final List<String> SHOP_KPIS = List.of("RETURN_RATE", "RETURNS", "UNITS_RETURNED", "EXCHANGE_RATE",
            "RETAINED_REVENUE", "RETAINED_RATIO", "REFUND_24H_COMPLIANCE", "REFUND_LEAD_TIME_MEDIAN", "SALES", "ORDERS",
            "AVERAGE_ORDER_VALUE", "REPEAT_RATE", "VALUE_DISPOSED", "BACKORDER_WAIT", "SATISFACTION_AVERAGE",
            "SATISFACTION_CSAT", "RATINGS", "EXCHANGE_SHIP_DAYS", "EXCHANGE_SHIPPED_LATE", "INVENTORY_TURNOVER_DAYS");
    /** The roll-up's columns: few enough to sit side by side on a laptop. */
    static final List<String> ROLLUP_KPIS = List.of("SALES", "ORDERS", "RETURNS", "RETURN_RATE", "EXCHANGE_RATE",
            "RETAINED_RATIO", "REFUND_24H_COMPLIANCE", "REFUND_LEAD_TIME_MEDIAN", "SATISFACTION_AVERAGE");
    /** Metrics where a fall is an improvement. */
    static final Set<String> LOWER_IS_BETTER = Set.of("RETURN_RATE", "RETURNS", "UNITS_RETURNED",
            "REFUND_LEAD_TIME_MEDIAN", "VALUE_DISPOSED", "FREQUENT_RETURNERS", "BACKORDER_WAIT", "BACKORDERS_OPENED",
            "EXCHANGE_SHIP_DAYS", "EXCHANGE_SHIPPED_LATE", "INVENTORY_TURNOVER_DAYS");

    @Inject
    StaffBackend backend;

    @Override
    public ShopInsights shop(String shop, DateRange range) {
        ShopInsightsDto dto = backend.insights().overview(shop, range.from().toString(), range.to().toString(), "previous");
        List<Slice> resolutions = dto.resolutions() == null ? List.of() : List.of(
                new Slice("EXCHANGE", "EXCHANGE", null, dto.resolutions().exchangeUnits()),
                new Slice("REFUND", "REFUND", null, dto.resolutions().refundUnits()));
        return new ShopInsights(dto.period().currency(), dto.period().granularity(), kpis(dto.kpis(), SHOP_KPIS),
                dto.series().stream().map(p -> new DayCount(p.bucketStart(), p.returns())).toList(),
                dto.reasons().stream().map(r -> new Slice(r.code(), r.labelJa(), r.labelEn(), r.units())).toList(),
                resolutions,
                dto.topVariants().stream().map(v -> new Variant(v.sku(), v.productName(), v.unitsReturned(), v.unitsSold(),
                        v.returnRate() == null ? 0 : v.returnRate(), v.fitSignal())).toList(),
                dto.leadTime() == null ? List.of() : dto.leadTime().buckets().stream()
                        .map(b -> new Bucket(b.fromHours(), b.toHours(), b.refunds())).toList());
    }

    @Override
    public Download report(String shop, DateRange range, String format, String charset, String language) {
        String from = range.from().toString();
        String to = range.to().toString();
        boolean pdf = "PDF".equals(format);
        jakarta.ws.rs.core.Response response = pdf
                ? backend.insights().reportPdf(shop, from, to, "previous", language)
                : backend.insights().reportCsv(shop, from, to, "previous", charset, language);
        String file = shop + "-insights-" + from + "-" + to + (pdf ? ".pdf" : ".csv");
        return new Download(response.readEntity(java.io.InputStream.class), file,
                pdf ? "application/pdf" : "text/csv; charset=" + charset);
    }

    @Override
    public Download agencyReport(String agency, DateRange range, String language) {
        String from = range.from().toString();
        String to = range.to().toString();
        jakarta.ws.rs.core.Response response = backend.agencyInsights().reportPdf(agency, from, to, "previous", language);
        return new Download(response.readEntity(java.io.InputStream.class), agency + "-rollup-" + from + "-" + to + ".pdf",
                "application/pdf");
    }

    @Override
    public AgencyInsights agency(String agency, DateRange range) {
        List<AgencyShopInsightsDto> shops = backend.agencyInsights()
                .rollUp(agency, range.from().toString(), range.to().toString(), "previous").shops();
        return new AgencyInsights(shops.stream()
                .map(s -> new ShopRow(s.slug(), s.name(), s.currency(), kpis(s.kpis(), ROLLUP_KPIS))).toList());
    }

    @Override
    public List<DrillRow> rows(String shop, DateRange range, Drill drill, int limit) {
        String figure;
        String key = drill.key();
        switch (drill.kind()) {
            case VARIANT -> figure = "VARIANT";
            case REASON -> figure = "REASON";
            case RESOLUTION -> figure = "RESOLUTION";
            case LEAD_TIME -> {
                figure = Integer.parseInt(drill.key()) >= DashboardCharts.PROMISE_HOURS ? "REFUNDS_LATE" : "REFUNDS";
                key = null;
            }
            default -> {
                figure = "RETURNS";
                key = null;
            }
        }
        ReturnPageDto page = backend.insights().drill(shop, figure, key, range.from().toString(), range.to().toString(),
                0, limit);
        return page.items().stream().map(r -> new DrillRow(r.rmaNumber(), r.createdAt(), r.orderNumber(),
                r.customerName(), r.units())).toList();
    }

    private static List<Kpi> kpis(List<KpiDto> all, List<String> shown) {
        return shown.stream().flatMap(metric -> all.stream().filter(k -> k.metric().equals(metric)).findFirst().stream())
                .map(k -> new Kpi(k.metric(), measure(k.unit()), k.value(), k.previous(),
                        !LOWER_IS_BETTER.contains(k.metric())))
                .toList();
    }

    private static Measure measure(String unit) {
        try {
            return Measure.valueOf(unit);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Measure.COUNT;
        }
    }
}
