package com.kaeru.admin.insights;

import java.util.List;

import com.kaeru.admin.insights.InsightsSource.Kpi;
import com.kaeru.admin.shops.ShopFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The period's KPIs as tiles: the value, and the change against the previous period of the same
 * length (arrow and colour by whether it is better, the words for screen readers).
 * Tile ids: {@code kpi-{key}}, change {@code kpi-{key}-trend}.
 */
public class KpiTiles extends Div {
    public KpiTiles() {
        setId("kpi-tiles");
        addClassName("tiles");
    }

    public void show(List<Kpi> kpis, String currency, ShopFormats formats) {
        removeAll();
        KpiFormat format = new KpiFormat(this, getLocale(), formats);
        for (Kpi kpi : kpis) {
            Span label = new Span(getTranslation("admin.kpi." + kpi.key()));
            label.addClassName("tile-label");
            Span value = new Span(format.value(kpi, currency));
            value.addClassName("tile-value");
            Div tile = new Div(label, value, trend(kpi, format));
            tile.setId("kpi-" + kpi.key());
            tile.addClassNames("tile", "kpi-tile");
            add(tile);
        }
    }

    private Span trend(Kpi kpi, KpiFormat format) {
        String change = format.change(kpi);
        Span trend = new Span();
        trend.setId("kpi-" + kpi.key() + "-trend");
        trend.addClassName("tile-trend");
        if (change == null) {
            trend.setText(getTranslation("admin.kpi.noPrevious"));
            return trend;
        }
        int direction = KpiFormat.direction(kpi);
        String arrow = kpi.value() > kpi.previous() ? "▲ " : kpi.value() < kpi.previous() ? "▼ " : "";
        trend.setText(arrow + getTranslation("admin.kpi.vsPrevious", change));
        trend.addClassName(direction > 0 ? "better" : direction < 0 ? "worse" : "same");
        return trend;
    }
}
