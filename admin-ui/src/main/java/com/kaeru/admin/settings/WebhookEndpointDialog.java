package com.kaeru.admin.settings;

import java.util.List;
import java.util.function.Consumer;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.api.webhooks.WebhookEndpointDto;
import com.kaeru.api.webhooks.WebhookEndpointRequest;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Adds or edits an endpoint: its URL, a note, the switch and the event types as checkboxes (the list
 * the API offers). The API's refusal (not https, an internal address, ...) is shown at the URL.
 * Saving hands the result on: a {@code WebhookSecretDto} for a new endpoint, else the endpoint.
 */
class WebhookEndpointDialog extends Dialog {
    private final TextField url = new TextField();
    private final TextField description = new TextField();
    private final Checkbox enabled = new Checkbox();
    private final CheckboxGroup<String> types = new CheckboxGroup<>();

    WebhookEndpointDialog(StaffBackend backend, String slug, WebhookEndpointDto endpoint, Consumer<Object> saved) {
        setId("webhook-dialog");
        setHeaderTitle(getTranslation(endpoint == null ? "admin.webhooks.add" : "admin.webhooks.edit"));
        url.setId("webhook-url");
        url.setLabel(getTranslation("admin.webhooks.col.url"));
        url.setPlaceholder("https://example.com/kaeru/webhooks");
        url.setWidth("32rem");
        description.setId("webhook-description");
        description.setLabel(getTranslation("admin.webhooks.col.description"));
        description.setMaxLength(200);
        description.setWidth("32rem");
        enabled.setId("webhook-enabled");
        enabled.setLabel(getTranslation("admin.webhooks.enabled"));
        types.setId("webhook-types");
        types.setLabel(getTranslation("admin.webhooks.col.types"));
        List<String> offered = backend.webhooks().eventTypes(slug);
        types.setItems(offered);
        types.setItemLabelGenerator(t -> t + " — " + getTranslation("admin.webhooks.type." + t));
        if (endpoint == null) {
            enabled.setValue(true);
        } else {
            url.setValue(endpoint.url());
            description.setValue(endpoint.description() == null ? "" : endpoint.description());
            enabled.setValue(endpoint.enabled());
            types.setValue(new java.util.LinkedHashSet<>(endpoint.eventTypes()));
        }
        Button save = new Button(getTranslation("admin.webhooks.save"), e -> save(backend, slug, endpoint, saved));
        save.setId("webhook-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        add(new com.vaadin.flow.component.orderedlayout.VerticalLayout(url, description, enabled, types));
        getFooter().add(cancel, save);
    }

    private void save(StaffBackend backend, String slug, WebhookEndpointDto endpoint, Consumer<Object> saved) {
        if (types.getValue().isEmpty()) {
            types.setInvalid(true);
            types.setErrorMessage(getTranslation("admin.webhooks.typesRequired"));
            return;
        }
        types.setInvalid(false);
        List<String> chosen = types.getValue().stream().sorted().toList();
        WebhookEndpointRequest request = new WebhookEndpointRequest(url.getValue().strip(), description.getValue(),
                chosen, enabled.getValue());
        Object[] result = new Object[1];
        java.util.Optional<ApiProblemException> problem = SettingsPage.attempt(() -> result[0] = endpoint == null
                ? backend.webhooks().create(slug, request)
                : backend.webhooks().update(slug, endpoint.id(), request));
        if (problem.isPresent()) {
            url.setInvalid(true);
            url.setErrorMessage(problem.get().problem().detail());
            return;
        }
        close();
        saved.accept(result[0]);
    }
}
