package com.kaeru.admin.settings;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.webhooks.WebhookAttemptDto;
import com.kaeru.api.webhooks.WebhookEndpointDto;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * An endpoint's latest attempts: when, which message, the answer and how long it took; a row opens
 * to the request headers and body and the answer's start. Replay sends the message again with the
 * same webhook-id.
 */
class WebhookAttemptsDialog extends Dialog {
    private final Grid<WebhookAttemptDto> grid = new Grid<>();
    private final StaffBackend backend;
    private final ShopContext context;
    private final WebhookEndpointDto endpoint;

    WebhookAttemptsDialog(StaffBackend backend, ShopContext context, WebhookEndpointDto endpoint) {
        this.backend = backend;
        this.context = context;
        this.endpoint = endpoint;
        setId("webhook-attempts-dialog");
        setHeaderTitle(getTranslation("admin.webhooks.attempts.title", endpoint.url()));
        setWidth("90vw");
        grid.setId("webhook-attempts-grid");
        grid.addColumn(a -> context.formats().dateTime(a.attemptedAt()))
                .setHeader(getTranslation("admin.webhooks.attempts.at")).setKey("at").setAutoWidth(true);
        grid.addColumn(WebhookAttemptDto::eventType).setHeader(getTranslation("admin.webhooks.attempts.type"))
                .setKey("type").setAutoWidth(true);
        grid.addColumn(a -> a.responseStatus() == null ? "—" : Integer.toString(a.responseStatus()))
                .setHeader(getTranslation("admin.webhooks.attempts.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(a -> getTranslation("admin.webhooks.attempts.ms", a.latencyMs()))
                .setHeader(getTranslation("admin.webhooks.attempts.latency")).setKey("latency").setAutoWidth(true);
        grid.addColumn(a -> getTranslation("admin.webhooks.delivery." + a.deliveryStatus()) + " · "
                        + getTranslation("admin.webhooks.kind." + a.kind()))
                .setHeader(getTranslation("admin.webhooks.attempts.delivery")).setKey("delivery").setAutoWidth(true);
        grid.addComponentColumn(this::replayButton).setKey("replay").setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(a -> new Pre(a.requestHeaders() + "\n\n" + a.requestBody()
                + "\n\n→ " + (a.responseStatus() == null ? a.error() : a.responseStatus() + "\n" + nonNull(a.responseExcerpt())))));
        Button refresh = new Button(getTranslation("admin.webhooks.attempts.refresh"), e -> refresh());
        refresh.setId("webhook-attempts-refresh");
        Button close = new Button(getTranslation("admin.close"), e -> close());
        add(grid);
        getFooter().add(refresh, close);
        refresh();
    }

    private Button replayButton(WebhookAttemptDto attempt) {
        Button replay = new Button(getTranslation("admin.webhooks.replay"), e -> {
            backend.webhooks().replay(context.slug(), endpoint.id(), attempt.id());
            Notification.show(getTranslation("admin.webhooks.replayed", attempt.messageId()), 3000,
                    Notification.Position.BOTTOM_START);
            refresh();
        });
        replay.setId("webhook-replay-" + attempt.id());
        replay.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return replay;
    }

    private void refresh() {
        grid.setItems(backend.webhooks().attempts(context.slug(), endpoint.id(), 50));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
