package com.kaeru.admin.charts;

import java.text.NumberFormat;
import java.util.stream.IntStream;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/**
 * A titled chart with its numbers as a table: the toggle (表として表示 / Show as table) swaps the
 * chart for a grid of exactly the values the chart draws (same {@link ChartData}). Clicking a chart
 * item or a table row fires a {@link DrillDownEvent} for the page to open the rows behind it.
 * Element ids: {@code {id}} (the card), {@code {id}-chart}, {@code {id}-table}, {@code {id}-toggle}.
 */
public class ChartCard extends Div {
    private final H3 title = new H3();
    private final Button toggle = new Button();
    private final Chart chart = new Chart();
    private final Grid<Integer> table = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private ChartData data;
    private boolean asTable;

    public ChartCard(String id) {
        setId(id);
        addClassName("chart-card");
        chart.setId(id + "-chart");
        chart.setWidthFull();
        chart.addItemClickListener(e -> drill(e.dataIndex(), e.seriesIndex()));
        table.setId(id + "-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setHeight("18rem");
        table.setVisible(false);
        table.addItemClickListener(e -> drill(e.getItem(), 0));
        toggle.setId(id + "-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(e -> showAsTable(!asTable));
        empty.addClassName("chart-empty");
        empty.setVisible(false);
        Div header = new Div(title, toggle);
        header.addClassName("chart-card-header");
        add(header, chart, table, empty);
    }

    /** Shows {@code newData} titled {@code heading}; {@code description} is the chart's aria-label. */
    public void show(String heading, String description, ChartData newData) {
        this.data = newData;
        title.setText(heading);
        chart.setAriaLabel(description);
        chart.setOption(ChartOptions.of(newData));
        buildTable();
        boolean nothing = newData.isEmpty();
        empty.setText(getTranslation("admin.chart.empty"));
        empty.setVisible(nothing);
        toggle.setVisible(!nothing);
        showAsTable(asTable);
    }

    /** The chart, or the table instead of it. */
    public void showAsTable(boolean table) {
        asTable = table;
        boolean nothing = data == null || data.isEmpty();
        chart.setVisible(!asTable && !nothing);
        this.table.setVisible(asTable && !nothing);
        toggle.setText(getTranslation(asTable ? "admin.chart.showChart" : "admin.chart.showTable"));
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(asTable));
    }

    private void buildTable() {
        table.removeAllColumns();
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        table.addColumn(i -> data.categories().get(i)).setHeader(data.categoryTitle()).setKey("category")
                .setFlexGrow(2).setResizable(true);
        if (data.badges() != null) {
            table.addComponentColumn(i -> {
                String badge = data.badge(i);
                Span chip = new Span(badge == null ? "" : badge);
                if (badge != null) {
                    chip.getElement().getThemeList().add("badge warning");
                    chip.addClassName("fit-badge"); // styled by the console's CSS: Lumo's badge module is not bundled
                }
                return chip;
            }).setHeader(getTranslation("admin.chart.signal")).setKey("badge").setAutoWidth(true);
        }
        for (int s = 0; s < data.series().size(); s++) {
            int series = s;
            String own = data.series().get(s).unit() != null ? data.series().get(s).unit() : data.unit();
            String unit = own == null ? "" : " " + own;
            table.addColumn(i -> {
                Number value = data.value(series, i);
                return value == null ? "–" : number.format(value) + unit;
            }).setHeader(data.series().get(s).name()).setKey("series-" + s).setTextAlign(
                    com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        }
        table.setItems(IntStream.range(0, data.categories().size()).boxed().toList());
    }

    private void drill(int category, int series) {
        if (data != null && category >= 0 && category < data.categories().size()) {
            fireEvent(new DrillDownEvent(this, category, series));
        }
    }

    public Chart chart() {
        return chart;
    }

    public Grid<Integer> table() {
        return table;
    }

    public ChartData data() {
        return data;
    }

    public Registration addDrillDownListener(ComponentEventListener<DrillDownEvent> listener) {
        return addListener(DrillDownEvent.class, listener);
    }

    /** The person asked for the rows behind the {@code category}th category of series {@code series}. */
    public static class DrillDownEvent extends ComponentEvent<ChartCard> {
        private final int category;
        private final int series;

        public DrillDownEvent(ChartCard source, int category, int series) {
            super(source, true);
            this.category = category;
            this.series = series;
        }

        public int category() {
            return category;
        }

        public int series() {
            return series;
        }
    }
}
