package com.kaeru.admin.insights;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.ToLongFunction;

import com.kaeru.admin.returns.ReturnQuery;
import com.kaeru.admin.returns.ReturnsQueueView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * Today's work: one tile per built-in queue view (needs review, refunds overdue, refunds failed, upgrade
 * differences that could not be charged, received today, waiting for the parcel, customer answered) with how many returns it holds; each tile is a link to
 * the queue with exactly that view ({@code ?view=needs-review}), so the count and the list agree.
 * Tile ids: {@code work-{view}}.
 */
public class WorkTiles extends Div {
    /** The queue's views shown as work, in the order of a working day. */
    public static final ReturnQuery.SavedView[] VIEWS = {ReturnQuery.SavedView.NEEDS_REVIEW,
            ReturnQuery.SavedView.REFUND_OVERDUE, ReturnQuery.SavedView.REFUND_FAILED,
            ReturnQuery.SavedView.UPGRADE_PAYMENT_FAILED, ReturnQuery.SavedView.RECEIVED_TODAY,
            ReturnQuery.SavedView.AWAITING_PARCEL, ReturnQuery.SavedView.CUSTOMER_ANSWERED};

    public WorkTiles() {
        setId("work-tiles");
        addClassName("tiles");
    }

    /**
     * Shows the tiles of {@code shop}; {@code count} answers how many returns a view's query holds
     * ({@code -1}: more than the queue counts).
     */
    public void show(String shop, LocalDate today, ToLongFunction<ReturnQuery> count) {
        removeAll();
        for (ReturnQuery.SavedView view : VIEWS) {
            ReturnQuery query = view.query(today);
            long n = count.applyAsLong(query);
            java.text.NumberFormat format = java.text.NumberFormat.getIntegerInstance(getLocale());
            Span number = new Span(n < 0 ? format.format(10_000) + "+" : format.format(n));
            number.addClassName("tile-value");
            Span label = new Span(getTranslation("admin.returns.view." + view.key()));
            label.addClassName("tile-label");
            RouterLink tile = new RouterLink(ReturnsQueueView.class, new RouteParameters("shop", shop));
            tile.setQueryParameters(QueryParameters.simple(Map.of("view", view.key())));
            tile.add(number, label);
            tile.setId("work-" + view.key());
            tile.addClassName("tile");
            tile.addClassName("work-tile");
            if (n > 0 && (view == ReturnQuery.SavedView.REFUND_OVERDUE || view == ReturnQuery.SavedView.REFUND_FAILED
                    || view == ReturnQuery.SavedView.UPGRADE_PAYMENT_FAILED || view == ReturnQuery.SavedView.NEEDS_REVIEW)) {
                tile.addClassName("attention");
            }
            add(tile);
        }
    }
}
