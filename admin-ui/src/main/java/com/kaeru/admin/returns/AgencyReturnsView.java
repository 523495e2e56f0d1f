package com.kaeru.admin.returns;

import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopFormats;
import com.kaeru.api.returns.AgencyReturnPageDto;
import com.kaeru.api.returns.AgencyReturnRowDto;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
public class AgencyReturnsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    /** Agency rows show times in Japan time, where the demo agency's shops are; each row names its shop. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final StaffBackend backend;
    private final TextField search = new TextField();
    private final MultiSelectComboBox<String> statusFilter = new MultiSelectComboBox<>();
    private final Span total = new Span();
    private final Grid<AgencyReturnRowDto> grid = new Grid<>();
    private final Paragraph refused = new Paragraph();
    private String agency = "";

    @Inject
    public AgencyReturnsView(StaffBackend backend) {
        this.backend = backend;
        setId("agency-returns-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        agency = event.getRouteParameters().get("agency").orElse("");
        removeAll();
        try {
            // Asked once up front: a refusal shows as a page, not as an empty grid.
            backend.agencyReturns().search(agency, null, null, false, null, null, null, null, null, null, 0, 1);
        } catch (ApiProblemException e) {
            if (!e.isForbidden() && !e.isNotFound()) {
                throw e;
            }
            refused.setId("access-refused");
            refused.setText(e.problem().detail());
            add(new H1(getTranslation("admin.agency.refused.title")), refused);
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.agencyReturns.title", agency);
    }

    private void render() {
        search.setId("agency-returns-search");
        search.setPlaceholder(getTranslation("admin.returns.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        statusFilter.setId("agency-returns-status");
        statusFilter.setLabel(getTranslation("admin.returns.filter.status"));
        statusFilter.setItems(ReturnsFilterBar.STATUSES);
        statusFilter.setItemLabelGenerator(s -> getTranslation("admin.status." + s));
        statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        total.setId("agency-returns-total");
        HorizontalLayout filters = new HorizontalLayout(search, statusFilter, total);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(new H1(getTranslation("admin.agencyReturns.title", agency)), filters, grid);
    }

    private void configureGrid() {
        grid.setId("agency-returns");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        ShopFormats formats = new ShopFormats(ZONE, getLocale());
        grid.addColumn(AgencyReturnRowDto::shopName).setHeader(getTranslation("admin.agencyReturns.shop"))
                .setKey("shop").setAutoWidth(true);
        grid.addComponentColumn(this::openLink).setHeader(getTranslation("admin.returns.col.rma")).setKey("rma")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> ReturnLabels.status(this, r.returnSummary().status()))
                .setHeader(getTranslation("admin.returns.col.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(r -> formats.dateTime(r.returnSummary().createdAt()))
                .setHeader(getTranslation("admin.returns.col.created")).setKey("created").setAutoWidth(true);
        grid.addColumn(r -> r.returnSummary().orderNumber()).setHeader(getTranslation("admin.returns.col.order"))
                .setKey("order").setAutoWidth(true);
        grid.addColumn(r -> r.returnSummary().customerName()).setHeader(getTranslation("admin.returns.col.customer"))
                .setKey("customer").setAutoWidth(true);
        grid.addColumn(r -> r.returnSummary().units()).setHeader(getTranslation("admin.returns.col.units"))
                .setKey("units").setAutoWidth(true).setFlexGrow(0);
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
