package com.kaeru.admin.returns;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.KeyboardShortcuts;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.returns.Decision;
import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.api.returns.ReturnSummaryDto;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * {@code /admin/shops/{shop}/returns}: the returns queue. Pages come from the backend as the grid
 * scrolls; every filter is written to the URL (bookmark = saved view); people who process
 * returns approve or reject many at once; people who may export download the filtered list as
 * CSV. Keys: {@code /} search, {@code j}/{@code k} move, {@code x} select, {@code Enter} open.
 */
@Route(value = "shops/:shop/returns", layout = MainLayout.class)
public class ReturnsQueueView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {
    static final List<String> STATUSES = List.of("REQUESTED", "NEEDS_REVIEW", "APPROVED", "REJECTED",
            "AWAITING_SHIPMENT", "IN_TRANSIT", "RECEIVED", "INSPECTED", "COMPLETED", "CANCELLED");
    static final List<String> RESOLUTIONS = List.of("REFUND", "EXCHANGE");
    static final List<String> METHODS = List.of("PREPAID_LABEL", "PICKUP", "DROP_OFF");
    private static final String QUEUE_LOCATION = "kaeru.returns.queue";

    private final StaffBackend backend;
    private final CurrentStaff staff;

    private ShopContext context;
    private ReturnQuery query = ReturnQuery.ALL;
    private List<ReturnReasonDto> reasons = List.of();
    private boolean populating;

    private final H1 title = new H1();
    private final HorizontalLayout savedViews = new HorizontalLayout();
    private final TextField search = new TextField();
    private final MultiSelectComboBox<String> statusFilter = new MultiSelectComboBox<>();
    private final ComboBox<ReturnReasonDto> reasonFilter = new ComboBox<>();
    private final Select<String> resolutionFilter = new Select<>();
    private final Select<String> methodFilter = new Select<>();
    private final DatePicker fromFilter = new DatePicker();
    private final DatePicker toFilter = new DatePicker();
    private final Checkbox byReceipt = new Checkbox();
    private final Checkbox overdueOnly = new Checkbox();
    private final Button clear = new Button();
    private final Span total = new Span();
    private final Button approveSelected = new Button();
    private final Button rejectSelected = new Button();
    private final Select<String> charset = new Select<>();
    private final Anchor download = new Anchor();
    private final Paragraph keysHelp = new Paragraph();
    private final Grid<ReturnSummaryDto> grid = new Grid<>();
    private final Map<Integer, ReturnSummaryDto> loaded = new HashMap<>();
    private final Paragraph refused = new Paragraph();
    private int cursor = -1;
    private long totalCount;
    private Grid.Column<ReturnSummaryDto> rmaColumn;
    private Grid.Column<ReturnSummaryDto> statusColumn;
    private Grid.Column<ReturnSummaryDto> createdColumn;
    private Grid.Column<ReturnSummaryDto> orderColumn;
    private Grid.Column<ReturnSummaryDto> customerColumn;
    private Grid.Column<ReturnSummaryDto> emailColumn;
    private Grid.Column<ReturnSummaryDto> unitsColumn;
    private Grid.Column<ReturnSummaryDto> slaColumn;
    private BulkRun bulk;
    private Registration polling;

    @Inject
    public ReturnsQueueView(StaffBackend backend, CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
        setId("returns-queue");
        setSizeFull();
        configureFilters();
        configureGrid();
        configureActions();
        refused.setId("access-refused");
        KeyboardShortcuts.install(this, Map.of(
                "/", search::focus,
                "j", () -> moveCursor(1),
                "k", () -> moveCursor(-1),
                "x", this::toggleCursorSelection,
                "Enter", this::openCursor));
    }

    // ---- URL <-> filters

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("shop").orElse("");
        if (context == null || !context.slug().equals(slug)) {
            context = ShopContext.load(backend, staff, slug, getLocale(), problem -> refused.setText(
                    problem.problem().detail())).orElse(null);
            reasons = context == null ? List.of() : backend.returnReasons().list(slug);
        }
        if (context == null) {
            removeAll();
            add(new H1(getTranslation("admin.shop.refused.title")), refused);
            return;
        }
        LocalDate today = context.formats().today();
        query = ReturnQuery.fromUrl(event.getLocation().getQueryParameters(), today);
        ComponentUtil.setData(UI.getCurrent(), QUEUE_LOCATION, query.toUrl(today));
        layout();
        populateFilters();
        cursor = -1;
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    /** The queue as the person last filtered it in this tab, for the detail's way back. */
    static QueryParameters lastQuery(UI ui) {
        Object remembered = ComponentUtil.getData(ui, QUEUE_LOCATION);
        return remembered instanceof QueryParameters q ? q : QueryParameters.empty();
    }

