package com.kaeru.admin.returns;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A dialog that asks staff for one required text (a rejection's message, a question for the customer)
 * and hands it over, stripped, only when it is not blank. Ids: {@code <prefix>-dialog},
 * {@code <prefix>-message}, {@code <prefix>-confirm} (the browser tests use them).
 */
abstract class MessageDialog extends Dialog {
    private final TextArea message = new TextArea();

    /** {@code keys}: the translation keys' common prefix, e.g. {@code admin.return.reject}. */
    MessageDialog(String idPrefix, String keys, String title, int maxLength, ButtonVariant... confirmVariants) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        message.setLabel(getTranslation(keys + ".message"));
        message.setId(idPrefix + "-message");
        message.setRequired(true);
        message.setMaxLength(maxLength);
        message.setWidthFull();
        Button confirm = new Button(getTranslation(keys + ".confirm"), e -> {
            if (message.getValue().isBlank()) {
                message.setInvalid(true);
                message.setErrorMessage(getTranslation(keys + ".required"));
                return;
            }
            close();
            confirmed(message.getValue().strip());
        });
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(confirmVariants);
        add(message);
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), confirm);
    }

    /** The dialog with the focus in its text. */
    void ask() {
        open();
        message.focus();
    }

    TextArea message() {
        return message;
    }

    /** Staff confirmed {@code text} (never blank); the dialog is closed already. */
    protected abstract void confirmed(String text);
}
