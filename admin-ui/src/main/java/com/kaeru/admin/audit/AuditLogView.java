package com.kaeru.admin.audit;

import java.time.LocalDate;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.settings.SettingsPage;
import com.kaeru.api.audit.AuditEntryDto;
import com.kaeru.api.audit.AuditFacetsDto;
import com.kaeru.api.audit.AuditPageDto;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/audit}: the shop's audit trail, newest first, paged by the backend as
 * the grid scrolls. Filters: entity (RMA, key prefix, ...), actor, action, type and a date range
 * in the shop's time zone; times are shown there too.
 */
@Route(value = "shops/:shop/audit", layout = MainLayout.class)
public class AuditLogView extends SettingsPage {
    private final H1 title = new H1();
    final TextField entity = new TextField();
    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final ComboBox<String> entityType = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    private final Button clear = new Button();
    private final Span total = new Span();
    final Grid<AuditEntryDto> grid = new Grid<>();
    private long totalCount;

    @Inject
    public AuditLogView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("audit-log");
        setSizeFull();
        entity.setId("audit-entity");
        actor.setId("audit-actor");
        for (TextField f : new TextField[] {entity, actor}) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> refresh());
        }
        action.setId("audit-action");
        entityType.setId("audit-type");
        for (ComboBox<String> c : java.util.List.of(action, entityType)) {
            c.setClearButtonVisible(true);
            c.addValueChangeListener(e -> refresh());
        }
        from.setId("audit-from");
        to.setId("audit-to");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            entity.clear();
            actor.clear();
            action.clear();
            entityType.clear();
            from.clear();
            to.clear();
        });
        total.setId("audit-total");
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> context.formats().dateTime(e.occurredAt())).setKey("when").setAutoWidth(true);
        grid.addColumn(AuditEntryDto::actor).setKey("actor").setAutoWidth(true);
        grid.addColumn(e -> e.entityType() + " " + e.entityRef()).setKey("entity").setAutoWidth(true);
        grid.addColumn(AuditEntryDto::action).setKey("action").setAutoWidth(true);
        grid.addColumn(e -> e.fromState() == null && e.toState() == null ? ""
                : (e.fromState() == null ? "" : e.fromState()) + " → " + (e.toState() == null ? "" : e.toState()))
                .setKey("change").setAutoWidth(true);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setKey("reason").setFlexGrow(2);
        grid.setItems(new CallbackDataProvider<AuditEntryDto, Void>(
                q -> search(q.getPage(), q.getPageSize()).items().stream(),
                q -> {
                    totalCount = search(0, 1).total();
                    total.setText(getTranslation("admin.audit.total", totalCount));
                    return (int) Math.min(totalCount, Integer.MAX_VALUE);
                }, AuditEntryDto::id));
        grid.setPageSize(50);
    }

    @Override
    protected String titleKey() {
        return "admin.audit.title";
    }

    @Override
    protected void build() {
        AuditFacetsDto facets = backend.audit().facets(context.slug());
        action.setItems(facets.actions());
        entityType.setItems(facets.entityTypes());
        HorizontalLayout filters = new HorizontalLayout(entity, actor, action, entityType, from, to, clear, total);
        filters.setId("audit-filters");
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, filters, grid);
        setFlexGrow(1, grid);
        texts();
        refresh();
    }

    AuditPageDto search(int page, int size) {
        return backend.audit().search(context.slug(), entityType.getValue(), blankToNull(entity.getValue()),
                blankToNull(actor.getValue()), action.getValue(), date(from.getValue()), date(to.getValue()), page,
                Math.min(size, com.kaeru.api.audit.AuditApi.MAX_PAGE_SIZE));
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void refresh() {
        if (context != null) {
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.audit.title"));
        entity.setLabel(getTranslation("admin.audit.entity"));
        entity.setPlaceholder("R-000123");
        actor.setLabel(getTranslation("admin.audit.actor"));
        action.setLabel(getTranslation("admin.audit.action"));
        entityType.setLabel(getTranslation("admin.audit.type"));
        from.setLabel(getTranslation("admin.audit.from"));
        to.setLabel(getTranslation("admin.audit.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        clear.setText(getTranslation("admin.audit.clear"));
        grid.getColumnByKey("when").setHeader(getTranslation("admin.audit.col.when", context.formats().zone().getId()));
        grid.getColumnByKey("actor").setHeader(getTranslation("admin.audit.actor"));
        grid.getColumnByKey("entity").setHeader(getTranslation("admin.audit.entity"));
        grid.getColumnByKey("action").setHeader(getTranslation("admin.audit.action"));
        grid.getColumnByKey("change").setHeader(getTranslation("admin.audit.col.change"));
        grid.getColumnByKey("reason").setHeader(getTranslation("admin.audit.col.reason"));
        total.setText(getTranslation("admin.audit.total", totalCount));
        refresh();
    }
}
