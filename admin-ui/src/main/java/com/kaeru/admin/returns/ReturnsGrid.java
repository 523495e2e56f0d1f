package com.kaeru.admin.returns;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.api.returns.ReturnSummaryDto;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

/** The queue's rows, fetched page by page as it scrolls, with a keyboard cursor and a selection for bulk decisions. */
class ReturnsGrid extends Composite<Grid<ReturnSummaryDto>> {
    /** One page of the current filter: {@code page} counts in pages of {@code size} rows. */
    @FunctionalInterface
    interface PageSource extends Serializable {
        ReturnPageDto page(int page, int size);
    }

    /** The person opens a return (double click or Enter on the cursor). */
    static class OpenEvent extends ComponentEvent<ReturnsGrid> {
        private final ReturnSummaryDto item;

        OpenEvent(ReturnsGrid source, ReturnSummaryDto item) {
            super(source, true);
            this.item = item;
        }

        ReturnSummaryDto item() {
            return item;
        }
    }

    /** The selection changed; {@link #rmas()} is the whole new selection, sorted. */
    static class SelectionChangedEvent extends ComponentEvent<ReturnsGrid> {
        private final List<String> rmas;

        SelectionChangedEvent(ReturnsGrid source, List<String> rmas, boolean fromClient) {
            super(source, fromClient);
            this.rmas = rmas;
        }

        List<String> rmas() {
            return rmas;
        }
    }

    /** The backend counted the filter's returns; {@code moreThan}: it stopped counting at {@code total}. */
    static class CountedEvent extends ComponentEvent<ReturnsGrid> {
        private final long total;
        private final boolean moreThan;

        CountedEvent(ReturnsGrid source, long total, boolean moreThan) {
            super(source, false);
            this.total = total;
            this.moreThan = moreThan;
        }

        long total() {
            return total;
        }

        boolean moreThan() {
            return moreThan;
        }
    }

    private final Grid<ReturnSummaryDto> grid = new Grid<>();
    /** Rows fetched since the last count, by index: the cursor moves over these. */
    private final Map<Integer, ReturnSummaryDto> loaded = new HashMap<>();
    /** The columns' keys, also the last part of their headers' translation keys. */
    private static final List<String> COLUMNS = List.of("rma", "status", "created", "order", "customer", "email",
            "units", "sla");
    private ShopContext context;
    private PageSource source;
    private boolean selectable;
    private int cursor = -1;
    private long totalCount;

    ReturnsGrid() {
        grid.setId("returns-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.addComponentColumn(r -> {
            RouterLink link = new RouterLink(r.rmaNumber(), ReturnDetailView.class,
                    new RouteParameters(Map.of("shop", context.slug(), "rma", r.rmaNumber())));
            link.addClassName("rma-link");
            return link;
        }).setKey("rma").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span cell = new Span(ReturnLabels.status(this, r.status()));
            ReturnLabels.question(this, r).ifPresent(badge -> {
                badge.getStyle().set("margin-inline-start", "var(--lumo-space-xs)");
                cell.add(badge);
            });
            return cell;
        }).setKey("status").setAutoWidth(true);
        grid.addColumn(r -> context.formats().dateTime(r.createdAt())).setKey("created").setAutoWidth(true);
        grid.addColumn(ReturnSummaryDto::orderNumber).setKey("order").setAutoWidth(true);
        grid.addColumn(ReturnSummaryDto::customerName).setKey("customer").setAutoWidth(true);
        grid.addColumn(ReturnSummaryDto::customerEmail).setKey("email").setAutoWidth(true);
        grid.addColumn(ReturnSummaryDto::units).setKey("units").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> ReturnLabels.sla(this, r, context.formats().dateTime(r.refundDueAt())))
                .setKey("sla").setAutoWidth(true);
        grid.setPartNameGenerator(r -> cursor >= 0 && r.equals(loaded.get(cursor)) ? "cursor" : null);
        grid.addItemDoubleClickListener(e -> fireEvent(new OpenEvent(this, e.getItem())));
        grid.setItems(new CallbackDataProvider<ReturnSummaryDto, Void>(
                q -> {
                    ReturnPageDto page = source.page(q.getPage(), q.getPageSize());
                    int offset = q.getPage() * q.getPageSize();
                    for (int i = 0; i < page.items().size(); i++) {
                        loaded.put(offset + i, page.items().get(i));
                    }
                    return page.items().stream();
                },
                q -> {
                    ReturnPageDto counted = source.page(0, 1);
                    totalCount = counted.total();
                    loaded.clear();
                    fireEvent(new CountedEvent(this, totalCount, counted.moreThanTotal()));
                    return (int) Math.min(totalCount, Integer.MAX_VALUE);
                },
                ReturnSummaryDto::rmaNumber));
    }

    @Override
    protected Grid<ReturnSummaryDto> initContent() {
        return grid;
    }

    Registration addOpenListener(ComponentEventListener<OpenEvent> listener) {
        return addListener(OpenEvent.class, listener);
    }

    Registration addSelectionChangedListener(ComponentEventListener<SelectionChangedEvent> listener) {
        return addListener(SelectionChangedEvent.class, listener);
    }

    Registration addCountedListener(ComponentEventListener<CountedEvent> listener) {
        return addListener(CountedEvent.class, listener);
    }

    /**
     * Shows the returns {@code source} delivers for the shop from the first row, nothing selected; people who
     * may process returns ({@link ShopContext#canProcess()}) can select rows.
     */
    void show(ShopContext shown, PageSource rows) {
        this.context = shown;
        this.source = rows;
        selectable = shown.canProcess();
        if (selectable) {
            // A new selection mode is a new selection model: listen to this one.
            grid.setSelectionMode(Grid.SelectionMode.MULTI);
            grid.addSelectionListener(e -> fireEvent(
                    new SelectionChangedEvent(this, selectedRmas(), e.isFromClient())));
        } else {
            grid.setSelectionMode(Grid.SelectionMode.NONE);
        }
        cursor = -1;
        grid.deselectAll();
        refresh();
    }

    /** Same rows and selection, rendered again for {@code shown} (the shop's formats in another language). */
    void relocalize(ShopContext shown) {
        this.context = shown;
        refresh();
    }

    /** Asks the backend again, e.g. after decisions changed the returns. */
    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    void deselectAll() {
        grid.deselectAll();
    }

    List<String> selectedRmas() {
        return grid.getSelectedItems().stream().map(ReturnSummaryDto::rmaNumber).sorted().toList();
    }

    /** Moves the keyboard cursor by {@code delta} rows, fetching the row if the grid has not yet. */
    void moveCursor(int delta) {
        if (totalCount == 0) {
            return;
        }
        int next = (int) Math.max(0, Math.min(totalCount - 1, cursor + delta));
        ReturnSummaryDto previous = loaded.get(cursor);
        cursor = next;
        if (!loaded.containsKey(cursor)) {
            ReturnPageDto one = source.page(cursor, 1);
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

    void openCursor() {
        ReturnSummaryDto current = cursorItem();
        if (current != null) {
            fireEvent(new OpenEvent(this, current));
        }
    }

    void toggleCursorSelection() {
        ReturnSummaryDto current = cursorItem();
        if (current == null || !selectable) {
            return;
        }
        if (grid.getSelectedItems().contains(current)) {
            grid.deselect(current);
        } else {
            grid.select(current);
        }
    }

    /** Column headers in the current locale. */
    void texts() {
        COLUMNS.forEach(key -> grid.getColumnByKey(key).setHeader(getTranslation("admin.returns.col." + key)));
    }
}