    private void apply(ReturnQuery changed) {
        if (populating || context == null) {
            return;
        }
        UI.getCurrent().navigate(ReturnsQueueView.class, new RouteParameters("shop", context.slug()),
                changed.toUrl(context.formats().today()));
    }

    private void populateFilters() {
        populating = true;
        try {
            reasonFilter.setItems(reasons);
            search.setValue(query.text() == null ? "" : query.text());
            statusFilter.setValue(query.statuses());
            reasonFilter.setValue(reasons.stream().filter(r -> r.code().equals(query.reason())).findFirst().orElse(null));
            resolutionFilter.setValue(query.resolution() == null ? "" : query.resolution());
            methodFilter.setValue(query.method() == null ? "" : query.method());
            fromFilter.setValue(query.from());
            toFilter.setValue(query.to());
            byReceipt.setValue(query.received());
            overdueOnly.setValue(query.overdue());
        } finally {
            populating = false;
        }
        buildSavedViews();
    }

    private void configureFilters() {
        search.setId("search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.setWidth("18em");
        search.addValueChangeListener(e -> apply(query.withText(e.getValue())));

        statusFilter.setId("status-filter");
        statusFilter.setItems(STATUSES);
        statusFilter.setItemLabelGenerator(s -> getTranslation("admin.status." + s));
        statusFilter.addValueChangeListener(e -> apply(query.withStatuses(orderedStatuses(e.getValue()))));

        reasonFilter.setId("reason-filter");
        reasonFilter.setItemLabelGenerator(this::reasonLabel);
        reasonFilter.setClearButtonVisible(true);
        reasonFilter.addValueChangeListener(e -> apply(query.withReason(e.getValue() == null ? null : e.getValue().code())));

        resolutionFilter.setId("resolution-filter");
        resolutionFilter.setItems(Stream.concat(Stream.of(""), RESOLUTIONS.stream()).toList());
        resolutionFilter.setItemLabelGenerator(r -> r.isEmpty() ? getTranslation("admin.returns.filter.any")
                : getTranslation("admin.resolution." + r));
        resolutionFilter.addValueChangeListener(e -> apply(query.withResolution(e.getValue())));

        methodFilter.setId("method-filter");
        methodFilter.setItems(Stream.concat(Stream.of(""), METHODS.stream()).toList());
        methodFilter.setItemLabelGenerator(m -> m.isEmpty() ? getTranslation("admin.returns.filter.any")
                : getTranslation("admin.method." + m));
        methodFilter.addValueChangeListener(e -> apply(query.withMethod(e.getValue())));

        fromFilter.setId("from-filter");
        toFilter.setId("to-filter");
        fromFilter.addValueChangeListener(e -> apply(query.withDates(e.getValue(), query.to(), query.received())));
        toFilter.addValueChangeListener(e -> apply(query.withDates(query.from(), e.getValue(), query.received())));
        byReceipt.setId("by-receipt");
        byReceipt.addValueChangeListener(e -> apply(query.withDates(query.from(), query.to(), e.getValue())));
        overdueOnly.setId("overdue-filter");
        overdueOnly.addValueChangeListener(e -> apply(query.withOverdue(e.getValue())));

        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> apply(ReturnQuery.ALL));
    }

    private static Set<String> orderedStatuses(Set<String> chosen) {
        Set<String> ordered = new LinkedHashSet<>();
        STATUSES.stream().filter(chosen::contains).forEach(ordered::add);
        return ordered;
    }

    private String reasonLabel(ReturnReasonDto reason) {
        String label = "ja".equals(getLocale().getLanguage()) ? reason.labelJa() : reason.labelEn();
        return reason.parentCode() == null ? label : "　" + label;
    }

