package com.kaeru.admin.inventory;

import java.util.List;
import java.util.Locale;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.inventory.InventoryApi;
import com.kaeru.api.inventory.LocationDto;
import com.kaeru.api.inventory.MovementDto;
import com.kaeru.api.inventory.StockLevelDto;
import com.kaeru.api.inventory.StockLevelPageDto;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/inventory}: stock levels per variant and location, searched by SKU
 * (start) or product name (any part), filtered by location and paged by the backend as the grid
 * scrolls; choosing a row shows that variant's ledger, newest first — every movement with its
 * cause, who, what for and the change of each bucket. Read-only, for everyone in the shop.
 * <p>
 * Tabs: "Incoming" ({@link IncomingPanel}: purchase orders — everyone reads, managers place, confirm
 * and cancel, operators receive) and "Stocktake" ({@link StocktakePanel}: operators count,
 * managers post; shown to those who may do either).
 */
@Route(value = "shops/:shop/inventory", layout = MainLayout.class)
public class InventoryView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    static final int LEDGER_ROWS = 100;

    private final StaffBackend backend;
    private final CurrentStaff staff;
    private ShopContext context;
    private final H1 title = new H1();
    final TextField search = new TextField();
    final ComboBox<String> location = new ComboBox<>();
    private final Span total = new Span();
    final Grid<StockLevelDto> levels = new Grid<>();
    final H2 ledgerTitle = new H2();
    final Grid<MovementDto> ledger = new Grid<>();
    private final Paragraph refused = new Paragraph();
    final Tab levelsTab = new Tab();
    final Tab incomingTab = new Tab();
    final Tab stocktakeTab = new Tab();
    IncomingPanel incoming;
    StocktakePanel stocktake;

    @Inject
    public InventoryView(StaffBackend backend, CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
        setId("inventory");
        setSizeFull();
        refused.setId("access-refused");
        search.setId("inventory-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        location.setId("inventory-location");
        location.setClearButtonVisible(true);
        location.addValueChangeListener(e -> refresh());
        total.setId("inventory-total");
        levels.setId("inventory-levels");
        levels.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        levels.addColumn(StockLevelDto::sku).setKey("sku").setAutoWidth(true);
        levels.addColumn(this::productName).setKey("product").setFlexGrow(2);
        levels.addColumn(l -> String.join(" / ", nonNull(l.size()), nonNull(l.color()))).setKey("variant").setAutoWidth(true);
        levels.addColumn(StockLevelDto::location).setKey("location").setAutoWidth(true);
        levels.addColumn(StockLevelDto::sellable).setKey("sellable").setAutoWidth(true);
        levels.addColumn(StockLevelDto::reserved).setKey("reserved").setAutoWidth(true);
        levels.addColumn(StockLevelDto::available).setKey("available").setAutoWidth(true);
        levels.addColumn(StockLevelDto::outlet).setKey("outlet").setAutoWidth(true);
        levels.addColumn(StockLevelDto::incoming).setKey("incoming").setAutoWidth(true);
        levels.setItems(new CallbackDataProvider<StockLevelDto, Void>(
                q -> page(q.getPage(), q.getPageSize()).items().stream(),
                q -> {
                    long count = page(0, 1).total();
                    total.setText(getTranslation("admin.inventory.total", count));
                    return (int) Math.min(count, Integer.MAX_VALUE);
                }, l -> l.sku() + "@" + l.location()));
        levels.setPageSize(50);
        levels.asSingleSelect().addValueChangeListener(e -> showLedger(e.getValue()));
        ledgerTitle.setId("inventory-ledger-title");
        ledger.setId("inventory-ledger");
        ledger.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        ledger.addColumn(m -> context.formats().dateTime(m.occurredAt())).setKey("when").setAutoWidth(true);
        ledger.addColumn(MovementDto::location).setKey("location").setAutoWidth(true);
        ledger.addColumn(m -> getTranslation("admin.inventory.cause." + m.cause())).setKey("cause").setAutoWidth(true);
        ledger.addColumn(this::change).setKey("change").setAutoWidth(true);
        ledger.addColumn(MovementDto::actor).setKey("actor").setAutoWidth(true);
        ledger.addColumn(m -> nonNull(m.reference())).setKey("reference").setAutoWidth(true);
        ledger.addColumn(m -> nonNull(m.reason())).setKey("reason").setFlexGrow(2);
        ledger.setVisible(false);
        ledgerTitle.setVisible(false);
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
        List<LocationDto> locations = inventory().locations(slug);
        List<String> codes = locations.stream().map(LocationDto::code).toList();
        location.setItems(codes);
        HorizontalLayout filters = new HorizontalLayout(search, location, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        VerticalLayout levelsPage = new VerticalLayout(filters, levels, ledgerTitle, ledger);
        levelsPage.setPadding(false);
        levelsPage.setSizeFull();
        levelsPage.setFlexGrow(1, levels);
        incoming = new IncomingPanel(backend.purchaseOrders(), context, codes, staff.can(slug, "MANAGE_SUPPLY"),
                context.canProcess());
        boolean canPost = staff.can(slug, "ADJUST_STOCK");
        stocktake = new StocktakePanel(inventory(), context, codes, context.canProcess(), canPost);
        levelsTab.setId("inventory-tab-levels");
        incomingTab.setId("inventory-tab-incoming");
        stocktakeTab.setId("inventory-tab-stocktake");
        stocktakeTab.setVisible(context.canProcess() || canPost);
        Tabs tabs = new Tabs(levelsTab, incomingTab, stocktakeTab);
        tabs.setId("inventory-tabs");
        tabs.addSelectedChangeListener(e -> {
            levelsPage.setVisible(e.getSelectedTab() == levelsTab);
            incoming.setVisible(e.getSelectedTab() == incomingTab);
            stocktake.setVisible(e.getSelectedTab() == stocktakeTab);
            if (e.getSelectedTab() == incomingTab) {
                incoming.refresh();
            }
        });
        incoming.setVisible(false);
        stocktake.setVisible(false);
        add(title, tabs, levelsPage, incoming, stocktake);
        setFlexGrow(1, levelsPage, incoming);
        texts();
        refresh();
    }

    private InventoryApi inventory() {
        return backend.inventory();
    }

    StockLevelPageDto page(int page, int size) {
        if (context == null) {
            return new StockLevelPageDto(List.of(), 0, page, size);
        }
        String q = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        return inventory().levels(context.slug(), q, location.getValue(), page, Math.min(size, 200));
    }

    private void refresh() {
        if (context != null) {
            levels.getDataProvider().refreshAll();
        }
    }

    void showLedger(StockLevelDto level) {
        boolean shown = level != null;
        ledger.setVisible(shown);
        ledgerTitle.setVisible(shown);
        if (!shown) {
            return;
        }
        ledgerTitle.setText(getTranslation("admin.inventory.ledger", level.sku(), productName(level)));
        ledger.setItems(inventory().movements(context.slug(), level.sku(), null, null, null, 0, LEDGER_ROWS).items());
    }

    private String productName(StockLevelDto l) {
        return productName(getLocale(), l.productNameJa(), l.productNameEn());
    }

    /** The product's name in the person's language (Japanese or English). */
    static String productName(Locale locale, String ja, String en) {
        return "ja".equals(locale.getLanguage()) ? ja : en;
    }

    /** The buckets a movement changed, e.g. "sellable +1, reserved −1". */
    String change(MovementDto m) {
        StringBuilder s = new StringBuilder();
        append(s, "sellable", m.sellableDelta());
        append(s, "outlet", m.outletDelta());
        append(s, "reserved", m.reservedDelta());
        append(s, "incoming", m.incomingDelta());
        return s.length() == 0 ? getTranslation("admin.inventory.unchanged") : s.toString();
    }

    private void append(StringBuilder s, String bucket, int delta) {
        if (delta != 0) {
            s.append(s.length() == 0 ? "" : ", ").append(getTranslation("admin.inventory." + bucket)).append(' ')
                    .append(delta > 0 ? "+" : "").append(delta);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void texts() {
        title.setText(getTranslation("admin.inventory.title"));
        levelsTab.setLabel(getTranslation("admin.inventory.tab.levels"));
        incomingTab.setLabel(getTranslation("admin.inventory.tab.incoming"));
        stocktakeTab.setLabel(getTranslation("admin.inventory.tab.stocktake"));
        search.setLabel(getTranslation("admin.inventory.search"));
        search.setPlaceholder("SKU / " + getTranslation("admin.inventory.product"));
        location.setLabel(getTranslation("admin.inventory.location"));
        location.setPlaceholder(getTranslation("admin.inventory.allLocations"));
        for (String key : List.of("sku", "product", "variant", "location", "sellable", "reserved", "available", "outlet",
                "incoming")) {
            levels.getColumnByKey(key).setHeader(getTranslation("admin.inventory." + key));
        }
        for (String key : List.of("when", "location", "cause", "change", "actor", "reference", "reason")) {
            ledger.getColumnByKey(key).setHeader(getTranslation("admin.inventory." + key));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (context != null) {
            context = context.in(event.getLocale());
            texts();
            incoming.texts();
            stocktake.texts();
            levels.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.inventory.title") + (context == null ? "" : " | " + context.shop().name());
    }
}
