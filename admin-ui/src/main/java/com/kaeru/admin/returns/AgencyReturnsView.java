package com.kaeru.admin.returns;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.ConsolePage;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopFormats;
import com.kaeru.api.returns.AgencyReturnPageDto;
import com.kaeru.api.returns.AgencyReturnRowDto;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;

/**
 * {@code /admin/agencies/{agency}/returns}: "all my shops" — the returns of every client shop of
 * the agency in one lazy list, newest first, with the shop on each row; a row opens the return in
 * its shop's console. Search and status filter as in a shop's queue. For the agency's admins (the
 * backend refuses everyone else, and its database shows only the agency's shops).
 */
@Route(value = "agencies/:agency/returns", layout = MainLayout.class)
public class AgencyReturnsView extends ConsolePage {
    /** Agency rows show times in Japan time, where the demo agency's shops are; each row names its shop. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final StaffBackend backend;
    private final H1 title = new H1();
    private final TextField search = new TextField();
    private final MultiSelectComboBox<String> statusFilter = new MultiSelectComboBox<>();
    private final Span total = new Span();
    private final Grid<AgencyReturnRowDto> grid = new Grid<>();
    private ShopFormats formats;
    private String agency = "";

    private final com.kaeru.admin.layout.CurrentStaff staff;

    @Inject
    public AgencyReturnsView(StaffBackend backend, com.kaeru.admin.layout.CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
        setId("agency-returns-view");
        setSizeFull();
        search.setId("agency-returns-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        statusFilter.setId("agency-returns-status");
        statusFilter.setItems(ReturnsFilterBar.STATUSES);
        statusFilter.setItemLabelGenerator(s -> getTranslation("admin.status." + s));
        statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        total.setId("agency-returns-total");
        configureGrid();
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        agency = event.getRouteParameters().get("agency").orElse("");
        // Asked once up front: a refusal shows as a page, not as an empty grid.
        backend.agencyReturns().search(agency, null, null, false, null, null, null, null, null, null, 0, 1);
        HorizontalLayout filters = new HorizontalLayout(search, statusFilter, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(title, filters, grid);
        localeChanged(getLocale());
    }

    @Override
    protected String refusedTitleKey() {
        return "admin.agency.refused.title";
    }

    @Override
    protected void localeChanged(Locale locale) {
        formats = new ShopFormats(ZONE, locale);
        title.setText(getTranslation("admin.agencyReturns.title", staff.agencyName(agency)));
        search.setPlaceholder(getTranslation("admin.returns.search.placeholder"));
        statusFilter.setLabel(getTranslation("admin.returns.filter.status"));
        for (String key : new String[] {"rma", "status", "created", "order", "customer", "units"}) {
            grid.getColumnByKey(key).setHeader(getTranslation("admin.returns.col." + key));
        }
        grid.getColumnByKey("shop").setHeader(getTranslation("admin.agencyReturns.shop"));
        grid.getDataProvider().refreshAll();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("admin.agencyReturns.title", staff.agencyName(agency));
    }

    private void configureGrid() {
        grid.setId("agency-returns");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.addColumn(AgencyReturnRowDto::shopName).setKey("shop").setAutoWidth(true);
        grid.addComponentColumn(this::openLink).setKey("rma").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> ReturnLabels.status(this, r.returnSummary().status())).setKey("status")
                .setAutoWidth(true);
        grid.addColumn(r -> formats.dateTime(r.returnSummary().createdAt())).setKey("created").setAutoWidth(true);
        grid.addColumn(r -> r.returnSummary().orderNumber()).setKey("order").setAutoWidth(true);
        grid.addColumn(r -> r.returnSummary().customerName()).setKey("customer").setAutoWidth(true);
        grid.addColumn(r -> r.returnSummary().units()).setKey("units").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(new CallbackDataProvider<AgencyReturnRowDto, Void>(
                q -> page(q.getPage(), q.getPageSize()).items().stream(),
                q -> {
                    AgencyReturnPageDto counted = page(0, 1);
                    total.setText(getTranslation(counted.moreThanTotal() ? "admin.returns.total-more"
                            : "admin.returns.total", counted.total()));
                    return (int) Math.min(counted.total(), Integer.MAX_VALUE);
                },
                r -> r.shopSlug() + "/" + r.returnSummary().rmaNumber()));
    }

    private AgencyReturnPageDto page(int page, int size) {
        String statuses = statusFilter.getValue().isEmpty() ? null
                : statusFilter.getValue().stream().sorted().collect(Collectors.joining(","));
        String query = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        return backend.agencyReturns().search(agency, statuses, query, false, null, null, null, null, null, null,
                page, size);
    }

    /** The RMA links to the return in its own shop's console. */
    private RouterLink openLink(AgencyReturnRowDto row) {
        String rma = row.returnSummary().rmaNumber();
        RouterLink link = new RouterLink(rma, ReturnDetailView.class,
                new RouteParameters(Map.of("shop", row.shopSlug(), "rma", rma)));
        link.setId("open-" + row.shopSlug() + "-" + rma);
        return link;
    }
}
