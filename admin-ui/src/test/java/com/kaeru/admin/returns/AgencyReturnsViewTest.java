package com.kaeru.admin.returns;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.admin.testing.FakeTeam;
import com.kaeru.api.returns.AgencyReturnRowDto;
import com.kaeru.api.returns.ReturnSummaryDto;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AgencyReturnsViewTest {
    private static final Set<String> ALL = Set.of("VIEW_SHOP", "PROCESS_RETURNS", "VIEW_REPORTS", "APPROVE_REFUNDS",
            "MANAGE_SETTINGS", "MANAGE_TEAM", "IMPORT_DATA");
    private FakeTeam team;

    private static AgencyReturnRowDto row(String shop, String shopName, String rma, String status, String customer) {
        return new AgencyReturnRowDto(shop, shopName, new ReturnSummaryDto(rma, ReturnStatus.valueOf(status), "ORD-" + rma, customer,
                "c@example.jp", 1, Instant.parse("2026-11-20T01:00:00Z"), null, false, false, null));
    }

    private void start(List<String> agencies) {
        team = new FakeTeam("agency");
        team.agencies.addAll(agencies);
        team.agencyReturns.add(row("sakura-apparel", "さくらアパレル", "R-000012", "NEEDS_REVIEW", "佐藤 花子"));
        team.agencyReturns.add(row("kumo-zakka", "くも雑貨店", "R-000007", "RECEIVED", "田中 太郎"));
        Console.start("agency", "AGENCY_ADMIN", ALL, agencies, new FakeReturns("agency"), team);
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AgencyReturnRowDto> grid() {
        return _get(Grid.class, spec -> spec.withId("agency-returns"));
    }

    @Test
    void theAgencyEntryLeadsToEveryShopsReturnsEachLinkingToItsShop() {
        start(List.of("demo-agency"));
        UI.getCurrent().navigate("agencies/demo-agency");
        SideNavItem entry = _get(SideNavItem.class, spec -> spec.withId("nav-agency-returns-demo-agency"));
        assertThat(entry.getLabel()).isEqualTo("全ショップの返品");
        assertThat(entry.getPath()).isEqualTo("agencies/demo-agency/returns");

        UI.getCurrent().navigate(entry.getPath());

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(AgencyReturnsView.class);
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("さくらアパレル", "ORD-R-000012", "佐藤 花子");
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("くも雑貨店", "ORD-R-000007");
        RouterLink open = (RouterLink) GridKt._getCellComponent(grid(), 1, "rma");
        assertThat(open.getId()).hasValue("open-kumo-zakka-R-000007");
        assertThat(open.getHref()).isEqualTo("shops/kumo-zakka/returns/R-000007");
        assertThat(_get(Span.class, spec -> spec.withId("agency-returns-total")).getText()).isEqualTo("2 件");
    }

    @Test
    void searchGoesToTheBackendAndNarrowsTheList() {
        start(List.of("demo-agency"));
        UI.getCurrent().navigate("agencies/demo-agency/returns");

        _get(TextField.class, spec -> spec.withId("agency-returns-search")).setValue("田中");

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(team.calls).contains("agency-returns demo-agency status=null q=田中 page=0");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("くも雑貨店");
    }

    @Test
    void someoneWhoIsNotTheAgencysAdminGetsTheRefusalNotAList() {
        start(List.of());
        UI.getCurrent().navigate("agencies/demo-agency/returns");

        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText())
                .isEqualTo("運営代行「demo-agency」の管理者ではありません。");
        assertThat(team.calls).noneMatch(c -> c.startsWith("agency-returns"));
    }
}
