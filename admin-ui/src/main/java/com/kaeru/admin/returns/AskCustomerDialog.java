package com.kaeru.admin.returns;

import com.kaeru.api.returns.InfoRequest;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.shared.Registration;

/**
 * A question for the customer: it reaches them as typed, by e-mail and on the portal's status page,
 * and lands in the timeline; the return's status does not change. Fires an {@link AskEvent}.
 */
class AskCustomerDialog extends MessageDialog {
    /** Staff sent {@link #question()}. */
    static class AskEvent extends ComponentEvent<AskCustomerDialog> {
        private final String question;

        AskEvent(AskCustomerDialog source, String question) {
            super(source, true);
            this.question = question;
        }

        String question() {
            return question;
        }
    }

    /** {@code title}: whom the question is about, e.g. "R-000123 についてお客様に確認". */
    AskCustomerDialog(String title) {
        super("ask", "admin.return.ask", title, InfoRequest.MAX_LENGTH, ButtonVariant.LUMO_PRIMARY);
        message().setHelperText(getTranslation("admin.return.ask.help"));
    }

    Registration addAskListener(ComponentEventListener<AskEvent> listener) {
        return addListener(AskEvent.class, listener);
    }

    @Override
    protected void confirmed(String text) {
        fireEvent(new AskEvent(this, text));
    }
}
