package com.kaeru.admin.insights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.kaeru.admin.charts.ChartCard;
import com.kaeru.admin.charts.ChartData;
import com.kaeru.admin.insights.InsightsSource.Kpi;
import com.kaeru.admin.insights.InsightsSource.ShopRow;
import com.kaeru.admin.layout.ConsolePage;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopDashboardView;
import com.kaeru.admin.shops.ShopFormats;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;

/**
 * {@code /admin/agencies/{agency}/insights}: the agency's client shops side by side for a period —
 * one row per shop, a column per KPI, sortable by any of them — and a chart of the KPI chosen
 * ({@code #rollup-kpi}). A shop's name (or its bar) opens its dashboard for the same period.
 * For the agency's admins; the API refuses everyone else and never includes another agency's shop.
 */
@Route(value = "agencies/:agency/insights", layout = MainLayout.class)
public class AgencyInsightsView extends ConsolePage {
    /** The roll-up's dates are the agency's (Japan time for the demo agency); each shop's own dashboard uses its zone. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final InsightsSource insights;
    private final H1 title = new H1();
    private final DateRangeBar rangeBar = new DateRangeBar();
    private final Grid<ShopRow> grid = new Grid<>();
    private final Select<String> kpiChoice = new Select<>();
    private final ChartCard chart = new ChartCard("rollup-chart");
    private String agency = "";
    private DateRange range;
    private List<ShopRow> rows = List.of();

    private final CurrentStaff staff;

    @Inject
    public AgencyInsightsView(InsightsSource insights, CurrentStaff staff) {
        this.insights = insights;
        this.staff = staff;
        setId("agency-insights");
        addClassName("dashboard");
        grid.setId("rollup-grid");
        // Long KPI names ("Refunds within 24 h") wrap in the header instead of being cut at laptop widths.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setMultiSort(false);
        kpiChoice.setId("rollup-kpi");
        kpiChoice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                drawChart();
            }
        });
        chart.addDrillDownListener(e -> openShop(rows.get(e.category())));
        rangeBar.addRangeChosenListener(e -> UI.getCurrent().navigate(AgencyInsightsView.class,
                new RouteParameters("agency", agency), e.range().toUrl()));
    }

    private LocalDate today() {
        return LocalDate.now(ZONE);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        agency = event.getRouteParameters().get("agency").orElse("");
        range = DateRange.fromUrl(event.getLocation().getQueryParameters(), today());
        rows = List.of();
        String refusal = null;
        if (range.problem() == null) {
            try {
                rows = insights.agency(agency, range).shops();
            } catch (ApiProblemException e) {
                if (e.isForbidden() || e.isNotFound()) {
                    throw e; // no right (any more): the refusal page
                }
                refusal = e.problem().detail() == null || e.problem().detail().isBlank()
                        ? getTranslation("admin.dashboard.unavailable") : e.problem().detail();
            }
        }
        add(title, rangeBar, reportLink(), reportsLink(), grid, kpiChoice, chart);
        localeChanged(getLocale());
        if (refusal != null) {
            rangeBar.showRefusal(refusal);
        }
    }

    /** The roll-up of the range shown as a PDF (in the console's language), streamed from the backend. */
    private com.vaadin.flow.component.html.Anchor reportLink() {
        String language = "ja".equals(getLocale().getLanguage()) ? "ja" : "en";
        DateRange shown = range;
        String of = agency;
        return DownloadLink.of("rollup-report-pdf", getTranslation("admin.rollup.reportPdf"),
                () -> insights.agencyReport(of, shown, language));
    }

    /** The agency's archive of roll-up reports (made monthly and e-mailed, or generated there). */
    private RouterLink reportsLink() {
        RouterLink link = new RouterLink(getTranslation("admin.rollup.reports"), AgencyReportsView.class,
                new RouteParameters("agency", agency));
        link.setId("rollup-reports");
        return link;
    }

    @Override
    protected String refusedTitleKey() {
        return "admin.agency.refused.title";
    }