    private void buildSavedViews() {
        savedViews.removeAll();
        savedViews.setId("saved-views");
        LocalDate today = context.formats().today();
        ReturnQuery.SavedView current = query.savedView(today);
        for (ReturnQuery.SavedView view : ReturnQuery.SavedView.values()) {
            RouterLink link = new RouterLink(getTranslation("admin.returns.view." + view.key()), ReturnsQueueView.class,
                    new RouteParameters("shop", context.slug()));
            link.setQueryParameters(view.query(today).toUrl(today));
            link.setId("view-" + view.key());
            link.addClassName("saved-view");
            if (view == current) {
                link.addClassName("current");
            }
            savedViews.add(link);
        }
    }

    // ---- grid

    private void configureGrid() {
        grid.setId("returns-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        rmaColumn = grid.addComponentColumn(r -> {
            RouterLink link = new RouterLink(r.rmaNumber(), ReturnDetailView.class, detailParameters(r.rmaNumber()));
            link.addClassName("rma-link");
            return link;
        }).setAutoWidth(true).setFlexGrow(0);
        statusColumn = grid.addComponentColumn(r -> {
            Span cell = new Span(ReturnLabels.status(this, r.status()));
            ReturnLabels.question(this, r).ifPresent(badge -> {
                badge.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
                cell.add(badge);
            });
            return cell;
        }).setKey("status").setAutoWidth(true);
        createdColumn = grid.addColumn(r -> context.formats().dateTime(r.createdAt())).setAutoWidth(true);
        orderColumn = grid.addColumn(ReturnSummaryDto::orderNumber).setAutoWidth(true);
        customerColumn = grid.addColumn(ReturnSummaryDto::customerName).setAutoWidth(true);
        emailColumn = grid.addColumn(ReturnSummaryDto::customerEmail).setAutoWidth(true);
        unitsColumn = grid.addColumn(ReturnSummaryDto::units).setAutoWidth(true).setFlexGrow(0);
        slaColumn = grid.addComponentColumn(r -> ReturnLabels.sla(this, r,
                context.formats().dateTime(r.refundDueAt()))).setAutoWidth(true);
        grid.setPartNameGenerator(r -> cursor >= 0 && r.equals(loaded.get(cursor)) ? "cursor" : null);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        grid.setItems(new CallbackDataProvider<ReturnSummaryDto, Void>(
                q -> {
                    ReturnPageDto page = query.search(backend.returns(), context.slug(), q.getPage(), q.getPageSize());
                    int offset = q.getPage() * q.getPageSize();
                    for (int i = 0; i < page.items().size(); i++) {
                        loaded.put(offset + i, page.items().get(i));
                    }
                    return page.items().stream();
                },
                q -> {
                    ReturnPageDto counted = query.search(backend.returns(), context.slug(), 0, 1);
                    totalCount = counted.total();
                    loaded.clear();
                    // The backend counts up to a limit: beyond it the grid scrolls that far and says "more than".
                    total.setText(getTranslation(counted.moreThanTotal() ? "admin.returns.total-more"
                            : "admin.returns.total", totalCount));
                    return (int) Math.min(totalCount, Integer.MAX_VALUE);
                },
                ReturnSummaryDto::rmaNumber));
    }

    private RouteParameters detailParameters(String rma) {
        return new RouteParameters(Map.of("shop", context.slug(), "rma", rma));
    }

    private void open(ReturnSummaryDto item) {
        UI.getCurrent().navigate(ReturnDetailView.class, detailParameters(item.rmaNumber()));
    }

    private void moveCursor(int delta) {
        if (totalCount == 0) {
            return;
        }
        int next = (int) Math.max(0, Math.min(totalCount - 1, cursor + delta));
        ReturnSummaryDto previous = loaded.get(cursor);
        cursor = next;
        if (!loaded.containsKey(cursor)) {
            ReturnPageDto one = query.search(backend.returns(), context.slug(), cursor, 1);
            one.items().stream().findFirst().ifPresent(item -> loaded.put(cursor, item));
        }
        if (previous != null) {
            grid.getDataProvider().refreshItem(previous);
        }
        ReturnSummaryDto current = loaded.get(cursor);
        if (current != null) {
            grid.getDataProvider().refreshItem(current);
        }
        grid.scrollToIndex(cursor);
    }

    /** The row the keyboard cursor is on, if any. */
    ReturnSummaryDto cursorItem() {
        return loaded.get(cursor);
    }

    private void openCursor() {
        ReturnSummaryDto current = cursorItem();
        if (current != null) {
            open(current);
        }
    }

    private void toggleCursorSelection() {
        ReturnSummaryDto current = cursorItem();
        if (current == null || !context.canProcess()) {
            return;
        }
        if (grid.getSelectedItems().contains(current)) {
            grid.deselect(current);
        } else {
            grid.select(current);
        }
    }

    // ---- bulk decisions and export

    private void configureActions() {
        approveSelected.setId("bulk-approve");
        approveSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approveSelected.addClickListener(e -> startBulk(rma -> backend.returns().approve(context.slug(), rma,
                new Decision(null)), getTranslation("admin.returns.bulk.approving")));
        rejectSelected.setId("bulk-reject");
        rejectSelected.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rejectSelected.addClickListener(e -> askRejectionMessage());
        total.setId("returns-total");

        charset.setId("export-charset");
        charset.setItems("UTF-8", "Shift_JIS");
        charset.setValue("UTF-8");
        charset.setWidth("9em");
        download.setId("export-csv");
        download.setHref(DownloadHandler.fromInputStream(event -> exportCsv()));
        download.getElement().setAttribute("download", true);
        download.setRouterIgnore(true);
        keysHelp.addClassName("keys-help");
    }

    /** Streams the backend's export of the current filter through the console (the browser has no token). */
    private DownloadResponse exportCsv() {
        String chosen = charset.getValue();
        Response response = query.export(backend.returns(), context.slug(), chosen, "UTF-8".equals(chosen));
        String file = "returns-" + context.slug() + "-" + context.formats().today() + ".csv";
        return new DownloadResponse(response.readEntity(InputStream.class), file,
                "text/csv; charset=" + chosen, -1);
    }

    private void updateBulkButtons() {
        int n = grid.getSelectedItems().size();
        approveSelected.setEnabled(n > 0 && bulk == null);
        rejectSelected.setEnabled(n > 0 && bulk == null);
        approveSelected.setText(getTranslation("admin.returns.bulk.approve", n));
        rejectSelected.setText(getTranslation("admin.returns.bulk.reject", n));
    }

    private List<String> selectedRmas() {
        return grid.getSelectedItems().stream().map(ReturnSummaryDto::rmaNumber).sorted().toList();
    }

    private void askRejectionMessage() {
        Dialog dialog = new Dialog();
        dialog.setId("reject-dialog");
        dialog.setHeaderTitle(getTranslation("admin.returns.bulk.rejectTitle", grid.getSelectedItems().size()));
        TextArea message = new TextArea(getTranslation("admin.return.reject.message"));
        message.setId("reject-message");
        message.setRequired(true);
        message.setMaxLength(1000);
        message.setWidthFull();
        Button confirm = new Button(getTranslation("admin.return.reject.confirm"), e -> {
            if (message.getValue().isBlank()) {
                message.setInvalid(true);
                message.setErrorMessage(getTranslation("admin.return.reject.required"));
                return;
            }
            dialog.close();
            String text = message.getValue().strip();
            startBulk(rma -> backend.returns().reject(context.slug(), rma, new Decision(text)),
                    getTranslation("admin.returns.bulk.rejecting"));
        });
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> dialog.close());
        dialog.add(message);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        message.focus();
    }

    /**
     * Runs the decision one return per poll round trip: the progress bar and the results grow as
     * the work is done, without server push and without leaving the request (the person's token
     * is only available there).
     */
    private void startBulk(BulkRun.Decision decision, String heading) {
        bulk = new BulkRun(selectedRmas(), decision);
        updateBulkButtons();
        Dialog dialog = new Dialog();
        dialog.setId("bulk-dialog");
        dialog.setHeaderTitle(heading);
        dialog.setCloseOnOutsideClick(false);
        ProgressBar progress = new ProgressBar(0, bulk.total(), 0);
        progress.setId("bulk-progress");
        Span counter = new Span(getTranslation("admin.returns.bulk.progress", 0, bulk.total()));
        counter.setId("bulk-counter");
        UnorderedList results = new UnorderedList();
        results.setId("bulk-results");
        Button close = new Button(getTranslation("admin.close"), e -> dialog.close());
        close.setId("bulk-close");
        close.setEnabled(false);
        dialog.add(progress, counter, results);
        dialog.getFooter().add(close);
        dialog.open();
        UI ui = UI.getCurrent();
        ui.setPollInterval(50);
        polling = ui.addPollListener(poll -> {
            if (bulk == null) {
                return;
            }
            bulk.step();
            List<BulkRun.Outcome> outcomes = bulk.outcomes();
            BulkRun.Outcome last = outcomes.get(outcomes.size() - 1);
            ListItem line = new ListItem(last.done() ? "✓ " + last.rma()
                    : "✗ " + last.rma() + ": " + last.message());
            line.addClassName(last.done() ? "bulk-done" : "bulk-refused");
            results.add(line);
            progress.setValue(outcomes.size());
            counter.setText(getTranslation("admin.returns.bulk.progress", outcomes.size(), bulk.total()));
            if (bulk.finished()) {
                counter.setText(getTranslation("admin.returns.bulk.summary", bulk.succeeded(),
                        bulk.total() - bulk.succeeded()));
                finishBulk(ui);
                close.setEnabled(true);
                close.focus();
            }
        });
    }

    private void finishBulk(UI ui) {
        ui.setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        bulk = null;
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateBulkButtons();
    }

    // ---- layout and texts

    private void layout() {
        removeAll();
        if (context.canProcess()) {
            // A new selection mode is a new selection model: listen to this one.
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> updateBulkButtons());
        } else {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
        }
        HorizontalLayout filters = new HorizontalLayout(search, statusFilter, reasonFilter, resolutionFilter,
                methodFilter, fromFilter, toFilter, byReceipt, overdueOnly, clear);
        filters.setId("filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(total);
        actions.setId("queue-actions");
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWidthFull();
        if (context.canProcess()) {
            actions.add(approveSelected, rejectSelected);
        }
        Div spacer = new Div();
        actions.addAndExpand(spacer);
        if (context.canExport()) {
            actions.add(charset, download);
        }
        add(title, savedViews, filters, actions, grid, keysHelp);
        setFlexGrow(1, grid);
        texts();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (context != null) {
            context = context.in(event.getLocale());
            texts();
            buildSavedViews();
            grid.getDataProvider().refreshAll();
        }
    }

    private void texts() {
        title.setText(getTranslation("admin.returns.title"));
        search.setPlaceholder(getTranslation("admin.returns.search.placeholder"));
        search.setAriaLabel(getTranslation("admin.returns.search.label"));
        statusFilter.setLabel(getTranslation("admin.returns.filter.status"));
        reasonFilter.setLabel(getTranslation("admin.returns.filter.reason"));
        resolutionFilter.setLabel(getTranslation("admin.returns.filter.resolution"));
        methodFilter.setLabel(getTranslation("admin.returns.filter.method"));
        fromFilter.setLabel(getTranslation("admin.returns.filter.from"));
        toFilter.setLabel(getTranslation("admin.returns.filter.to"));
        fromFilter.setLocale(getLocale());
        toFilter.setLocale(getLocale());
        byReceipt.setLabel(getTranslation("admin.returns.filter.byReceipt"));
        overdueOnly.setLabel(getTranslation("admin.returns.filter.overdue"));
        clear.setText(getTranslation("admin.returns.filter.clear"));
        charset.setAriaLabel(getTranslation("admin.returns.export.charset"));
        download.setText(getTranslation("admin.returns.export.download"));
        keysHelp.setText(getTranslation("admin.returns.keys"));
        rmaColumn.setHeader(getTranslation("admin.returns.col.rma"));
        statusColumn.setHeader(getTranslation("admin.returns.col.status"));
        createdColumn.setHeader(getTranslation("admin.returns.col.created"));
        orderColumn.setHeader(getTranslation("admin.returns.col.order"));
        customerColumn.setHeader(getTranslation("admin.returns.col.customer"));
        emailColumn.setHeader(getTranslation("admin.returns.col.email"));
        unitsColumn.setHeader(getTranslation("admin.returns.col.units"));
        slaColumn.setHeader(getTranslation("admin.returns.col.sla"));
        total.setText(getTranslation("admin.returns.total", totalCount));
        updateBulkButtons();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.returns.title") + (context == null ? "" : " | " + context.shop().name());
    }
}
