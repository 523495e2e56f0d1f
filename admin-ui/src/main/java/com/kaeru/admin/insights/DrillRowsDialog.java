package com.kaeru.admin.insights;

import java.util.List;
import java.util.Map;

import com.kaeru.admin.insights.InsightsSource.DrillRow;
import com.kaeru.admin.returns.ReturnDetailView;
import com.kaeru.admin.shops.ShopFormats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The returns behind a chart item the queue cannot filter by (a variant, late refunds): RMA
 * (opens the return), date, order, customer and units. Id {@code drill-dialog},
 * grid {@code drill-rows}.
 */
public class DrillRowsDialog extends Dialog {
    /** The newest returns shown; the queue's page size. */
    public static final int LIMIT = 100;

    public DrillRowsDialog(String shop, String heading, List<DrillRow> rows, ShopFormats formats) {
        setId("drill-dialog");
        setHeaderTitle(heading);
        setWidth("min(60rem, 95vw)");
        Grid<DrillRow> grid = new Grid<>();
        grid.setId("drill-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(r -> {
            RouterLink link = new RouterLink(r.rmaNumber(), ReturnDetailView.class,
                    new RouteParameters(Map.of("shop", shop, "rma", r.rmaNumber())));
            link.getElement().addEventListener("click", e -> close());
            return link;
        }).setKey("rma").setHeader(getTranslation("admin.returns.col.rma")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> formats.date(r.createdAt()))
                .setHeader(getTranslation("admin.returns.col.created")).setAutoWidth(true);
        grid.addColumn(DrillRow::orderNumber).setHeader(getTranslation("admin.returns.col.order")).setAutoWidth(true);
        grid.addColumn(DrillRow::customerName).setHeader(getTranslation("admin.returns.col.customer")).setFlexGrow(1);
        grid.addColumn(DrillRow::units).setHeader(getTranslation("admin.returns.col.units")).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 12);
        if (rows.size() > 12) {
            grid.setHeight("28rem");
        }
        Paragraph count = new Paragraph(getTranslation(rows.size() >= LIMIT ? "admin.drill.countLimited" : "admin.drill.count",
                rows.size()));
        count.setId("drill-count");
        add(count, grid);
        Button close = new Button(getTranslation("admin.drill.close"), e -> close());
        close.setId("drill-close");
        getFooter().add(close);
    }
}
