package com.kaeru.admin.charts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.shared.Registration;

/**
 * One Apache ECharts chart. Java owns the whole option object (see {@link ChartOptions}); the browser
 * only draws it, resizes it with its container and uses the console's language for ECharts' own texts.
 * It is an image to assistive technology ({@code role="img"} with an {@code aria-label}); its numbers are
 * offered as a table by {@link ChartCard}.
 */
@Tag("kaeru-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./kaeru-chart.js")
public class Chart extends Component implements HasSize, LocaleChangeObserver {
    private ObjectNode option;

    public Chart() {
        getElement().setAttribute("role", "img");
        getElement().addEventListener("kaeru-chart-click", e -> fireEvent(new ItemClickEvent(this,
                        (int) e.getEventData().getNumber("event.detail.seriesIndex"),
                        (int) e.getEventData().getNumber("event.detail.dataIndex"))))
                .addEventData("event.detail.seriesIndex").addEventData("event.detail.dataIndex");
    }

    /** Draws {@code newOption} (replacing the previous one entirely). */
    public void setOption(ObjectNode newOption) {
        this.option = newOption;
        getElement().setPropertyJson("option", newOption);
    }

    public ObjectNode getOption() {
        return option;
    }

    /** What the chart shows, in words, for screen readers. */
    public void setAriaLabel(String label) {
        getElement().setAttribute("aria-label", label == null ? "" : label);
    }

    public String getAriaLabel() {
        return getElement().getAttribute("aria-label");
    }

    public String getLang() {
        return getElement().getProperty("lang", "ja");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().setProperty("lang", attachEvent.getUI().getLocale().getLanguage());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().setProperty("lang", event.getLocale().getLanguage());
    }

    public Registration addItemClickListener(ComponentEventListener<ItemClickEvent> listener) {
        return addListener(ItemClickEvent.class, listener);
    }

    /** A data item was clicked: the {@code dataIndex}th category of series {@code seriesIndex}. */
    public static class ItemClickEvent extends ComponentEvent<Chart> {
        private final int seriesIndex;
        private final int dataIndex;

        public ItemClickEvent(Chart source, int seriesIndex, int dataIndex) {
            super(source, true);
            this.seriesIndex = seriesIndex;
            this.dataIndex = dataIndex;
        }

        public int seriesIndex() {
            return seriesIndex;
        }

        public int dataIndex() {
            return dataIndex;
        }
    }
}
