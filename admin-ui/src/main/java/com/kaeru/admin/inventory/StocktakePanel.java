package com.kaeru.admin.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kaeru.admin.api.ApiErrorHandling;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.inventory.InventoryApi;
import com.kaeru.api.inventory.StocktakeCount;
import com.kaeru.api.inventory.StocktakeDto;
import com.kaeru.api.inventory.StocktakeLineDto;
import com.kaeru.api.inventory.StocktakePosting;
import com.kaeru.api.inventory.StocktakeRequest;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The Inventory screen's "Stocktake" tab (棚卸): operators enter counted units per SKU at a location
 * (scan or type the SKU, Enter, the count, Enter; a SKU entered again replaces its count) and count;
 * the discrepancy report against the books comes back at once; a manager (ADJUST_STOCK) posts it
 * with a reason. The backend's stocktake API does the work (docs/inventory.md).
 */
class StocktakePanel extends VerticalLayout {
    private final InventoryApi api;
    private final ShopContext context;
    private final boolean canPost;
    final ComboBox<String> location = new ComboBox<>();
    final TextField note = new TextField();
    final TextField sku = new TextField();
    final IntegerField sellable = new IntegerField();
    final IntegerField outlet = new IntegerField();
    final Button add = new Button();
    final Grid<StocktakeCount> entered = new Grid<>();
    final Button count = new Button();
    final H2 reportTitle = new H2();
    final Grid<StocktakeLineDto> report = new Grid<>();
    final TextField reason = new TextField();
    final Button post = new Button();
    final Paragraph message = new Paragraph();
    private final List<StocktakeCount> counts = new ArrayList<>();
    private StocktakeDto stocktake;

