package com.kaeru.admin.returns;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.KeyboardShortcuts;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopPage;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.returns.Decision;
import com.kaeru.api.returns.ReturnSummaryDto;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * {@code /admin/shops/{shop}/returns}: the returns queue. Pages come from the backend as the grid
 * scrolls; every filter is written to the URL (bookmark = saved view); people who process
 * returns approve or reject many at once; people who may export download the filtered list as
 * CSV. Keys: {@code /} search, {@code j}/{@code k} move, {@code x} select, {@code Enter} open.
 *
 * <p>The view wires three components and owns what they share: the shop, the URL and the texts.
 * {@link ReturnsFilterBar} says when the person changed the query (the view navigates to the new URL,
 * so the address bar is the one truth and deep links work), {@link ReturnsGrid} shows the query's
 * returns and {@link ReturnsBulkActions} decides on the grid's selection and exports the query.
 */
@Route(value = "shops/:shop/returns", layout = MainLayout.class)
public class ReturnsQueueView extends ShopPage {
    private static final String QUEUE_LOCATION = "kaeru.returns.queue";

    private ReturnQuery query = ReturnQuery.ALL;
    private List<ReturnReasonDto> reasons = List.of();
    /** The shop {@link #reasons} belong to: they are fetched once per shop, not per filter change. */
    private String reasonsOf;

    private final H1 title = new H1();
    private final ReturnsFilterBar filterBar = new ReturnsFilterBar();
    private final ReturnsGrid grid = new ReturnsGrid();
    private final ReturnsBulkActions actions = new ReturnsBulkActions(new ReturnsBulkActions.Actions() {
        @Override
        public void approve(String rma) {
            backend.returns().approve(context.slug(), rma, new Decision(null));
        }

        @Override
        public void reject(String rma, String message) {
            backend.returns().reject(context.slug(), rma, new Decision(message));
        }

        @Override
        public DownloadResponse export(String charset) {
            return exportCsv(charset);
        }
    });
    private final Paragraph keysHelp = new Paragraph();

    @Inject
    public ReturnsQueueView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("returns-queue");
        setSizeFull();
        keysHelp.addClassName("keys-help");
        filterBar.addQueryChangedListener(e -> apply(e.query()));
        grid.addOpenListener(e -> open(e.item()));
        grid.addSelectionChangedListener(e -> actions.setSelection(e.rmas()));
        grid.addCountedListener(e -> actions.showTotal(e.total(), e.moreThan()));
        actions.addBulkFinishedListener(e -> {
            grid.deselectAll();
            grid.refresh();
        });
        KeyboardShortcuts.install(this, Map.of(
                "/", filterBar::focusSearch,
                "j", () -> grid.moveCursor(1),
                "k", () -> grid.moveCursor(-1),
                "x", grid::toggleCursorSelection,
                "Enter", grid::openCursor));
    }

    // ---- URL <-> query

    @Override
    protected void enterShop(BeforeEnterEvent event) {
        if (!context.slug().equals(reasonsOf)) {
            reasons = backend.returnReasons().list(context.slug());
            reasonsOf = context.slug();
        }
        LocalDate today = context.formats().today();
        query = ReturnQuery.fromUrl(event.getLocation().getQueryParameters(), today);
        ComponentUtil.setData(UI.getCurrent(), QUEUE_LOCATION, query.toUrl(today));
        layout();
        filterBar.show(query, reasons, shopParameters(), today);
        grid.show(context, (page, size) -> query.search(backend.returns(), context.slug(), page, size));
        actions.setSelection(grid.selectedRmas());
    }

    /** The queue as the person last filtered it in this tab, for the detail's way back. */
    static QueryParameters lastQuery(UI ui) {
        Object remembered = ComponentUtil.getData(ui, QUEUE_LOCATION);
        return remembered instanceof QueryParameters q ? q : QueryParameters.empty();
    }

    /** A changed filter becomes a new URL; {@link #beforeEnter} then shows it. */
    private void apply(ReturnQuery changed) {
        if (context == null) {
            return;
        }
        UI.getCurrent().navigate(ReturnsQueueView.class, shopParameters(), changed.toUrl(context.formats().today()));
    }

    private RouteParameters shopParameters() {
        return new RouteParameters("shop", context.slug());
    }

    private void open(ReturnSummaryDto item) {
        UI.getCurrent().navigate(ReturnDetailView.class,
                new RouteParameters(Map.of("shop", context.slug(), "rma", item.rmaNumber())));
    }

    /** Streams the backend's export of the current filter through the console (the browser has no token). */
    private DownloadResponse exportCsv(String charset) {
        Response response = query.export(backend.returns(), context.slug(), charset, "UTF-8".equals(charset));
        String file = "returns-" + context.slug() + "-" + context.formats().today() + ".csv";
        return new DownloadResponse(response.readEntity(InputStream.class), file, "text/csv; charset=" + charset, -1);
    }

    // ---- layout and texts

    private void layout() {
        removeAll();
        actions.permit(context.canProcess(), context.canExport());
        add(title, filterBar, actions, grid, keysHelp);
        setFlexGrow(1, grid);
        texts();
    }

    @Override
    protected void relocalize() {
        texts();
        grid.relocalize(context);
    }

    private void texts() {
        title.setText(getTranslation("admin.returns.title"));
        keysHelp.setText(getTranslation("admin.returns.keys"));
        filterBar.texts();
        grid.texts();
        actions.texts();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("admin.returns.title");
    }
}
