package com.kaeru.admin.inventory;

import java.util.List;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.inventory.PurchaseOrderDto;
import com.kaeru.api.inventory.PurchaseOrderLineDto;
import com.kaeru.api.inventory.PurchaseOrdersApi;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The Inventory screen's "Incoming" tab: purchase orders filtered by status, SKU or overdue; a
 * chosen order shows its lines and what the person may do with it — managers (MANAGE_SUPPLY) place,
 * change the date or confirm it, and cancel; operators (PROCESS_RETURNS) receive, scanner in hand.
 */
class IncomingPanel extends VerticalLayout {
    static final List<String> STATUSES = List.of("", "OPEN", "PARTIALLY_RECEIVED", "RECEIVED", "CANCELLED");

    private final PurchaseOrdersApi api;
    private final ShopContext context;
    private final List<String> locations;
    private final boolean canManage;
    private final boolean canReceive;
    final Select<String> status = new Select<>();
    final TextField sku = new TextField();
    final Checkbox overdue = new Checkbox();
    final Button create = new Button();
    final Grid<PurchaseOrderDto> orders = new Grid<>();
    final H2 detailTitle = new H2();
    final Grid<PurchaseOrderLineDto> lines = new Grid<>();
    final Button receive = new Button();
    final Button schedule = new Button();
    final Button cancel = new Button();
    private final HorizontalLayout actions = new HorizontalLayout(receive, schedule, cancel);
    private PurchaseOrderDto selected;

    IncomingPanel(PurchaseOrdersApi api, ShopContext context, List<String> locations, boolean canManage, boolean canReceive) {
        this.api = api;
        this.context = context;
        this.locations = locations;
        this.canManage = canManage;
        this.canReceive = canReceive;
        setId("incoming");
        setPadding(false);
        setSizeFull();
        status.setId("incoming-status");
        status.setItems(STATUSES);
        status.setValue("");
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("admin.incoming.allStatuses")
                : getTranslation("admin.incoming.status." + s));
        status.addValueChangeListener(e -> refresh());
        sku.setId("incoming-sku");
        sku.setClearButtonVisible(true);
        sku.addValueChangeListener(e -> refresh());
        overdue.setId("incoming-overdue");
        overdue.addValueChangeListener(e -> refresh());
        create.setId("incoming-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(canManage);
        create.addClickListener(e -> new PurchaseOrderDialog(api, context, locations, this::placed).open());
        orders.setId("incoming-orders");
        orders.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        orders.addColumn(PurchaseOrderDto::number).setKey("number").setAutoWidth(true);
        orders.addColumn(PurchaseOrderDto::supplier).setKey("supplier").setFlexGrow(2);
        orders.addColumn(PurchaseOrderDto::location).setKey("location").setAutoWidth(true);
        orders.addColumn(this::expected).setKey("expected").setAutoWidth(true);
        orders.addColumn(o -> getTranslation("admin.incoming.status." + o.status())
                + (o.overdue() ? " · " + getTranslation("admin.incoming.late") : "")).setKey("status").setAutoWidth(true);
        orders.addColumn(o -> o.receivedUnits() + " / " + o.orderedUnits()).setKey("received").setAutoWidth(true);
        orders.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detailTitle.setId("incoming-detail-title");
        lines.setId("incoming-lines");
        lines.addThemeVariants(GridVariant.LUMO_COMPACT);
        lines.addColumn(PurchaseOrderLineDto::sku).setKey("sku").setAutoWidth(true);
        lines.addColumn(l -> InventoryView.productName(getLocale(), l.productNameJa(), l.productNameEn()))
                .setKey("product").setFlexGrow(2);
        lines.addColumn(PurchaseOrderLineDto::ordered).setKey("ordered").setAutoWidth(true);
        lines.addColumn(PurchaseOrderLineDto::received).setKey("receivedUnits").setAutoWidth(true);
        lines.addColumn(PurchaseOrderLineDto::remaining).setKey("remaining").setAutoWidth(true);
        receive.setId("incoming-receive");
        receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        receive.addClickListener(e -> new ReceiveDialog(api, context, selected, this::changed).open());
        schedule.setId("incoming-schedule");
        schedule.addClickListener(e -> new ScheduleDialog(api, context, selected, this::changed).open());
        cancel.setId("incoming-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> changed(api.cancel(context.slug(), selected.number())));
        HorizontalLayout filters = new HorizontalLayout(status, sku, overdue, create);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters, orders, detailTitle, lines, actions);
        setFlexGrow(1, orders);
        texts();
        refresh();
        show(null);
    }

    private String expected(PurchaseOrderDto o) {
        return context.formats().date(o.expectedDate()) + " (" + getTranslation(o.confirmed()
                ? "admin.incoming.confirmed" : "admin.incoming.unconfirmed") + ")";
    }

    void refresh() {
        String s = status.getValue() == null || status.getValue().isEmpty() ? null : status.getValue();
        String q = sku.getValue() == null || sku.getValue().isBlank() ? null : sku.getValue().strip();
        orders.setItems(api.list(context.slug(), s, q, overdue.getValue(), 0, 200).items());
    }

    private void show(PurchaseOrderDto order) {
        selected = order;
        boolean shown = order != null;
        detailTitle.setVisible(shown);
        lines.setVisible(shown);
        actions.setVisible(shown);
        if (!shown) {
            return;
        }
        detailTitle.setText(getTranslation("admin.incoming.detail", order.number(), order.supplier()));
        lines.setItems(order.lines());
        boolean open = "OPEN".equals(order.status()) || "PARTIALLY_RECEIVED".equals(order.status());
        receive.setVisible(open && canReceive);
        schedule.setVisible(open && canManage);
        cancel.setVisible(open && canManage);
    }

    private void placed(PurchaseOrderDto order) {
        refresh();
        orders.select(order);
        show(order);
    }

    private void changed(PurchaseOrderDto order) {
        refresh();
        show(order);
    }

    void texts() {
        status.setLabel(getTranslation("admin.incoming.statusFilter"));
        sku.setLabel(getTranslation("admin.inventory.sku"));
        overdue.setLabel(getTranslation("admin.incoming.overdueOnly"));
        create.setText(getTranslation("admin.incoming.create"));
        for (String key : List.of("number", "supplier", "location", "expected", "status", "received")) {
            orders.getColumnByKey(key).setHeader(getTranslation("admin.incoming." + key));
        }
        for (String key : List.of("sku", "product", "ordered", "receivedUnits", "remaining")) {
            lines.getColumnByKey(key).setHeader(getTranslation("admin.incoming." + key));
        }
        receive.setText(getTranslation("admin.incoming.receive"));
        schedule.setText(getTranslation("admin.incoming.schedule"));
        cancel.setText(getTranslation("admin.incoming.cancelOrder"));
        if (selected != null) {
            show(selected);
        }
    }
}
