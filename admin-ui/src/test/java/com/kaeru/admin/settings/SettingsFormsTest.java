package com.kaeru.admin.settings;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeSettings;
import com.kaeru.api.problem.Problem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The settings forms' Binders: what they refuse before anything is sent, in both languages. */
class SettingsFormsTest {
    private static final String SETTINGS = "shops/sakura-apparel/settings";

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @Test
    void theBrandingBinderRefusesABadColourInJapaneseAndEnglishAndSendsNothing() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate(SETTINGS);
        TextField color = _get(TextField.class, spec -> spec.withId("brand-color"));
        TextField name = _get(TextField.class, spec -> spec.withId("brand-name"));
        color.setValue("#12345G");
        name.setValue("");
        _click(_get(Button.class, spec -> spec.withId("branding-save")));
        assertThat(Console.settings().brandings).isEmpty();
        assertThat(color.isInvalid()).isTrue();
        assertThat(color.getErrorMessage()).isEqualTo("色は #RRGGBB の形式で入力してください（例: #2F6F5E）。");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("入力してください。");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withId("branding-save")));
        assertThat(color.getErrorMessage()).isEqualTo("A colour as #RRGGBB, e.g. #2F6F5E.");
        assertThat(Console.settings().brandings).isEmpty();

        color.setValue("#2F6F5E");
        name.setValue("Sakura");
        _click(_get(Button.class, spec -> spec.withId("branding-save")));
        assertThat(color.isInvalid()).isFalse();
        assertThat(Console.settings().brandings).singleElement().satisfies(b -> assertThat(b.name).isEqualTo("Sakura"));
    }

    @Test
    void theOperationsBinderRefusesADeadlineOutOfRangeAndAMissingLimit() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate(SETTINGS);
        IntegerField deadline = _get(IntegerField.class, spec -> spec.withId("refund-deadline"));
        IntegerField limit = _get(IntegerField.class, spec -> spec.withId("approval-limit"));
        deadline.setValue(721);
        limit.clear();
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        assertThat(Console.settings().settingsUpdates).isEmpty();
        assertThat(deadline.getErrorMessage()).isEqualTo("1〜720 時間の範囲で入力してください。");
        assertThat(limit.isInvalid()).isTrue();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        limit.setValue(-1);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        assertThat(deadline.getErrorMessage()).isEqualTo("Between 1 and 720 hours.");
        assertThat(limit.getErrorMessage()).isEqualTo("Zero or more.");
        assertThat(Console.settings().settingsUpdates).isEmpty();
    }

    @Test
    void aReasonNeedsBothLabelsAndTheBackendsFieldErrorLandsOnItsFieldWithTheDialogOpen() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate(SETTINGS + "/reasons");
        _click(_get(Button.class, spec -> spec.withId("reason-add")));
        _get(TextField.class, spec -> spec.withId("reason-code")).setValue(" COLOUR ");
        TextField labelJa = _get(TextField.class, spec -> spec.withId("reason-label-ja"));
        TextField labelEn = _get(TextField.class, spec -> spec.withId("reason-label-en"));
        labelJa.setValue("色が違う");
        labelEn.setValue("  ");
        _click(_get(Button.class, spec -> spec.withId("reason-save")));
        assertThat(Console.settings().reasonUpdates).isEmpty();
        assertThat(labelEn.isInvalid()).isTrue();
        assertThat(labelJa.isInvalid()).isFalse();

        labelEn.setValue("Wrong colour");
        Console.settings().reasonRefusal = FakeSettings.validation(400, "The request has 1 invalid field(s).",
                new Problem.FieldError("labelEn", "同じ表示名の理由があります"));
        _click(_get(Button.class, spec -> spec.withId("reason-save")));
        assertThat(labelEn.isInvalid()).isTrue();
        assertThat(labelEn.getErrorMessage()).isEqualTo("同じ表示名の理由があります");
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("reason-dialog"));
        assertThat(dialog.isOpened()).isTrue();

        Console.settings().reasonRefusal = null;
        _click(_get(Button.class, spec -> spec.withId("reason-save")));
        assertThat(Console.settings().reasonUpdates).containsExactly("COLOUR 色が違う / Wrong colour");
        assertThat(dialog.isOpened()).isFalse();
        NotificationsKt.expectNotifications("理由 COLOUR を保存しました。");
    }
}
