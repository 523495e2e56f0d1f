package com.kaeru.admin.settings;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.api.webhooks.WebhookAttemptDto;
import com.kaeru.api.webhooks.WebhookEndpointDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhooksViewTest {
    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<WebhookEndpointDto> endpoints() {
        return _get(Grid.class, spec -> spec.withId("webhooks-grid"));
    }

    /** A button of the first endpoint's row (grid cells are not in Karibu's component tree). */
    private static Button action(String id) {
        return _get(GridKt._getCellComponent(endpoints(), 0, "actions"), Button.class, spec -> spec.withId(id));
    }

    private static void addEndpoint(String url) {
        _click(_get(Button.class, spec -> spec.withId("webhook-add")));
        _get(TextField.class, spec -> spec.withId("webhook-url")).setValue(url);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> types = _get(CheckboxGroup.class, spec -> spec.withId("webhook-types"));
        types.setValue(Set.of("return.approved", "refund.issued"));
        _click(_get(Button.class, spec -> spec.withId("webhook-save")));
        MockVaadin.clientRoundtrip();
    }

    @Test
    void aManagerAddsAnEndpointSeesTheSecretOnceAndTheServersRefusalAtTheUrl() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate("shops/sakura-apparel/settings/webhooks");

        _click(_get(Button.class, spec -> spec.withId("webhook-add")));
        _click(_get(Button.class, spec -> spec.withId("webhook-save")));
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> types = _get(CheckboxGroup.class, spec -> spec.withId("webhook-types"));
        assertThat(types.isInvalid()).isTrue();
        assertThat(Console.webhooks().endpoints).isEmpty();
        _get(TextField.class, spec -> spec.withId("webhook-url")).setValue("http://shop.example.com/hook");
        types.setValue(Set.of("stock.changed"));
        _click(_get(Button.class, spec -> spec.withId("webhook-save")));
        TextField url = _get(TextField.class, spec -> spec.withId("webhook-url"));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).contains("https");
        _get(Dialog.class, spec -> spec.withId("webhook-dialog")).close();
        MockVaadin.clientRoundtrip();

        addEndpoint("https://shop.example.com/hook");
        assertThat(_get(TextField.class, spec -> spec.withId("webhook-secret")).getValue()).isEqualTo("whsec_SECRET1");
        _click(_get(Button.class, spec -> spec.withId("webhook-secret-done")));
        MockVaadin.clientRoundtrip();
        assertThat(_find(Dialog.class, spec -> spec.withId("webhook-secret-dialog"))).isEmpty();
        assertThat(Console.webhooks().endpoints).singleElement()
                .satisfies(e -> assertThat(e.eventTypes()).containsExactly("refund.issued", "return.approved"));
        assertThat(GridKt._size(endpoints())).isEqualTo(1);
        assertThat(((com.vaadin.flow.component.html.Span) GridKt._getCellComponent(endpoints(), 0, "status")).getText())
                .isEqualTo("有効");
    }

    @Test
    void rotatingShowsTheNewSecretAndTheAttemptsLogReplays() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate("shops/sakura-apparel/settings/webhooks");
        addEndpoint("https://shop.example.com/hook");
        _click(_get(Button.class, spec -> spec.withId("webhook-secret-done")));

        _click(action("webhook-rotate-1"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("webhook-rotate-dialog")));
        MockVaadin.clientRoundtrip();
        assertThat(_get(TextField.class, spec -> spec.withId("webhook-secret")).getValue()).isEqualTo("whsec_SECRET2");
        _click(_get(Button.class, spec -> spec.withId("webhook-secret-done")));

        _click(action("webhook-test-1"));
        assertThat(Console.webhooks().tests).containsExactly(1L);

        _click(action("webhook-attempts-1"));
        MockVaadin.clientRoundtrip();
        @SuppressWarnings("unchecked")
        Grid<WebhookAttemptDto> attempts = _get(Grid.class, spec -> spec.withId("webhook-attempts-grid"));
        assertThat(GridKt._getFormattedRow(attempts, 0)).contains("2026/12/04 12:00", "return.approved", "500", "1,234 ms", "再試行待ち · イベント");
        _click(_get(GridKt._getCellComponent(attempts, 0, "replay"), Button.class,
                spec -> spec.withId("webhook-replay-10")));
        assertThat(Console.webhooks().replayed).containsExactly(10L);
    }

    @Test
    void deletingAsksFirst() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate("shops/sakura-apparel/settings/webhooks");
        addEndpoint("https://shop.example.com/hook");
        _click(_get(Button.class, spec -> spec.withId("webhook-secret-done")));
        _click(action("webhook-delete-1"));
        assertThat(Console.webhooks().deleted).isEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("webhook-delete-dialog")));
        assertThat(Console.webhooks().deleted).containsExactly(1L);
    }
}
