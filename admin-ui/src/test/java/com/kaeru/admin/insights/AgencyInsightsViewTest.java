package com.kaeru.admin.insights;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.kaeru.admin.charts.ChartCard;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.admin.testing.FakeTeam;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agency roll-up: its shops side by side, sortable by any KPI, each opening its dashboard. */
class AgencyInsightsViewTest {
    private static final Set<String> ALL = Set.of("VIEW_SHOP", "PROCESS_RETURNS", "VIEW_REPORTS", "APPROVE_REFUNDS",
            "MANAGE_SETTINGS", "MANAGE_TEAM");

    @BeforeEach
    void setUp() {
        Console.start("agency", "AGENCY_ADMIN", ALL, List.of("demo-agency"), new FakeReturns("agency"),
                new FakeTeam("agency"));
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<InsightsSource.ShopRow> grid() {
        return _get(Grid.class, spec -> spec.withId("rollup-grid"));
    }

    @Test
    void showsEveryShopOfTheAgencyWithItsKpisAndTrend() {
        UI.getCurrent().navigate("agencies/demo-agency/insights");

        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("6.4 % (+1.4 pt)", "￥1,900,000 (−10 %)");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-agency-insights-demo-agency")).getPath())
                .isEqualTo("agencies/demo-agency/insights");
        com.vaadin.flow.component.html.Anchor report = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("rollup-report-pdf"));
        assertThat(report.getText()).isEqualTo("代理店レポート（PDF）");
        assertThat(report.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void sortsByAnyKpi() {
        UI.getCurrent().navigate("agencies/demo-agency/insights");
        AgencyInsightsView view = _get(AgencyInsightsView.class);

        view.sortBy("RETURN_RATE", true);
        assertThat(shopOfRow(0)).isEqualTo("さくらアパレル");
        view.sortBy("SALES", true);
        assertThat(shopOfRow(0)).isEqualTo("くも雑貨店");
        view.sortBy("SALES", false);
        assertThat(shopOfRow(0)).isEqualTo("さくらアパレル");
    }

    private static String shopOfRow(int row) {
        return GridKt._getCellComponent(grid(), row, "shop").getElement().getTextRecursively();
    }

    @Test
    void aShopOpensItsDashboardForTheSamePeriod() {
        UI.getCurrent().navigate("agencies/demo-agency/insights",
                com.vaadin.flow.router.QueryParameters.fromString("range=last-month"));

        RouterLink kumo = (RouterLink) GridKt._getCellComponent(grid(), 0, "shop");
        assertThat(kumo.getText()).isEqualTo("くも雑貨店");
        assertThat(kumo.getHref()).isEqualTo("shops/kumo-zakka?range=last-month");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theChartComparesTheChosenKpi() {
        UI.getCurrent().navigate("agencies/demo-agency/insights");
        ChartCard chart = _get(ChartCard.class, spec -> spec.withId("rollup-chart"));
        assertThat(List.<Object>copyOf(chart.data().series().get(0).values())).containsExactly(3.1, 6.4);

        HasValueUtilsKt._setValue(_get(Select.class, spec -> spec.withId("rollup-kpi")), "SALES", true);

        assertThat(List.<Object>copyOf(chart.data().series().get(0).values())).containsExactly(2_400_000.0, 1_900_000.0);
        assertThat(chart.chart().getAriaLabel()).startsWith("ショップ別の売上");
    }

    @Test
    void anotherAgencyIsRefused() {
        UI.getCurrent().navigate("agencies/other-agency/insights");

        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText()).contains("other-agency");
    }
}
