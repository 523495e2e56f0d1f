package com.kaeru.admin.settings;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kaeru.admin.testing.Console;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShopSettingsViewTest {
    private static final String SETTINGS = "shops/sakura-apparel/settings";

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @Test
    void theColourPreviewFollowsTypingWithReadableTextAndSaveSendsTheBranding() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate(SETTINGS);
        Div preview = _get(Div.class, spec -> spec.withId("brand-preview"));
        assertThat(preview.getStyle().get("background")).isEqualTo("#C2185B");
        assertThat(preview.getStyle().get("color")).isEqualTo("#FFFFFF");

        _get(TextField.class, spec -> spec.withId("brand-color")).setValue("#F5E663");
        assertThat(preview.getStyle().get("background")).isEqualTo("#F5E663");
        assertThat(preview.getStyle().get("color")).isEqualTo("#000000");
        // Half-typed colours leave the preview as it was.
        _get(TextField.class, spec -> spec.withId("brand-color")).setValue("#F5E");
        assertThat(preview.getStyle().get("background")).isEqualTo("#C2185B");

        _get(TextField.class, spec -> spec.withId("brand-color")).setValue("#2f6f5e");
        _get(TextField.class, spec -> spec.withId("brand-name")).setValue("さくらアパレル 本店");
        _click(_get(Button.class, spec -> spec.withId("branding-save")));
        assertThat(Console.settings().brandings).singleElement()
                .satisfies(b -> {
                    assertThat(b.name).isEqualTo("さくらアパレル 本店");
                    assertThat(b.brandColor).isEqualTo("#2f6f5e");
                });
    }

    @Test
    void anUploadedLogoGoesToTheBackendAndShowsInThePreviewRemovingAsksFirst() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate(SETTINGS);
        ShopSettingsView view = _get(ShopSettingsView.class);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        view.uploadLogo(png);
        assertThat(Console.settings().logos).containsExactly(png);
        Image logo = _get(Image.class, spec -> spec.withId("brand-preview-logo"));
        assertThat(logo.isVisible()).isTrue();
        assertThat(logo.getSrc()).isEqualTo("/api/v1/portal/shops/sakura-apparel/logo/0123456789abcdef");

        _click(_get(Button.class, spec -> spec.withId("logo-remove")));
        MockVaadin.clientRoundtrip();
        assertThat(logo.isVisible()).isTrue();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("logo-remove-dialog")));
        assertThat(logo.isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    @Test
    void settingsAreSavedTogetherAndTheBackendsRefusalLandsOnItsField() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate(SETTINGS);
        _get(CheckboxGroup.class, spec -> spec.withId("languages")).setValue(Set.of("en"));
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        Select<String> defaultLanguage = _get(Select.class, spec -> spec.withId("default-language"));
        assertThat(defaultLanguage.isInvalid()).isTrue();
        assertThat(defaultLanguage.getErrorMessage()).isEqualTo("既定の言語は提供する言語のいずれかにしてください。");

        defaultLanguage.setValue("en");
        _get(IntegerField.class, spec -> spec.withId("refund-deadline")).setValue(48);
        _get(Select.class, spec -> spec.withId("window-anchor")).setValue("SHIPMENT");
        _get(CheckboxGroup.class, spec -> spec.withId("return-methods")).setValue(Set.of("PICKUP", "PREPAID_LABEL"));
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        assertThat(defaultLanguage.isInvalid()).isFalse();
        var sent = Console.settings().settingsUpdates.get(1);
        assertThat(sent.languages).containsExactly("en");
        assertThat(sent.refundDeadlineHours).isEqualTo(48);
        assertThat(sent.returnWindowAnchor).isEqualTo("SHIPMENT");
        // The shop's order of preference is kept.
        assertThat(sent.returnMethods).containsExactly("PREPAID_LABEL", "PICKUP");
    }
}
