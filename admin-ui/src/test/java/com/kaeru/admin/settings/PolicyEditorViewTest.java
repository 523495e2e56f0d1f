package com.kaeru.admin.settings;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeSettings;
import com.kaeru.api.policy.PolicyPreviewLineDto;
import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.api.problem.Problem;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PolicyEditorViewTest {
    private static final String EDITOR = "shops/sakura-apparel/settings/policy";

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<PolicyRuleDto> rules() {
        return _get(Grid.class, spec -> spec.withId("rules-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PolicyPreviewLineDto> preview() {
        return _get(Grid.class, spec -> spec.withId("preview-grid"));
    }

    private static List<String> names() {
        return GridKt._findAll(rules()).stream().map(r -> r.name).toList();
    }

    /** A row's action button (rendered inside the grid's component column). */
    private static Button action(String id) {
        int row = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
        return (Button) GridKt._getCellComponent(rules(), row, "actions").getChildren()
                .filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private static void tryOrder(String number) {
        _get(TextField.class, spec -> spec.withId("preview-order")).setValue(number);
        _click(_get(Button.class, spec -> spec.withId("preview-run")));
    }

    @Test
    void anUnsavedEditChangesThePreviewAndSaveSendsTheWholeListOnce() {
        Console.start("sakura-manager", "MANAGER");
        FakeSettings backend = Console.settings();
        UI.getCurrent().navigate(EDITOR);
        assertThat(names()).containsExactly("Final sale", "Within 30 days", "After 30 days");

        tryOrder("SA-10001");
        assertThat(GridKt._get(preview(), 0).ruleIndex()).isEqualTo(1);
        assertThat(backend.previews.get(0).rules).hasSize(3);

        // Edit "Within 30 days" down to 14 days: the order (20 days) no longer matches any rule.
        _click(action("rule-edit-1"));
        MockVaadin.clientRoundtrip();
        _get(IntegerField.class, spec -> spec.withId("rule-max-days")).setValue(14);
        _click(_get(Button.class, spec -> spec.withId("rule-apply")));

        PolicyPreviewLineDto line = GridKt._get(preview(), 0);
        assertThat(line.ruleIndex()).isNull();
        assertThat(line.eligibility().outcome()).isEqualTo(PolicyOutcome.NEEDS_REVIEW);
        assertThat(backend.previews.get(backend.previews.size() - 1).rules.get(1).maxDays).isEqualTo(14);
        assertThat(_get(Paragraph.class, spec -> spec.withId("preview-note")).getText()).contains("未保存");
        assertThat(backend.replaced).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("policy-save")));
        assertThat(backend.replaced).hasSize(1);
        assertThat(backend.replaced.get(0).rules).extracting(r -> r.name)
                .containsExactly("Final sale", "Within 30 days", "After 30 days");
        assertThat(backend.replaced.get(0).rules.get(1).maxDays).isEqualTo(14);
        assertThat(_get(Button.class, spec -> spec.withId("policy-save")).isEnabled()).isFalse();
    }

    @Test
    void rulesMoveWithTheArrowsAndTheOrderIsWhatGetsSaved() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate(EDITOR);
        _click(action("rule-down-0"));
        assertThat(names()).containsExactly("Within 30 days", "Final sale", "After 30 days");
        _click(action("rule-up-2"));
        assertThat(names()).containsExactly("Within 30 days", "After 30 days", "Final sale");
        assertThat(action("rule-up-0").isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("policy-save")));
        assertThat(Console.settings().replaced.get(0).rules).extracting(r -> r.name)
                .containsExactly("Within 30 days", "After 30 days", "Final sale");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theDialogRefusesWhatTheBackendWouldAndAddsNothingUntilValid() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate(EDITOR);
        _click(_get(Button.class, spec -> spec.withId("rule-add")));
        MockVaadin.clientRoundtrip();
        _get(TextField.class, spec -> spec.withId("rule-name")).setValue("within 30 DAYS");
        _get(IntegerField.class, spec -> spec.withId("rule-min-days")).setValue(10);
        _get(IntegerField.class, spec -> spec.withId("rule-max-days")).setValue(2);
        _get(IntegerField.class, spec -> spec.withId("rule-customer-returns")).setValue(3);
        _get(IntegerField.class, spec -> spec.withId("rule-restocking-percent")).setValue(120);
        _get(RadioButtonGroup.class, spec -> spec.withId("rule-outcome")).setValue(PolicyOutcome.REJECT);
        _click(_get(Button.class, spec -> spec.withId("rule-apply")));

        assertThat(_get(TextField.class, spec -> spec.withId("rule-name")).getErrorMessage())
                .isEqualTo("同じ名前のルールがすでにあります。");
        assertThat(_get(IntegerField.class, spec -> spec.withId("rule-max-days")).getErrorMessage())
                .isEqualTo("最小値以上にしてください。");
        assertThat(_get(IntegerField.class, spec -> spec.withId("rule-customer-window")).getErrorMessage())
                .isEqualTo("返品回数と日数は両方入力するか、両方空にしてください。");
        // The field's own bound speaks the console's words, not an empty message.
        assertThat(_get(IntegerField.class, spec -> spec.withId("rule-restocking-percent")).getErrorMessage())
                .isEqualTo("0〜100の範囲にしてください。");
        assertThat(_get(TextArea.class, spec -> spec.withId("rule-message-ja")).getErrorMessage())
                .isEqualTo("お客様に理由を伝えてください（日本語または英語）。");
        assertThat(names()).hasSize(3);

        _get(TextField.class, spec -> spec.withId("rule-name")).setValue("Frequent returners");
        _get(IntegerField.class, spec -> spec.withId("rule-max-days")).setValue(20);
        _get(IntegerField.class, spec -> spec.withId("rule-customer-window")).setValue(90);
        _get(IntegerField.class, spec -> spec.withId("rule-restocking-percent")).setValue(10);
        _get(TextArea.class, spec -> spec.withId("rule-message-ja")).setValue("返品が多いため、お受けできません。");
        _click(_get(Button.class, spec -> spec.withId("rule-apply")));
        assertThat(names()).containsExactly("Final sale", "Within 30 days", "After 30 days", "Frequent returners");
        PolicyRuleDto added = GridKt._get(rules(), 3);
        assertThat(added.customerReturnsAtLeast).isEqualTo(3);
        assertThat(added.customerReturnsWindowDays).isEqualTo(90);
        assertThat(added.outcome).isEqualTo(PolicyOutcome.REJECT);
    }

    @SuppressWarnings("unchecked")
    @Test
    void theOutcomeIsChosenFromTheContractsVocabularyAndARejectionMayExplainInEnglishAlone() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate(EDITOR);
        _click(action("rule-edit-2"));
        MockVaadin.clientRoundtrip();
        RadioButtonGroup<PolicyOutcome> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("rule-outcome"));
        assertThat(outcome.getListDataView().getItems().toList()).containsExactly(PolicyOutcome.values());
        assertThat(outcome.getItemLabelGenerator().apply(PolicyOutcome.EXCHANGE_ONLY)).isEqualTo("交換のみ");

        outcome.setValue(PolicyOutcome.REJECT);
        TextArea messageJa = _get(TextArea.class, spec -> spec.withId("rule-message-ja"));
        TextArea messageEn = _get(TextArea.class, spec -> spec.withId("rule-message-en"));
        messageJa.setValue("  ");
        messageEn.setValue("");
        _click(_get(Button.class, spec -> spec.withId("rule-apply")));
        assertThat(messageJa.isInvalid()).as("a rejection without a reason").isTrue();

        // The English message alone is enough: writing it clears the mark on the Japanese one.
        messageEn.setValue("  Too late to return.  ");
        assertThat(messageJa.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("rule-apply")));

        PolicyRuleDto edited = GridKt._get(rules(), 2);
        assertThat(edited.outcome).isEqualTo(PolicyOutcome.REJECT);
        assertThat(edited.messageJa).as("blank is no message").isNull();
        assertThat(edited.messageEn).isEqualTo("Too late to return.");
        assertThat(_find(RuleDialog.class)).as("applied and closed").isEmpty();
    }

    @Test
    void theBackendsFieldProblemsArePinnedToTheirRulesAndNothingIsSaved() {
        Console.start("sakura-manager", "MANAGER");
        Console.settings().refuseNextSave = FakeSettings.validation(422, "リクエストに不正な項目が1件あります。",
                new Problem.FieldError("rules[1].reasonCodes", "返品理由「GONE」は不明です。"));
        UI.getCurrent().navigate(EDITOR);
        _click(action("rule-down-0"));
        _click(_get(Button.class, spec -> spec.withId("policy-save")));

        UnorderedList problems = _get(UnorderedList.class, spec -> spec.withId("policy-problems"));
        assertThat(problems.getElement().getTextRecursively())
                .contains("ルール2（Final sale）の返品理由: 返品理由「GONE」は不明です。");
        assertThat(_get(Button.class, spec -> spec.withId("policy-save")).isEnabled()).isTrue();
        assertThat(Console.settings().replaced).isEmpty();
    }

    @Test
    void removingARuleAsksFirst() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate(EDITOR);
        _click(action("rule-remove-2"));
        MockVaadin.clientRoundtrip();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("rule-remove-dialog"));
        assertThat(names()).hasSize(3);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(names()).containsExactly("Final sale", "Within 30 days");
    }

    @Test
    void peopleWhoMayNotChangeSettingsAreNeitherOfferedTheScreensNorShownThem() {
        Console.start("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate(EDITOR);
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText())
                .isEqualTo("このショップの設定を変更できるのはマネージャーと運営代行の管理者だけです。");
        assertThat(_find(Grid.class, spec -> spec.withId("rules-grid"))).isEmpty();
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-settings"))).isEmpty();
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-audit"))).isEmpty();
        assertThat(Console.settings().previews).isEmpty();
    }

    @Test
    void managersFindTheScreensInTheSideNavigation() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate("shops/sakura-apparel");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-policy")).getPath())
                .isEqualTo("shops/sakura-apparel/settings/policy");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-audit")).getPath())
                .isEqualTo("shops/sakura-apparel/audit");
    }
}
