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
import com.kaeru.api.policy.BlocklistEntryDto;
import com.kaeru.api.policy.PolicyDto;
import com.kaeru.api.policy.PolicyPreviewLineDto;
import com.kaeru.api.policy.PolicyRuleDto;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlocklistViewTest {
    private static final String VIEW = "shops/sakura-apparel/settings/blocklist";

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<BlocklistEntryDto> grid() {
        return _get(Grid.class, spec -> spec.withId("blocklist-grid"));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void add(String contact, String reason) {
        field("blocklist-contact").setValue(contact);
        field("blocklist-reason").setValue(reason);
        _click(_get(Button.class, spec -> spec.withId("blocklist-add")));
    }

    @Test
    void managerAddsAnEmailAndAPhoneSeesTheBackendsProblemsBesideTheFieldAndRemovesAfterConfirming() {
        Console.start("sakura-manager", "MANAGER");
        FakeSettings backend = Console.settings();
        UI.getCurrent().navigate(VIEW);
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-blocklist")).getLabel()).isEqualTo("ブロックリスト");

        // Nothing typed: said beside the fields, nothing sent.
        _click(_get(Button.class, spec -> spec.withId("blocklist-add")));
        assertThat(field("blocklist-contact").isInvalid()).isTrue();
        assertThat(field("blocklist-reason").getErrorMessage()).isEqualTo("登録する理由を入力してください。");
        assertThat(backend.blocklistAdds).isEmpty();

        add("Hanako@Example.jp", "着用済みの返品が続く");
        assertThat(backend.blocklistAdds.get(0).email).isEqualTo("Hanako@Example.jp");
        assertThat(backend.blocklistAdds.get(0).phone).isNull();
        assertThat(GridKt._findAll(grid())).extracting(BlocklistEntryDto::email).containsExactly("hanako@example.jp");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("hanako@example.jp", "メール", "着用済みの返品が続く",
                "sakura-manager");
        assertThat(field("blocklist-contact").getValue()).isEmpty();

        // The backend's refusals go beside the field: already listed (409), not an address (422).
        add("HANAKO@example.jp", "もう一度");
        assertThat(field("blocklist-contact").isInvalid()).isTrue();
        assertThat(field("blocklist-contact").getErrorMessage()).contains("すでにブロックリストに登録されています");
        add("nope", "x");
        assertThat(field("blocklist-contact").getErrorMessage()).isEqualTo("「nope」はメールアドレスではありません。");
        assertThat(GridKt._size(grid())).isEqualTo(1);

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> kind = _get(RadioButtonGroup.class, spec -> spec.withId("blocklist-kind"));
        kind.setValue(BlocklistView.PHONE);
        assertThat(field("blocklist-contact").getLabel()).isEqualTo("電話番号");
        add("090-1234-5678", "受取拒否");
        assertThat(backend.blocklistAdds.get(backend.blocklistAdds.size() - 1).phone).isEqualTo("090-1234-5678");
        assertThat(GridKt._get(grid(), 0).phone()).isEqualTo("09012345678");

        // Removing asks first; cancelling keeps the entry.
        long phoneId = GridKt._get(grid(), 0).id();
        _click((Button) GridKt._getCellComponent(grid(), 0, "actions"));
        MockVaadin.clientRoundtrip();
        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("blocklist-remove-dialog")).getElement()
                .getProperty("header")).contains("09012345678");
        assertThat(backend.blocklistRemovals).isEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("blocklist-remove-dialog")));
        assertThat(backend.blocklistRemovals).containsExactly(phoneId);
        assertThat(GridKt._findAll(grid())).extracting(BlocklistEntryDto::email).containsExactly("hanako@example.jp");
    }

    @Test
    void peopleWhoMayNotChangeSettingsGetARefusalAndNoMenuEntry() {
        Console.start("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate(VIEW);
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText()).isNotBlank();
        assertThat(_find(Grid.class, spec -> spec.withId("blocklist-grid"))).isEmpty();
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-blocklist"))).isEmpty();
        assertThat(Console.settings().blocklistAdds).isEmpty();
    }

    @Test
    void thePolicyPreviewSaysWhenTheBlocklistDecided() {
        Console.start("sakura-manager", "MANAGER");
        FakeSettings backend = Console.settings();
        PolicyRuleDto listed = FakeSettings.rule("ブロックリスト", null, null, "NEEDS_REVIEW", null);
        listed.blocklisted = true;
        backend.policy = new PolicyDto(false, List.of(listed, FakeSettings.rule("30日以内", 0, 30, "AUTO_APPROVE", null)));
        UI.getCurrent().navigate(VIEW);
        add("hanako@example.jp", "テスト");

        UI.getCurrent().navigate("shops/sakura-apparel/settings/policy");
        _get(TextField.class, spec -> spec.withId("preview-order")).setValue("SA-10001");
        _click(_get(Button.class, spec -> spec.withId("preview-run")));
        @SuppressWarnings("unchecked")
        Grid<PolicyPreviewLineDto> preview = _get(Grid.class, spec -> spec.withId("preview-grid"));
        assertThat(GridKt._get(preview, 0).decidedByBlocklist()).isTrue();
        Component verdict = GridKt._getCellComponent(preview, 0, "verdict");
        assertThat(verdict.getChildren().filter(c -> c.getId().filter("preview-blocklist-1"::equals).isPresent())
                .map(c -> ((Span) c).getText()).toList()).containsExactly("ブロックリストにより判定");
        assertThat(_get(Paragraph.class, spec -> spec.withId("preview-note")).getText())
                .contains("このお客様はブロックリストに登録されています。");

        // Off the list, the dates decide again and nothing mentions the blocklist.
        backend.blocklist.clear();
        _click(_get(Button.class, spec -> spec.withId("preview-run")));
        assertThat(GridKt._get(preview, 0).decidedByBlocklist()).isFalse();
        assertThat(GridKt._get(preview, 0).ruleIndex()).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("preview-note")).getText()).doesNotContain("ブロックリスト");
    }
}
