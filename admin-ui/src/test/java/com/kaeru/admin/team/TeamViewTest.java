package com.kaeru.admin.team;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.admin.testing.FakeTeam;
import com.kaeru.api.team.TeamMemberDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TeamViewTest {
    private static final Set<String> MANAGER = Set.of("VIEW_SHOP", "PROCESS_RETURNS", "VIEW_REPORTS",
            "APPROVE_REFUNDS", "MANAGE_SETTINGS", "MANAGE_TEAM", "IMPORT_DATA");
    private FakeTeam team;

    private void startAsManager() {
        team = new FakeTeam("sakura-manager");
        team.add("sakura-manager", "健", "鈴木", "MANAGER");
        team.add("sakura-operator", "花子", "佐藤", "OPERATOR");
        team.add("sakura-analyst", "美咲", "高橋", "ANALYST");
        Console.start("sakura-manager", "MANAGER", MANAGER, List.of(), new FakeReturns("sakura-manager"), team);
        UI.getCurrent().navigate("shops/sakura-apparel/team");
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TeamMemberDto> grid() {
        return _get(Grid.class, spec -> spec.withId("team-grid"));
    }

    /** The component in {@code key}'s column of the person's row (cell components live outside the tree). */
    private static com.vaadin.flow.component.Component cell(String username, String key) {
        List<TeamMemberDto> rows = grid().getListDataView().getItems().toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).username().equals(username)) {
                return GridKt._getCellComponent(grid(), i, key);
            }
        }
        throw new AssertionError(username + " is not in the team grid");
    }

    private static List<String> usernames() {
        return grid().getListDataView().getItems().map(TeamMemberDto::username).toList();
    }

    @SuppressWarnings("unchecked")
    private static Select<String> role(String username) {
        Select<String> select = (Select<String>) cell(username, "role");
        assertThat(select.getId()).hasValue("role-" + username);
        return select;
    }

    @Test
    void managerSeesThePeopleWithTheirRolesInJapaneseNameOrder() {
        startAsManager();

        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThat(GridKt._getCellComponent(grid(), 0, "name").getElement().getTextRecursively())
                .isEqualTo("鈴木 健あなた");
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("sakura-operator@example.jp");
        assertThat(role("sakura-operator").getValue()).isEqualTo("OPERATOR");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-team")).getLabel()).isEqualTo("チーム");
    }

    @Test
    void peopleWithoutTeamRightsGetNoTeamEntryAndTheBackendsRefusal() {
        team = new FakeTeam("sakura-operator");
        team.manageable.clear();
        Console.start("sakura-operator", "OPERATOR", Set.of("VIEW_SHOP", "PROCESS_RETURNS"), List.of(),
                new FakeReturns("sakura-operator"), team);
        UI.getCurrent().navigate("shops/sakura-apparel/team");

        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-team"))).isEmpty();
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-returns"))).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText()).contains("MANAGE_TEAM");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void invitingAPersonAddsThemAndSaysTheEmailWentOut() {
        startAsManager();
        _click(_get(Button.class, spec -> spec.withId("invite")));
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue("new.staff@example.jp");
        _get(TextField.class, spec -> spec.withId("invite-last-name")).setValue("山田");
        _get(TextField.class, spec -> spec.withId("invite-first-name")).setValue("太郎");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));

        assertThat(team.calls).contains("invite new.staff@example.jp OPERATOR");
        assertThat(GridKt._size(grid())).isEqualTo(4);
        NotificationsKt.expectNotifications("山田 太郎 さんを招待しました。パスワード設定用のメールを new.staff@example.jp に送信しました。");
        assertThat(_find(Button.class, spec -> spec.withId("invite-send"))).isEmpty();
    }

    @Test
    void whenNoEmailCouldBeSentNobodyIsAddedAndNoPasswordIsShown() {
        startAsManager();
        team.mailWorks = false;
        _click(_get(Button.class, spec -> spec.withId("invite")));
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue("temp@example.jp");
        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withId("invite-role")), "ANALYST", true);
        _click(_get(Button.class, spec -> spec.withId("invite-send")));

        assertThat(team.calls).contains("invite temp@example.jp ANALYST");
        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThat(_find(Span.class, spec -> spec.withId("temporary-password"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("invite-error")).getText())
                .contains("招待メールを送信できませんでした").contains("誰も追加されていません");
    }

    @Test
    void invitingSomebodyAlreadyInTheTeamExplainsItInTheDialogAndKeepsTheInput() {
        startAsManager();
        _click(_get(Button.class, spec -> spec.withId("invite")));
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue("sakura-analyst@example.jp");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));

        Paragraph error = _get(Paragraph.class, spec -> spec.withId("invite-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("すでに権限（ANALYST）を持っています");
        assertThat(_get(EmailField.class, spec -> spec.withId("invite-email")).getValue())
                .isEqualTo("sakura-analyst@example.jp");
        assertThat(GridKt._size(grid())).isEqualTo(3);
    }

    @Test
    void anInvalidAddressMarksTheField() {
        startAsManager();
        _click(_get(Button.class, spec -> spec.withId("invite")));
        _get(EmailField.class, spec -> spec.withId("invite-email")).setValue("not-an-address");
        _click(_get(Button.class, spec -> spec.withId("invite-send")));

        EmailField email = _get(EmailField.class, spec -> spec.withId("invite-email"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("メールアドレスの形式が正しくありません");
    }

    @Test
    void changingARoleInTheGridCallsTheBackend() {
        startAsManager();
        HasValueUtilsKt._setValue(role("sakura-operator"), "ANALYST", true);

        assertThat(team.calls).contains("role id-sakura-operator ANALYST");
        assertThat(role("sakura-operator").getValue()).isEqualTo("ANALYST");
        NotificationsKt.expectNotifications("佐藤 花子 さんの権限をアナリストに変更しました。");
    }

    @Test
    void theLastManagerCannotDemoteThemselfAndTheSelectShowsTheRoleKept() {
        startAsManager();
        HasValueUtilsKt._setValue(role("sakura-manager"), "OPERATOR", true);

        NotificationsKt.expectNotifications(
                "あなたはショップ「sakura-apparel」の最後のマネージャーです。先に別のマネージャーを任命してください。");
        assertThat(role("sakura-manager").getValue()).isEqualTo("MANAGER");
    }

    @Test
    void removingAPersonAsksFirstThenTheyAreGone() {
        startAsManager();
        _click((Button) cell("sakura-analyst", "actions"));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("remove-dialog"));
        assertThat(team.calls).noneMatch(c -> c.startsWith("remove"));
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(team.calls).contains("remove id-sakura-analyst");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(usernames()).containsExactly("sakura-manager", "sakura-operator");
    }

    @Test
    void englishUiShowsGivenNameFirst() {
        startAsManager();
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);

        assertThat(GridKt._getCellComponent(grid(), 1, "name").getElement().getTextRecursively())
                .isEqualTo("花子 佐藤");
        assertThat(_get(Button.class, spec -> spec.withId("invite")).getText()).isEqualTo("Invite a person");
    }
}
