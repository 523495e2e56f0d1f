package com.kaeru.admin.settings;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.webhooks.WebhookEndpointDto;
import com.kaeru.api.webhooks.WebhookSecretDto;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/settings/webhooks}: where the shop's events are sent (Standard
 * Webhooks). Endpoints are added and edited in {@link WebhookEndpointDialog}; a new or rotated
 * secret is shown once ({@link WebhookSecretDialog}); each endpoint's attempts, with replay, are in
 * {@link WebhookAttemptsDialog}.
 */
@Route(value = "shops/:shop/settings/webhooks", layout = MainLayout.class)
public class WebhooksView extends SettingsPage {
    private final H1 title = new H1();
    private final Paragraph help = new Paragraph();
    private final Button add = new Button();
    private final Grid<WebhookEndpointDto> grid = new Grid<>();

    @Inject
    public WebhooksView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("webhooks-view");
        setSizeFull();
        add.setId("webhook-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(null));
        grid.setId("webhooks-grid");
        grid.addColumn(WebhookEndpointDto::url).setKey("url").setFlexGrow(2);
        grid.addColumn(WebhookEndpointDto::description).setKey("description").setAutoWidth(true);
        grid.addColumn(w -> String.join(", ", w.eventTypes())).setKey("types").setFlexGrow(2);
        grid.addComponentColumn(this::status).setKey("status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
    }

    @Override
    protected String titleKey() {
        return "admin.webhooks.title";
    }

    @Override
    protected void build() {
        refresh();
        add(title, help, add, grid);
        setFlexGrow(1, grid);
        texts();
    }

    void refresh() {
        grid.setItems(backend.webhooks().list(context.slug()));
    }

    private Span status(WebhookEndpointDto w) {
        String key = w.enabled() ? "admin.webhooks.enabled"
                : "admin.webhooks.disabled." + (w.disabledReason() == null ? "MANUAL" : w.disabledReason());
        Span badge = new Span(getTranslation(key));
        badge.setId("webhook-status-" + w.id());
        badge.getElement().getThemeList().add(w.enabled() ? "badge success" : "badge error");
        if (w.rotationEndsAt() != null) {
            badge.setTitle(getTranslation("admin.webhooks.rotating", context.formats().dateTime(w.rotationEndsAt())));
        }
        return badge;
    }

    private HorizontalLayout actions(WebhookEndpointDto w) {
        Button edit = small("admin.webhooks.edit", "webhook-edit-" + w.id(), () -> edit(w));
        Button test = small("admin.webhooks.test", "webhook-test-" + w.id(), () -> {
            backend.webhooks().test(context.slug(), w.id());
            saved("admin.webhooks.testQueued");
        });
        Button attempts = small("admin.webhooks.attempts", "webhook-attempts-" + w.id(),
                () -> new WebhookAttemptsDialog(backend, context, w).open());
        Button rotate = small("admin.webhooks.rotate", "webhook-rotate-" + w.id(), () -> confirmRotate(w));
        Button delete = small("admin.webhooks.delete", "webhook-delete-" + w.id(), () -> confirmDelete(w));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, test, attempts, rotate, delete);
    }

    private Button small(String key, String id, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private void edit(WebhookEndpointDto endpoint) {
        new WebhookEndpointDialog(backend, context.slug(), endpoint, saved -> {
            refresh();
            if (saved instanceof WebhookSecretDto created) {
                new WebhookSecretDialog(created).open();
            } else {
                saved("admin.webhooks.saved");
            }
        }).open();
    }

    private void confirmRotate(WebhookEndpointDto w) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("webhook-rotate-dialog");
        confirm.setHeader(getTranslation("admin.webhooks.rotate.title"));
        confirm.setText(getTranslation("admin.webhooks.rotate.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.webhooks.rotate"));
        confirm.addConfirmListener(e -> {
            WebhookSecretDto rotated = backend.webhooks().rotate(context.slug(), w.id(),
                    new com.kaeru.api.webhooks.WebhookRotationRequest(24));
            refresh();
            new WebhookSecretDialog(rotated).open();
        });
        confirm.open();
    }

    private void confirmDelete(WebhookEndpointDto w) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("webhook-delete-dialog");
        confirm.setHeader(getTranslation("admin.webhooks.delete.title", w.url()));
        confirm.setText(getTranslation("admin.webhooks.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.webhooks.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            backend.webhooks().delete(context.slug(), w.id());
            refresh();
            saved("admin.webhooks.deleted");
        });
        confirm.open();
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.webhooks.title"));
        help.setText(getTranslation("admin.webhooks.help"));
        add.setText(getTranslation("admin.webhooks.add"));
        grid.getColumnByKey("url").setHeader(getTranslation("admin.webhooks.col.url"));
        grid.getColumnByKey("description").setHeader(getTranslation("admin.webhooks.col.description"));
        grid.getColumnByKey("types").setHeader(getTranslation("admin.webhooks.col.types"));
        grid.getColumnByKey("status").setHeader(getTranslation("admin.webhooks.col.status"));
        grid.getColumnByKey("actions").setHeader("");
    }
}
