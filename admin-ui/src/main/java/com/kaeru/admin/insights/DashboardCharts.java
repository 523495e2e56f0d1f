package com.kaeru.admin.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.kaeru.admin.charts.ChartCard;
import com.kaeru.admin.charts.ChartData;
import com.kaeru.admin.insights.InsightsSource.Bucket;
import com.kaeru.admin.insights.InsightsSource.Drill;
import com.kaeru.admin.insights.InsightsSource.ShopInsights;
import com.kaeru.admin.insights.InsightsSource.Slice;
import com.kaeru.admin.insights.InsightsSource.Variant;
import com.kaeru.admin.returns.ReturnQuery;
import com.kaeru.admin.returns.ReturnsQueueView;
import com.kaeru.admin.shops.ShopFormats;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;

/**
 * The dashboard's charts, each with its table and its drill-down: a day, a reason or a resolution
 * opens the queue filtered to it (the queue's own URL parameters); a variant or a lead-time bucket,
 * which the queue cannot filter by, opens {@link DrillRowsDialog} with the returns behind it.
 * Card ids: {@code chart-returns}, {@code chart-reasons}, {@code chart-resolutions}, {@code chart-variants},
 * {@code chart-lead-time}.
 */
public class DashboardCharts extends Div {
    /** The refund promise the lead-time histogram marks. */
    static final int PROMISE_HOURS = 24;

    private final ChartCard returns = new ChartCard("chart-returns");
    private final ChartCard reasons = new ChartCard("chart-reasons");
    private final ChartCard resolutions = new ChartCard("chart-resolutions");
    private final ChartCard variants = new ChartCard("chart-variants");
    private final ChartCard leadTime = new ChartCard("chart-lead-time");
    private ShopInsights data;
    private String shop;
    private DateRange range;
    private LocalDate today;
    private RowsLoader rows;
    private ShopFormats formats;

    /** The rows behind a chart item, loaded when the person asks for them. */
    @FunctionalInterface
    public interface RowsLoader {
        List<InsightsSource.DrillRow> rows(Drill drill);
    }

    public DashboardCharts() {
        setId("charts");
        addClassName("chart-grid");
        add(returns, reasons, resolutions, variants, leadTime);
        returns.addDrillDownListener(e -> queue(dayQuery(e.category())));
        reasons.addDrillDownListener(e -> queue(period().withReason(data.reasons().get(e.category()).code())));
        resolutions.addDrillDownListener(e -> queue(period().withResolution(data.resolutions().get(e.category()).code())));
        variants.addDrillDownListener(e -> {
            Variant v = data.topVariants().get(e.category());
            dialog(new Drill(Drill.Kind.VARIANT, v.sku()), v.sku() + " " + v.productName());
        });
        leadTime.addDrillDownListener(e -> {
            Bucket b = data.leadTimes().get(e.category());
            // The API lists refunds issued in the period, or only the late ones (24 h or more): what the bucket is part of.
            dialog(new Drill(Drill.Kind.LEAD_TIME, String.valueOf(b.fromHours())),
                    getTranslation(b.fromHours() >= PROMISE_HOURS ? "admin.drill.lateRefunds" : "admin.drill.refunds"));
        });
    }

    public void show(String shopSlug, DateRange shown, ShopFormats shopFormats, ShopInsights insights, RowsLoader loader) {
        this.shop = shopSlug;
        this.range = shown;
        this.today = shopFormats.today();
        this.formats = shopFormats;
        this.data = insights;
        this.rows = loader;
        texts();
    }

