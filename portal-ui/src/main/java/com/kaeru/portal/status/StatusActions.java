package com.kaeru.portal.status;

import java.util.Locale;

import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.vocabulary.ReturnAction;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;

/**
 * What the customer may still do with the return, as the server's {@code allowedActions} say: today
 * cancelling ({@code #cancel-return}), confirmed in a dialog ({@code #cancel-dialog}) before a
 * {@link CancelEvent} fires. Its own component so the moves the server offers are placed in one spot
 * and the page only carries them out; empty when nothing is allowed.
 */
class StatusActions extends Div {

    /** The customer confirmed cancelling the return. */
    static class CancelEvent extends ComponentEvent<StatusActions> {
        CancelEvent(StatusActions source) {
            super(source, true);
        }
    }

    StatusActions(ReturnDto current, Locale locale) {
        addClassName("status-actions");
        if (current.allowedActions().contains(ReturnAction.CANCEL)) {
            Button cancel = new Button(getTranslation(locale, "portal.status.cancel"),
                    e -> confirmCancel(current.rmaNumber(), locale));
            cancel.setId("cancel-return");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(cancel);
        }
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    private void confirmCancel(String rma, Locale locale) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("cancel-dialog");
        dialog.setHeader(getTranslation(locale, "portal.status.cancel.title", rma));
        dialog.setText(getTranslation(locale, "portal.status.cancel.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation(locale, "portal.status.cancel.keep"));
        dialog.setConfirmText(getTranslation(locale, "portal.status.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> fireEvent(new CancelEvent(this)));
        dialog.open();
    }
}
