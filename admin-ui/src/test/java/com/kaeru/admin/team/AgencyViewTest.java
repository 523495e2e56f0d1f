package com.kaeru.admin.team;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.admin.testing.FakeTeam;
import com.kaeru.api.shops.ShopDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AgencyViewTest {
    private static final Set<String> ALL = Set.of("VIEW_SHOP", "PROCESS_RETURNS", "VIEW_REPORTS", "APPROVE_REFUNDS",
            "MANAGE_SETTINGS", "MANAGE_TEAM", "IMPORT_DATA");
    private FakeTeam team;

    private void startAsAgencyAdmin() {
        team = new FakeTeam("agency");
        team.agencies.add("demo-agency");
        team.shops.add(new ShopDto("sakura-apparel", "さくらアパレル", "demo-agency", "ja", List.of("ja", "en"),
                "Asia/Tokyo", "JPY", "#C2185B", null));
        Console.start("agency", "AGENCY_ADMIN", ALL, List.of("demo-agency"), new FakeReturns("agency"), team);
        UI.getCurrent().navigate("agencies/demo-agency");
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ShopDto> grid() {
        return _get(Grid.class, spec -> spec.withId("agency-shops"));
    }

    @Test
    void agencyAdminSeesTheClientShopsWithAWayToEachTeam() {
        startAsAgencyAdmin();

        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-agency-demo-agency")).getLabel())
                .isEqualTo("運営代行のショップ");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("sakura-apparel", "Asia/Tokyo", "JPY");
        RouterLink team = (RouterLink) GridKt._getCellComponent(grid(), 0, "team");
        assertThat(team.getId()).hasValue("team-link-sakura-apparel");
        assertThat(team.getHref()).isEqualTo("shops/sakura-apparel/team");
    }

    @Test
    void openingAShopSendsEverySettingAndListsIt() {
        startAsAgencyAdmin();
        _click(_get(Button.class, spec -> spec.withId("create-shop")));
        _get(TextField.class, spec -> spec.withId("new-shop-slug")).setValue("hoshi-kitchen");
        _get(TextField.class, spec -> spec.withId("new-shop-name")).setValue("ほしキッチン");
        _get(TextField.class, spec -> spec.withId("new-shop-brand-color")).setValue("#1E88E5");
        _click(_get(Button.class, spec -> spec.withId("new-shop-save")));

        assertThat(team.calls).contains("create hoshi-kitchen ほしキッチン ja Asia/Tokyo JPY #1E88E5");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getCellComponent(grid(), 1, "team").getId()).hasValue("team-link-hoshi-kitchen");
        NotificationsKt.expectNotifications("ほしキッチン を開設しました。チーム画面からマネージャーを招待してください。");
    }

    @Test
    void aMalformedAddressIsMarkedOnItsField() {
        startAsAgencyAdmin();
        _click(_get(Button.class, spec -> spec.withId("create-shop")));
        _get(TextField.class, spec -> spec.withId("new-shop-slug")).setValue("Hoshi Kitchen");
        _get(TextField.class, spec -> spec.withId("new-shop-name")).setValue("ほしキッチン");
        _click(_get(Button.class, spec -> spec.withId("new-shop-save")));

        TextField slug = _get(TextField.class, spec -> spec.withId("new-shop-slug"));
        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).contains("英小文字");
        assertThat(GridKt._size(grid())).isEqualTo(1);
    }

    @Test
    void aTakenAddressIsExplained() {
        startAsAgencyAdmin();
        _click(_get(Button.class, spec -> spec.withId("create-shop")));
        _get(TextField.class, spec -> spec.withId("new-shop-slug")).setValue("sakura-apparel");
        _get(TextField.class, spec -> spec.withId("new-shop-name")).setValue("さくら 2");
        _click(_get(Button.class, spec -> spec.withId("new-shop-save")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("new-shop-error")).getText())
                .isEqualTo("ショップのアドレス「sakura-apparel」はすでに使われています。");
    }

    @Test
    void somebodyWhoIsNoAgencyAdminHasNoAgencyEntryAndIsRefused() {
        team = new FakeTeam("sakura-manager");
        Console.start("sakura-manager", "MANAGER", ALL, List.of(), new FakeReturns("sakura-manager"), team);
        UI.getCurrent().navigate("agencies/demo-agency");

        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-agency-demo-agency"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText())
                .isEqualTo("運営代行「demo-agency」の管理者ではありません。");
        assertThat(_find(Grid.class)).isEmpty();
    }
}
