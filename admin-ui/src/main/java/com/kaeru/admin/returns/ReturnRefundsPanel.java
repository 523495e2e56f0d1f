package com.kaeru.admin.returns;

import java.util.List;
import java.util.Set;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.returns.RefundDto;
import com.kaeru.api.vocabulary.RefundStatus;
import com.kaeru.api.vocabulary.ReturnAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * The return's refunds (method, amount, status and why it is held, who asked and approved, when paid);
 * a held refund offers the decision to those who may take it, firing a {@link RefundDecisionEvent}; a
 * FAILED one (the payment service refused it or kept failing) shows why and offers managers a retry
 * ({@link RefundRetryEvent}).
 * Hidden while there are none.
 */
class ReturnRefundsPanel extends Div {
    /** A manager approved (pays it) or declined (nothing is paid) held refund {@link #refundId()}. */
    static class RefundDecisionEvent extends ComponentEvent<ReturnRefundsPanel> {
        private final long refundId;
        private final boolean approved;

        RefundDecisionEvent(ReturnRefundsPanel source, long refundId, boolean approved) {
            super(source, true);
            this.refundId = refundId;
            this.approved = approved;
        }

        long refundId() {
            return refundId;
        }

        boolean approved() {
            return approved;
        }
    }

    /** Staff retry failed refund {@link #refundId()}: the refund worker pays it again shortly. */
    static class RefundRetryEvent extends ComponentEvent<ReturnRefundsPanel> {
        private final long refundId;

        RefundRetryEvent(ReturnRefundsPanel source, long refundId) {
            super(source, true);
            this.refundId = refundId;
        }

        long refundId() {
            return refundId;
        }
    }

    private ShopContext context;
    private Set<ReturnAction> allowedActions = Set.of();

    ReturnRefundsPanel() {
        setWidthFull();
    }

    Registration addRefundDecisionListener(ComponentEventListener<RefundDecisionEvent> listener) {
        return addListener(RefundDecisionEvent.class, listener);
    }

    Registration addRefundRetryListener(ComponentEventListener<RefundRetryEvent> listener) {
        return addListener(RefundRetryEvent.class, listener);
    }

    void show(List<RefundDto> refunds, Set<ReturnAction> allowedActions, ShopContext shop) {
        this.context = shop;
        this.allowedActions = Set.copyOf(allowedActions);
        removeAll();
        setVisible(!refunds.isEmpty());
        if (!refunds.isEmpty()) {
            add(new H2(getTranslation("admin.return.refunds")), grid(refunds));
        }
    }

    /** Whether the person may decide on {@code refund}: a held one, when the server allows refund decisions. */
    private boolean decidable(RefundDto refund) {
        return refund.status() == RefundStatus.PENDING_APPROVAL && context.canApproveRefunds()
                && allowedActions.contains(ReturnAction.APPROVE_REFUND);
    }

    private Grid<RefundDto> grid(List<RefundDto> refunds) {
        Grid<RefundDto> grid = new Grid<>();
        grid.setId("refunds");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> getTranslation("admin.refundMethod." + r.method()))
                .setHeader(getTranslation("admin.return.refund.method")).setAutoWidth(true);
        grid.addColumn(r -> context.formats().money(r.amountMinor(), r.currency()))
                .setHeader(getTranslation("admin.return.refund.amount")).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("admin.return.refund.status")).setAutoWidth(true);
        grid.addColumn(RefundDto::requestedBy).setHeader(getTranslation("admin.return.refund.requestedBy"));
        grid.addColumn(r -> r.approvedBy() == null ? "" : r.approvedBy())
                .setHeader(getTranslation("admin.return.refund.approvedBy"));
        grid.addColumn(r -> context.formats().dateTime(r.issuedAt()))
                .setHeader(getTranslation("admin.return.refund.issuedAt")).setAutoWidth(true);
        grid.addComponentColumn(this::decision).setKey("action").setAutoWidth(true);
        grid.setItems(refunds);
        return grid;
    }

    /**
     * The status, why it is held, and for a card refund the payment service has not paid yet how often
     * it failed and why (the return's 24 h deadline keeps running meanwhile, see the facts panel).
     */
    private String status(RefundDto r) {
        StringBuilder text = new StringBuilder(getTranslation("admin.refundStatus." + r.status()));
        if (r.holdReason() != null) {
            text.append(" · ").append(getTranslation("admin.refundHold." + r.holdReason()));
        }
        if (r.attempts() > 0 && r.status() != RefundStatus.ISSUED) {
            text.append(" · ").append(getTranslation("admin.return.refund.attempts", r.attempts()));
        }
        if (r.lastError() != null && (r.status() == RefundStatus.FAILED || r.status() == RefundStatus.REQUESTED)) {
            text.append(" · ").append(r.lastError());
        }
        return text.toString();
    }

    /**
     * A held refund (above the limit, or grade C not the shop's fault): a manager approves it —
     * never the person whose grading triggered it — or declines it.
     */
    private Component decision(RefundDto refund) {
        if (refund.status() == RefundStatus.FAILED && context.canApproveRefunds()) {
            Button retry = new Button(getTranslation("admin.return.refund.retry"),
                    e -> fireEvent(new RefundRetryEvent(this, refund.id())));
            retry.setId("retry-refund-" + refund.id());
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(retry);
        }
        if (!decidable(refund)) {
            return new Span();
        }
        Button decline = new Button(getTranslation("admin.return.refund.decline"),
                e -> fireEvent(new RefundDecisionEvent(this, refund.id(), false)));
        decline.setId("decline-refund-" + refund.id());
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        if (context.username().equals(refund.requestedBy())) {
            Span hint = new Span(getTranslation("admin.return.refund.otherManager"));
            hint.setId("refund-" + refund.id() + "-needs-other");
            hint.addClassName("hint");
            return new HorizontalLayout(hint, decline);
        }
        Button approve = new Button(getTranslation("admin.return.refund.approve"),
                e -> fireEvent(new RefundDecisionEvent(this, refund.id(), true)));
        approve.setId("approve-refund-" + refund.id());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, decline);
    }
}
