package com.kaeru.admin.returns;

import java.util.Set;

import com.kaeru.api.returns.ReturnDto;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * The moves on the whole return that it allows the person: approve, reject (with a message), mark
 * received, ask the customer, cancel (confirmed). Asks what a move needs first, then fires a
 * {@link MoveEvent}; the view applies it.
 */
class ReturnActionsBar extends HorizontalLayout {
    /** Staff want {@link #move()} applied; {@link #message()} is the rejection's text or the question. */
    static class MoveEvent extends ComponentEvent<ReturnActionsBar> {
        private final ReturnMove move;
        private final String message;

        MoveEvent(ReturnActionsBar source, ReturnMove move, String message) {
            super(source, true);
            this.move = move;
            this.message = message;
        }

        ReturnMove move() {
            return move;
        }

        /** {@code null} for moves without a text. */
        String message() {
            return message;
        }
    }

    private String rma;
    private Set<ReturnMove> allowed = Set.of();

    ReturnActionsBar() {
        setId("return-actions");
    }

    Registration addMoveListener(ComponentEventListener<MoveEvent> listener) {
        return addListener(MoveEvent.class, listener);
    }

    /** The buttons of the moves in {@code allowedMoves} (see {@link ReturnMoves#allowed}) for {@code request}. */
    void show(ReturnDto request, Set<ReturnMove> allowedMoves) {
        this.rma = request.rmaNumber();
        this.allowed = Set.copyOf(allowedMoves);
        removeAll();
        button(ReturnMove.APPROVE, "approve", "admin.return.approve", ButtonVariant.LUMO_PRIMARY);
        button(ReturnMove.REJECT, "reject", "admin.return.reject", ButtonVariant.LUMO_ERROR);
        button(ReturnMove.RECEIVE, "receive", "admin.return.receive", ButtonVariant.LUMO_PRIMARY);
        button(ReturnMove.ASK_CUSTOMER, "ask-customer", "admin.return.ask", ButtonVariant.LUMO_CONTRAST);
        button(ReturnMove.CANCEL, "cancel-return", "admin.return.cancel", ButtonVariant.LUMO_TERTIARY);
    }

    /** As clicking the move's button (a keyboard shortcut); nothing if the return does not allow it. */
    void trigger(ReturnMove move) {
        if (!allowed.contains(move)) {
            return;
        }
        switch (move) {
            case REJECT -> {
                RejectDialog dialog = new RejectDialog(getTranslation("admin.return.reject.title", rma));
                dialog.addRejectListener(e -> fire(ReturnMove.REJECT, e.message()));
                dialog.ask();
            }
            case ASK_CUSTOMER -> {
                AskCustomerDialog dialog = new AskCustomerDialog(getTranslation("admin.return.ask.title", rma));
                dialog.addAskListener(e -> fire(ReturnMove.ASK_CUSTOMER, e.question()));
                dialog.ask();
            }
            case CANCEL -> confirmCancel();
            default -> fire(move, null);
        }
    }

    private void button(ReturnMove move, String id, String textKey, ButtonVariant variant) {
        if (allowed.contains(move)) {
            Button button = new Button(getTranslation(textKey), e -> trigger(move));
            button.setId(id);
            button.addThemeVariants(variant);
            add(button);
        }
    }

    private void confirmCancel() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("cancel-dialog");
        confirm.setHeader(getTranslation("admin.return.cancel.title", rma));
        confirm.setText(getTranslation("admin.return.cancel.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.return.cancel.keep"));
        confirm.setConfirmText(getTranslation("admin.return.cancel.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> fire(ReturnMove.CANCEL, null));
        confirm.open();
    }

    private void fire(ReturnMove move, String message) {
        fireEvent(new MoveEvent(this, move, message));
    }
}
