package com.kaeru.admin.inventory;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.settings.SettingsPage;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.replenishment.ReorderAlertDto;
import com.kaeru.api.replenishment.ReorderAlertPageDto;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * {@code /admin/shops/{shop}/inventory/reorder-alerts}: the variants at or below their reorder point
 * with the numbers that explain each (average daily sales, lead time, safety stock, units owed to
 * backorders, the point, available and incoming), sorted by the backend as the grid asks, and CSV
 * downloads in UTF-8 and Shift_JIS. Below, the settings the points come from: everyone reads them,
 * managers change the shop's defaults and per-SKU overrides and can recompute at once.
 */
@Route(value = "shops/:shop/inventory/reorder-alerts", layout = MainLayout.class)
public class ReorderAlertsView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {
    /** Grid column key → the API's sort name. */
    static final Map<String, String> SORTS = Map.of("sku", "sku", "available", "available", "reorderPoint",
            "reorderPoint", "shortfall", "shortfall", "avgDailySales", "avgDailySales", "incoming", "incoming");

    private final StaffBackend backend;
    private final CurrentStaff staff;
    private ShopContext context;
    private boolean manager;
    private final H1 title = new H1();
    private final Paragraph formula = new Paragraph();
    final Span total = new Span();
    final Span computed = new Span();
    final Grid<ReorderAlertDto> alerts = new Grid<>();
    final Anchor csvUtf8 = new Anchor();
    final Anchor csvShiftJis = new Anchor();
    final Button recompute = new Button();
    private final Paragraph refused = new Paragraph();
    /** The sort the grid last asked for, for the CSV. */
    private String[] currentSort = {null, null};
    private ReorderSettingsSection settings;

    @Inject
    public ReorderAlertsView(StaffBackend backend, CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
        setId("reorder-alerts");
        setSizeFull();
        refused.setId("access-refused");
        total.setId("reorder-total");
        computed.setId("reorder-computed");
        alerts.setId("reorder-alerts-grid");
        alerts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        alerts.setMultiSort(false);
        alerts.addColumn(ReorderAlertDto::sku).setKey("sku").setSortable(true).setSortProperty("sku").setAutoWidth(true);
        alerts.addColumn(this::productName).setKey("product").setFlexGrow(2);
        alerts.addColumn(a -> String.join(" / ", nonNull(a.size()), nonNull(a.color()))).setKey("variant")
                .setAutoWidth(true);
        number("available", ReorderAlertDto::available);
        number("reorderPoint", ReorderAlertDto::reorderPoint);
        number("shortfall", ReorderAlertDto::shortfall);
        alerts.addColumn(a -> plain(a.avgDailySales())).setKey("avgDailySales").setSortable(true)
                .setSortProperty("avgDailySales").setAutoWidth(true);
        alerts.addColumn(ReorderAlertDto::leadTimeDays).setKey("leadTimeDays").setAutoWidth(true);
        alerts.addColumn(ReorderAlertDto::safetyStock).setKey("safetyStock").setAutoWidth(true);
        alerts.addColumn(ReorderAlertDto::backordered).setKey("backordered").setAutoWidth(true);
        number("incoming", ReorderAlertDto::incoming);
        alerts.setItems(new CallbackDataProvider<ReorderAlertDto, Void>(
                q -> {
                    currentSort = sort(q.getSortOrders());
                    return page(currentSort[0], currentSort[1], q.getPage(), q.getPageSize()).items().stream();
                },
                q -> {
                    ReorderAlertPageDto first = page(null, null, 0, 1);
                    total.setText(getTranslation("admin.reorder.total", first.total()));
                    computed.setText(first.computedAt() == null ? getTranslation("admin.reorder.neverComputed")
                            : getTranslation("admin.reorder.computedAt", context.formats().dateTime(first.computedAt())));
                    return (int) Math.min(first.total(), Integer.MAX_VALUE);
                }, ReorderAlertDto::variantId));
        alerts.setPageSize(50);
        csvUtf8.setId("reorder-csv-utf8");
        csvShiftJis.setId("reorder-csv-sjis");
        for (Anchor csv : List.of(csvUtf8, csvShiftJis)) {
            String charset = csv == csvUtf8 ? "UTF-8" : "Shift_JIS";
            csv.setHref(DownloadHandler.fromInputStream(event -> export(charset)));
            csv.getElement().setAttribute("download", true);
            csv.setRouterIgnore(true);
        }
        recompute.setId("reorder-recompute");
        recompute.addClickListener(e -> attempt(() -> {
            backend.reorderAlerts().recompute(context.slug());
            alerts.getDataProvider().refreshAll();
        }));
    }

