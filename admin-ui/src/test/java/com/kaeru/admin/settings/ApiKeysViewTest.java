package com.kaeru.admin.settings;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.kaeru.api.keys.ApiKeyDto;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kaeru.admin.testing.Console;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiKeysViewTest {
    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @Test
    void aNewKeyIsShownOnceAndRevokingAsksFirst() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate("shops/sakura-apparel/settings/api-keys");
        _click(_get(Button.class, spec -> spec.withId("key-create")));
        assertThat(_get(TextField.class, spec -> spec.withId("key-name")).isInvalid()).isTrue();

        _get(TextField.class, spec -> spec.withId("key-name")).setValue("楽天RMS連携");
        _click(_get(Button.class, spec -> spec.withId("key-create")));
        MockVaadin.clientRoundtrip();
        assertThat(_get(TextField.class, spec -> spec.withId("key-secret")).getValue()).isEqualTo("kaeru_ab12cd34_SECRET");
        _click(_get(Button.class, spec -> spec.withId("key-done")));
        MockVaadin.clientRoundtrip();
        assertThat(_find(Dialog.class, spec -> spec.withId("key-created-dialog"))).isEmpty();

        @SuppressWarnings("unchecked")
        Grid<ApiKeyDto> keys = _get(Grid.class, spec -> spec.withId("keys-grid"));
        _click((Button) GridKt._getCellComponent(keys, 0, "status"));
        MockVaadin.clientRoundtrip();
        assertThat(Console.settings().revoked).isEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("key-revoke-dialog")));
        assertThat(Console.settings().revoked).containsExactly("ab12cd34");
    }
}
