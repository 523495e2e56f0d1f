package com.kaeru.admin.returns;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.TimelineEntryDto;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** The return's full audit trail: every status change and action, when, by whom and why. */
class ReturnTimelinePanel extends Div {
    ReturnTimelinePanel() {
        setWidthFull();
    }

    void show(ReturnDto request, ShopContext context) {
        removeAll();
        Grid<TimelineEntryDto> grid = new Grid<>();
        grid.setId("timeline");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> context.formats().dateTime(t.at())).setHeader(getTranslation("admin.return.timeline.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::action).setHeader(getTranslation("admin.return.timeline.what")).setAutoWidth(true);
        grid.addColumn(TimelineEntryDto::actor).setHeader(getTranslation("admin.return.timeline.who"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.reason() == null ? "" : t.reason()).setHeader(getTranslation("admin.return.timeline.why"));
        grid.setItems(request.timeline());
        add(new H2(getTranslation("admin.return.timeline")), grid);
    }

    private String action(TimelineEntryDto entry) {
        if ("STATUS".equals(entry.action())) {
            String to = getTranslation("admin.status." + entry.to());
            return entry.from() == null ? to : getTranslation("admin.status." + entry.from()) + " → " + to;
        }
        String label = getTranslation("admin.timeline." + entry.action());
        // An action this console has no words for yet shows as the backend names it.
        return label.startsWith("!") ? entry.action() : label;
    }
}