    private void number(String key, java.util.function.ToLongFunction<ReorderAlertDto> value) {
        alerts.addColumn(a -> value.applyAsLong(a)).setKey(key).setSortable(true).setSortProperty(key).setAutoWidth(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("shop").orElse("");
        context = ShopContext.load(backend, staff, slug, getLocale(), p -> refused.setText(p.problem().detail()))
                .orElse(null);
        removeAll();
        if (context == null) {
            add(new H1(getTranslation("admin.shop.refused.title")), refused);
            return;
        }
        manager = staff.can(slug, SettingsPage.MANAGE_SETTINGS);
        HorizontalLayout bar = new HorizontalLayout(total, computed, csvUtf8, csvShiftJis);
        if (manager) {
            bar.add(recompute);
        }
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        settings = new ReorderSettingsSection(backend, context, manager, this::saved);
        add(title, formula, bar, alerts, settings);
        setFlexGrow(1, alerts);
        texts();
        alerts.getDataProvider().refreshAll();
    }

    ReorderAlertPageDto page(String sort, String direction, int page, int size) {
        if (context == null) {
            return new ReorderAlertPageDto(List.of(), 0, page, size, null);
        }
        return backend.reorderAlerts().alerts(context.slug(), sort, direction, page, Math.min(size, 200));
    }

    /** The grid's sort as the API's sort and direction; none: the backend's default (largest shortfall first). */
    static String[] sort(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders == null || orders.isEmpty() || !SORTS.containsKey(orders.get(0).getSorted())) {
            return new String[] {null, null};
        }
        var order = orders.get(0);
        return new String[] {SORTS.get(order.getSorted()), order.getDirection() == SortDirection.DESCENDING ? "desc" : "asc"};
    }

    /** The backend's CSV in the grid's order, streamed through the console (the browser has no token). */
    private DownloadResponse export(String charset) {
        Response response = backend.reorderAlerts().export(context.slug(), currentSort[0], currentSort[1], charset,
                "UTF-8".equals(charset));
        String file = "reorder-alerts-" + context.slug() + "-" + context.formats().today() + ".csv";
        return new DownloadResponse(response.readEntity(InputStream.class), file, "text/csv; charset=" + charset, -1);
    }

    void saved() {
        Notification.show(getTranslation("admin.reorder.saved"), 3000, Notification.Position.BOTTOM_START);
        alerts.getDataProvider().refreshAll();
    }

    /** Runs a backend call; a refusal shows as a notification with the backend's words. */
    static void attempt(Runnable call) {
        try {
            call.run();
        } catch (ApiProblemException e) {
            Notification n = Notification.show(e.problem().detail(), 5000, Notification.Position.BOTTOM_START);
            n.setId("reorder-problem");
        }
    }

    private String productName(ReorderAlertDto a) {
        return "ja".equals(getLocale().getLanguage()) ? a.productNameJa() : a.productNameEn();
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void texts() {
        title.setText(getTranslation("admin.reorder.title"));
        formula.setText(getTranslation("admin.reorder.formula"));
        csvUtf8.setText(getTranslation("admin.reorder.csv", "UTF-8"));
        csvShiftJis.setText(getTranslation("admin.reorder.csv", "Shift_JIS"));
        recompute.setText(getTranslation("admin.reorder.recompute"));
        for (String key : List.of("sku", "product", "variant", "available", "reorderPoint", "shortfall", "avgDailySales",
                "leadTimeDays", "safetyStock", "backordered", "incoming")) {
            alerts.getColumnByKey(key).setHeader(getTranslation("admin.reorder." + key));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (context != null) {
            context = context.in(event.getLocale());
            texts();
            alerts.getDataProvider().refreshAll();
            settings.texts();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.reorder.title") + (context == null ? "" : " | " + context.shop().name());
    }
}