    @Override
    protected void localeChanged(Locale locale) {
        title.setText(getTranslation("admin.rollup.title", staff.agencyName(agency)));
        rangeBar.texts();
        rangeBar.show(range, today());
        buildGrid(locale);
        List<String> keys = rows.isEmpty() ? List.of() : rows.get(0).kpis().stream().map(Kpi::key).toList();
        String chosen = kpiChoice.getValue() != null && keys.contains(kpiChoice.getValue()) ? kpiChoice.getValue()
                : keys.contains("RETURN_RATE") ? "RETURN_RATE" : keys.isEmpty() ? null : keys.get(0);
        kpiChoice.setLabel(getTranslation("admin.rollup.chartKpi"));
        kpiChoice.setItemLabelGenerator(k -> getTranslation("admin.kpi." + k));
        kpiChoice.setItems(keys);
        kpiChoice.setValue(chosen);
        kpiChoice.setVisible(!keys.isEmpty());
        chart.setVisible(!keys.isEmpty());
        drawChart();
    }

    private void buildGrid(Locale locale) {
        grid.removeAllColumns();
        grid.addComponentColumn(this::shopLink).setHeader(getTranslation("admin.rollup.shop")).setKey("shop")
                .setComparator(Comparator.comparing(ShopRow::name)).setSortable(true).setAutoWidth(true).setFrozen(true);
        if (!rows.isEmpty()) {
            for (Kpi first : rows.get(0).kpis()) {
                String key = first.key();
                grid.addColumn(r -> cell(r, key, locale)).setHeader(getTranslation("admin.kpi." + key)).setKey(key)
                        .setComparator(Comparator.comparingDouble(r -> r.kpi(key) == null ? Double.NEGATIVE_INFINITY
                                : r.kpi(key).value()))
                        .setSortable(true).setTextAlign(ColumnTextAlign.END).setWidth("9.5em").setFlexGrow(1);
            }
        }
        grid.setItems(rows);
    }

    private String cell(ShopRow row, String key, Locale locale) {
        Kpi kpi = row.kpi(key);
        if (kpi == null) {
            return "–";
        }
        KpiFormat format = new KpiFormat(this, locale, new ShopFormats(ZONE, locale));
        String change = format.change(kpi);
        return format.value(kpi, row.currency()) + (change == null ? "" : " (" + change + ")");
    }

    /** Sorts the grid by {@code key} ({@code shop} for the name), e.g. from a test or a bookmark. */
    void sortBy(String key, boolean descending) {
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(key),
                descending ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    }

    private RouterLink shopLink(ShopRow row) {
        RouterLink link = new RouterLink(row.name(), ShopDashboardView.class, new RouteParameters("shop", row.slug()));
        link.setQueryParameters(range.toUrl());
        link.setId("rollup-shop-" + row.slug());
        return link;
    }

    private void openShop(ShopRow row) {
        UI.getCurrent().navigate(ShopDashboardView.class, new RouteParameters("shop", row.slug()), range.toUrl());
    }

    private void drawChart() {
        String key = kpiChoice.getValue();
        if (key == null || rows.isEmpty()) {
            return;
        }
        Kpi sample = rows.get(0).kpi(key);
        String unit = sample == null ? null : switch (sample.measure()) {
            case PERCENT -> "%";
            case HOURS -> "h";
            case DAYS -> getTranslation("admin.kpi.unit.daysShort");
            default -> null;
        };
        ChartData data = new ChartData(ChartData.Kind.BAR, getTranslation("admin.rollup.shop"),
                rows.stream().map(ShopRow::name).toList(),
                List.of(new ChartData.Series(getTranslation("admin.kpi." + key),
                        rows.stream().map(r -> r.kpi(key) == null ? null : (Number) r.kpi(key).value()).toList())),
                unit);
        String heading = getTranslation("admin.rollup.chart", getTranslation("admin.kpi." + key));
        chart.show(heading, DashboardCharts.describe(heading, data), data);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("admin.rollup.title", staff.agencyName(agency));
    }
}