    StocktakePanel(InventoryApi api, ShopContext context, List<String> locations, boolean canCount, boolean canPost) {
        this.api = api;
        this.context = context;
        this.canPost = canPost;
        setId("stocktake");
        setPadding(false);
        location.setId("stocktake-location");
        location.setItems(locations);
        location.setValue(locations.isEmpty() ? null : locations.get(0));
        note.setId("stocktake-note");
        note.setMaxLength(500);
        sku.setId("stocktake-sku");
        sku.getElement().setAttribute("autocomplete", "off");
        sku.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                sellable.focus();
            }
        });
        sellable.setId("stocktake-sellable");
        sellable.setMin(0);
        sellable.setMax(99_999);
        sellable.addKeyDownListener(Key.ENTER, e -> addCount());
        outlet.setId("stocktake-outlet");
        outlet.setMin(0);
        outlet.setMax(99_999);
        add.setId("stocktake-add");
        add.addClickListener(e -> addCount());
        entered.setId("stocktake-entered");
        entered.addThemeVariants(GridVariant.LUMO_COMPACT);
        entered.setAllRowsVisible(true);
        entered.addColumn(c -> c.sku).setKey("sku").setAutoWidth(true);
        entered.addColumn(c -> c.sellable).setKey("sellable").setAutoWidth(true);
        entered.addColumn(c -> c.outlet == null ? "" : c.outlet.toString()).setKey("outlet").setAutoWidth(true);
        count.setId("stocktake-count");
        count.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.addClickListener(e -> submit());
        reportTitle.setId("stocktake-report-title");
        report.setId("stocktake-report");
        report.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        report.setAllRowsVisible(true);
        report.addColumn(StocktakeLineDto::sku).setKey("sku").setAutoWidth(true);
        report.addColumn(l -> InventoryView.productName(getLocale(), l.productNameJa(), l.productNameEn()))
                .setKey("product").setFlexGrow(2);
        report.addColumn(StocktakeLineDto::countedSellable).setKey("counted").setAutoWidth(true);
        report.addColumn(StocktakeLineDto::bookedSellable).setKey("booked").setAutoWidth(true);
        report.addColumn(l -> signed(l.sellableDiscrepancy())).setKey("discrepancy").setAutoWidth(true);
        report.addColumn(l -> l.outletDiscrepancy() == null ? "" : signed(l.outletDiscrepancy())).setKey("outletDiscrepancy")
                .setAutoWidth(true);
        reason.setId("stocktake-reason");
        reason.setMaxLength(500);
        post.setId("stocktake-post");
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> postAdjustments());
        message.setId("stocktake-message");
        HorizontalLayout head = new HorizontalLayout(location, note);
        HorizontalLayout entry = new HorizontalLayout(sku, sellable, outlet, add);
        entry.setAlignItems(FlexComponent.Alignment.BASELINE);
        entry.setWrap(true);
        HorizontalLayout posting = new HorizontalLayout(reason, post);
        posting.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(head, entry, entered, count, message, reportTitle, report, posting);
        head.setVisible(canCount);
        entry.setVisible(canCount);
        entered.setVisible(canCount);
        count.setVisible(canCount);
        posting.setVisible(false);
        reportTitle.setVisible(false);
        report.setVisible(false);
        texts();
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }

    void addCount() {
        String code = sku.getValue() == null ? "" : sku.getValue().strip();
        if (code.isEmpty() || sellable.getValue() == null) {
            message.setText(getTranslation("admin.stocktake.enterSkuAndCount"));
            return;
        }
        counts.removeIf(c -> c.sku.toUpperCase(Locale.ROOT).equals(code.toUpperCase(Locale.ROOT)));
        counts.add(new StocktakeCount(code, sellable.getValue(), outlet.getValue()));
        entered.setItems(counts);
        message.setText("");
        sku.clear();
        sellable.clear();
        outlet.clear();
        sku.focus();
    }

    private void submit() {
        if (counts.isEmpty()) {
            message.setText(getTranslation("admin.stocktake.enterSkuAndCount"));
            return;
        }
        try {
            show(api.count(context.slug(), new StocktakeRequest(location.getValue(), note.getValue(), List.copyOf(counts))));
            counts.clear();
            entered.setItems(counts);
        } catch (ApiProblemException refused) {
            String fields = String.join(" ", refused.problem().errors().stream().map(f -> f.message()).toList());
            message.setText(refused.problem().detail() + (fields.isEmpty() ? "" : " " + fields));
        }
    }

    private void postAdjustments() {
        try {
            show(api.post(context.slug(), stocktake.id(), new StocktakePosting(reason.getValue())));
        } catch (ApiProblemException refused) {
            ApiErrorHandling.show(refused);
        }
    }

    private void show(StocktakeDto result) {
        stocktake = result;
        reportTitle.setVisible(true);
        report.setVisible(true);
        report.setItems(result.lines());
        boolean posted = "POSTED".equals(result.status());
        reason.getParent().ifPresent(p -> p.setVisible(canPost && !posted && result.linesWithDiscrepancy() > 0));
        reportTitle.setText(getTranslation("admin.stocktake.report", "ST-" + result.id(), result.linesWithDiscrepancy()));
        message.setText(posted ? getTranslation("admin.stocktake.posted", "ST-" + result.id(), result.postedBy()) : "");
    }

    void texts() {
        location.setLabel(getTranslation("admin.inventory.location"));
        note.setLabel(getTranslation("admin.incoming.note"));
        sku.setLabel(getTranslation("admin.incoming.scan"));
        sellable.setLabel(getTranslation("admin.stocktake.countedSellable"));
        outlet.setLabel(getTranslation("admin.stocktake.countedOutlet"));
        add.setText(getTranslation("admin.stocktake.add"));
        entered.getColumnByKey("sku").setHeader(getTranslation("admin.inventory.sku"));
        entered.getColumnByKey("sellable").setHeader(getTranslation("admin.stocktake.countedSellable"));
        entered.getColumnByKey("outlet").setHeader(getTranslation("admin.stocktake.countedOutlet"));
        count.setText(getTranslation("admin.stocktake.count"));
        for (String key : List.of("sku", "product", "counted", "booked", "discrepancy", "outletDiscrepancy")) {
            report.getColumnByKey(key).setHeader(getTranslation("admin.stocktake." + key));
        }
        reason.setLabel(getTranslation("admin.stocktake.reason"));
        post.setText(getTranslation("admin.stocktake.post"));
    }
}
