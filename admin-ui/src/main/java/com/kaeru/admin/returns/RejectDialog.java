package com.kaeru.admin.returns;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.shared.Registration;

/**
 * Rejecting one return or a selection of them: the message the customer receives is required. Fires
 * a {@link RejectEvent} with it; what is rejected, and how, is the listener's business (the detail
 * rejects its return, the queue's bulk bar each selected one).
 */
class RejectDialog extends MessageDialog {
    /** The longest rejection message the backend takes. */
    static final int MAX_LENGTH = 1000;

    /** Staff confirmed the rejection with {@link #message()} for the customer. */
    static class RejectEvent extends ComponentEvent<RejectDialog> {
        private final String message;

        RejectEvent(RejectDialog source, String message) {
            super(source, true);
            this.message = message;
        }

        /** As typed, stripped; never blank. */
        String message() {
            return message;
        }
    }

    /** {@code title}: what is rejected, e.g. "R-000123 を却下" or "3 件を却下". */
    RejectDialog(String title) {
        super("reject", "admin.return.reject", title, MAX_LENGTH, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    }

    Registration addRejectListener(ComponentEventListener<RejectEvent> listener) {
        return addListener(RejectEvent.class, listener);
    }

    @Override
    protected void confirmed(String text) {
        fireEvent(new RejectEvent(this, text));
    }
}
