package com.kaeru.admin.settings;

import com.kaeru.api.webhooks.WebhookSecretDto;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The signing secret of a new or rotated endpoint, shown this once, with a copy button. */
class WebhookSecretDialog extends Dialog {

    WebhookSecretDialog(WebhookSecretDto created) {
        setId("webhook-secret-dialog");
        setHeaderTitle(getTranslation("admin.webhooks.secret.title"));
        TextField secret = new TextField(getTranslation("admin.webhooks.secret.label"));
        secret.setId("webhook-secret");
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidth("36rem");
        Button copy = new Button(getTranslation("admin.webhooks.secret.copy"),
                e -> getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", created.secret()));
        copy.setId("webhook-secret-copy");
        Paragraph once = new Paragraph(getTranslation("admin.webhooks.secret.once"));
        once.addClassName("warning-text");
        Paragraph rotation = new Paragraph(created.endpoint().rotationEndsAt() == null ? ""
                : getTranslation("admin.webhooks.secret.rotation"));
        Button done = new Button(getTranslation("admin.keys.done"), e -> close());
        done.setId("webhook-secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(once, secret, copy, rotation);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