    public void texts() {
        if (data == null) {
            return;
        }
        String day = getTranslation("admin.chart.col.day");
        String count = getTranslation("admin.chart.col.returns");
        show(returns, "admin.chart.returns", new ChartData(ChartData.Kind.LINE, day,
                data.returnsOverTime().stream().map(d -> d.day().toString()).toList(),
                List.of(new ChartData.Series(count, data.returnsOverTime().stream().map(InsightsSource.DayCount::returns).toList())),
                null));
        show(reasons, "admin.chart.reasons", slices(getTranslation("admin.chart.col.reason"), data.reasons(), ChartData.Kind.HORIZONTAL_BAR));
        List<Slice> labelled = data.resolutions().stream()
                .map(s -> new Slice(s.code(), getTranslation("admin.resolution." + s.code()), null, s.count())).toList();
        show(resolutions, "admin.chart.resolutions", slices(getTranslation("admin.chart.col.resolution"), labelled, ChartData.Kind.PIE));
        List<String> badges = new ArrayList<>();
        data.topVariants().forEach(v -> badges.add(v.fitSignal() == null ? null : getTranslation("admin.fit." + v.fitSignal())));
        show(variants, "admin.chart.variants", new ChartData(ChartData.Kind.HORIZONTAL_BAR, getTranslation("admin.chart.col.variant"),
                data.topVariants().stream().map(v -> v.sku() + " " + v.productName()).toList(),
                List.of(new ChartData.Series(getTranslation("admin.chart.col.returnedUnits"),
                                data.topVariants().stream().map(Variant::returnedUnits).toList()),
                        new ChartData.Series(getTranslation("admin.chart.col.returnRate"),
                                data.topVariants().stream().map(Variant::returnRatePercent).toList(), true, "%")),
                null, null, badges));
        List<Bucket> buckets = data.leadTimes();
        int promise = -1;
        for (int i = 0; i < buckets.size(); i++) {
            if (buckets.get(i).toHours() != null && buckets.get(i).toHours() <= PROMISE_HOURS) {
                promise = i;
            }
        }
        show(leadTime, "admin.chart.leadTime", new ChartData(ChartData.Kind.HISTOGRAM, getTranslation("admin.chart.col.leadTime"),
                buckets.stream().map(this::bucketLabel).toList(),
                List.of(new ChartData.Series(getTranslation("admin.chart.col.refunds"), buckets.stream().map(Bucket::count).toList())),
                null, promise < 0 ? null : new ChartData.Reference(promise + 0.5, getTranslation("admin.chart.promise")), null));
    }

    private ChartData slices(String title, List<Slice> slices, ChartData.Kind kind) {
        return new ChartData(kind, title, slices.stream().map(slice -> slice.label(getLocale())).toList(),
                List.of(new ChartData.Series(getTranslation("admin.chart.col.returnedUnits"), slices.stream().map(Slice::count).toList())),
                null);
    }

    private void show(ChartCard card, String key, ChartData chart) {
        String title = getTranslation(key);
        card.show(title, describe(title, chart), chart);
    }

    /** The chart in one sentence for screen readers: its title, then its first items with their values. */
    static String describe(String title, ChartData chart) {
        StringBuilder text = new StringBuilder(title);
        int shown = Math.min(6, chart.categories().size());
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? ": " : ", ").append(chart.categories().get(i));
            for (int s = 0; s < chart.series().size(); s++) {
                Number v = chart.value(s, i);
                text.append(s == 0 ? " " : " / ").append(v == null ? "–" : v);
            }
        }
        if (chart.categories().size() > shown) {
            text.append(", …");
        }
        return text.toString();
    }

    String bucketLabel(Bucket b) {
        return b.toHours() == null ? getTranslation("admin.chart.bucket.open", b.fromHours())
                : getTranslation("admin.chart.bucket", b.fromHours(), b.toHours());
    }

    /** The queue of the period: requested within the dashboard's days. */
    private ReturnQuery period() {
        return ReturnQuery.ALL.withDates(range.from(), range.to(), false);
    }

    /** The point's bucket (a day, a week from Monday, a month), within the period. */
    private ReturnQuery dayQuery(int index) {
        LocalDate start = data.returnsOverTime().get(index).day();
        LocalDate end = switch (data.granularity() == null ? "DAY" : data.granularity()) {
            case "WEEK" -> start.plusDays(6);
            case "MONTH" -> start.withDayOfMonth(start.lengthOfMonth());
            default -> start;
        };
        LocalDate from = start.isBefore(range.from()) ? range.from() : start;
        LocalDate to = end.isAfter(range.to()) ? range.to() : end;
        return ReturnQuery.ALL.withDates(from, to, false);
    }

    private void queue(ReturnQuery query) {
        UI.getCurrent().navigate(ReturnsQueueView.class, new RouteParameters("shop", shop), query.toUrl(today));
    }

    private void dialog(Drill drill, String heading) {
        new DrillRowsDialog(shop, heading, rows.rows(drill), formats).open();
    }

    public ChartCard card(String id) {
        return Map.of("chart-returns", returns, "chart-reasons", reasons, "chart-resolutions", resolutions,
                "chart-variants", variants, "chart-lead-time", leadTime).get(id);
    }

}
