package com.kaeru.admin.settings;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.WindowAnchor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
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
        _get(Select.class, spec -> spec.withId("window-anchor")).setValue(WindowAnchor.SHIPMENT);
        _get(CheckboxGroup.class, spec -> spec.withId("return-methods"))
                .setValue(Set.of(ReturnMethod.PICKUP, ReturnMethod.PREPAID_LABEL));
        _get(CheckboxGroup.class, spec -> spec.withId("refund-methods"))
                .setValue(Set.of(RefundMethod.GIFT_CODE, RefundMethod.ORIGINAL_PAYMENT));
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        assertThat(defaultLanguage.isInvalid()).isFalse();
        var sent = Console.settings().settingsUpdates.get(1);
        assertThat(sent.languages).containsExactly("en");
        assertThat(sent.refundDeadlineHours).isEqualTo(48);
        assertThat(sent.returnWindowAnchor).isEqualTo(WindowAnchor.SHIPMENT);
        // The shop's order of preference is kept.
        assertThat(sent.returnMethods).containsExactly(ReturnMethod.PREPAID_LABEL, ReturnMethod.PICKUP);
        assertThat(sent.refundMethods).containsExactly(RefundMethod.ORIGINAL_PAYMENT, RefundMethod.GIFT_CODE);
    }

    @Test
    void aProposedApprovalLimitWaitsForAnotherManagerWhoApprovesItTheProposerCanOnlyWithdraw() {
        Console.start("sakura-manager", "MANAGER");
        Console.settings().proposer = "sakura-manager";
        Console.settings().proposeApprovalLimit("sakura-apparel", new com.kaeru.api.settings.ApprovalLimitProposal(90_000));
        UI.getCurrent().navigate(SETTINGS);
        Div pending = _get(Div.class, spec -> spec.withId("approval-limit-pending"));
        assertThat(pending.isVisible()).isTrue();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("approval-limit-pending-text"))
                .getText()).contains("90,000").contains("sakura-manager");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                spec -> spec.withId("approval-limit-approve"))).as("the proposer cannot approve").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("approval-limit-reject")));
        assertThat(Console.settings().limitDecisions).containsExactly("reject 41");
        assertThat(pending.isVisible()).isFalse();
        Console.stop();

        Console.start("other-manager", "MANAGER");
        Console.settings().proposer = "sakura-manager";
        Console.settings().proposeApprovalLimit("sakura-apparel", new com.kaeru.api.settings.ApprovalLimitProposal(90_000));
        UI.getCurrent().navigate(SETTINGS);
        _click(_get(Button.class, spec -> spec.withId("approval-limit-approve")));
        assertThat(Console.settings().limitDecisions).containsExactly("approve 41");
        assertThat(_get(IntegerField.class, spec -> spec.withId("approval-limit")).getValue()).isEqualTo(90_000);
        assertThat(_get(ShopSettingsView.class).pendingLimit.isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theRefundMethodsOfferedAreTickedAndLabelledInTheStaffsLanguage() {
        Console.start("sakura-manager", "MANAGER");
        Console.settings().settings = new com.kaeru.api.settings.ShopSettingsDto("ja", java.util.List.of("ja"), 24,
                30_000, WindowAnchor.DELIVERY, java.util.List.of(ReturnMethod.PREPAID_LABEL),
                java.util.List.of(ReturnMethod.PREPAID_LABEL, ReturnMethod.DROP_OFF, ReturnMethod.PICKUP),
                java.util.List.of(RefundMethod.STORE_CREDIT), java.util.List.of(RefundMethod.ORIGINAL_PAYMENT,
                RefundMethod.STORE_CREDIT, RefundMethod.GIFT_CODE), "JPY", "Asia/Tokyo");
        UI.getCurrent().navigate(SETTINGS);
        CheckboxGroup<RefundMethod> refunds = _get(CheckboxGroup.class, spec -> spec.withId("refund-methods"));
        assertThat(refunds.getValue()).containsExactly(RefundMethod.STORE_CREDIT);
        assertThat(refunds.getItemLabelGenerator().apply(RefundMethod.GIFT_CODE)).isEqualTo("ギフトコード");
        // None ticked: the backend's field error lands on the group.
        refunds.setValue(Set.of());
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        assertThat(refunds.isInvalid()).isTrue();
        assertThat(refunds.getErrorMessage()).isEqualTo("空要素は許可されていません");
    }

    @Test
    void theReturnAddressIsShownInJapaneseOrderAndSavedWithTheBackendsFieldErrorsInPlace() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate(SETTINGS);
        FormLayout form = _get(FormLayout.class, spec -> spec.withId("return-address"));
        // 〒, prefecture, city, block and building, then the recipient and the phone: how the label prints it.
        assertThat(form.getChildren().map(c -> c.getId().orElse("")).toList()).containsExactly("address-postal-code",
                "address-prefecture", "address-city", "address-line", "address-recipient", "address-phone");
        TextField postalCode = _get(TextField.class, spec -> spec.withId("address-postal-code"));
        TextField recipient = _get(TextField.class, spec -> spec.withId("address-recipient"));
        assertThat(postalCode.getValue()).isEqualTo("272-0127");
        assertThat(_get(ComboBox.class, spec -> spec.withId("address-prefecture")).getValue()).isEqualTo("千葉県");
        assertThat(recipient.getValue()).isEqualTo("さくらアパレル 返品センター");

        postalCode.setValue("27-0127");
        recipient.setValue(" ");
        _click(_get(Button.class, spec -> spec.withId("address-save")));
        assertThat(postalCode.isInvalid()).isTrue();
        assertThat(postalCode.getErrorMessage()).isEqualTo("郵便番号は 123-4567 の形式で入力してください");
        assertThat(recipient.isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("address-city")).isInvalid()).isFalse();

        postalCode.setValue("5590034");
        _get(ComboBox.class, spec -> spec.withId("address-prefecture")).setValue("大阪府");
        _get(TextField.class, spec -> spec.withId("address-city")).setValue("大阪市住之江区南港北");
        _get(TextField.class, spec -> spec.withId("address-line")).setValue("1-5-9 南港物流センターB棟");
        recipient.setValue("さくらアパレル 西日本返品センター");
        _get(TextField.class, spec -> spec.withId("address-phone")).setValue("");
        _click(_get(Button.class, spec -> spec.withId("address-save")));
        assertThat(postalCode.isInvalid()).isFalse();
        assertThat(recipient.isInvalid()).isFalse();
        var sent = Console.settings().addressUpdates.get(1);
        assertThat(sent.prefecture).isEqualTo("大阪府");
        assertThat(sent.addressLine).isEqualTo("1-5-9 南港物流センターB棟");
        assertThat(sent.phone).isNull();
        // What the backend answered is shown: the postal code normalised.
        assertThat(postalCode.getValue()).isEqualTo("559-0034");
        NotificationsKt.expectNotifications("返送先住所を保存しました。新しいラベルから反映されます。");
    }
}
