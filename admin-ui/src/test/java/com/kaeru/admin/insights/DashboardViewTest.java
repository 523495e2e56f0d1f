package com.kaeru.admin.insights;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.kaeru.admin.charts.Chart;
import com.kaeru.admin.charts.ChartCard;
import com.kaeru.admin.testing.Console;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shop's dashboard: work tiles for everyone, insights for those who may see reports. */
class DashboardViewTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    /** The dashboard with {@code query} in its URL, as a bookmark opens it. */
    private static void go(String query) {
        UI.getCurrent().navigate("shops/sakura-apparel", com.vaadin.flow.router.QueryParameters.fromString(query));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void everyWorkTileOpensTheQueueWithItsView() {
        Console.start("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate("shops/sakura-apparel");

        for (String view : List.of("needs-review", "refund-overdue", "refund-failed", "upgrade-payment-failed",
                "received-today", "awaiting-parcel", "customer-answered")) {
            assertThat(_get(RouterLink.class, spec -> spec.withId("work-" + view)).getHref())
                    .isEqualTo("shops/sakura-apparel/returns?view=" + view);
        }
        assertThat(_get(RouterLink.class, spec -> spec.withId("work-needs-review")).getElement().getTextRecursively())
                .contains("要確認");
        assertThat(_get(RouterLink.class, spec -> spec.withId("work-refund-failed")).getElement().getTextRecursively())
                .contains("返金失敗");
        assertThat(_get(RouterLink.class, spec -> spec.withId("work-upgrade-payment-failed")).getElement()
                .getTextRecursively()).contains("交換差額の請求失敗");
    }

    @Test
    void operatorsSeeOnlyTheWorkTiles() {
        Console.start("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate("shops/sakura-apparel");

        assertThat(_find(Div.class, spec -> spec.withId("work-tiles"))).hasSize(1);
        assertThat(_find(Div.class, spec -> spec.withId("kpi-tiles"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("charts"))).isEmpty();
        assertThat(_find(DateRangeBar.class)).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("report-downloads"))).isEmpty();
        assertThat(Console.insights().shopRanges).isEmpty();
    }

    @Test
    void analystsSeeKpisWithTheirTrendAndTheChartsOfThisMonth() {
        Console.start("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate("shops/sakura-apparel");

        assertThat(Console.insights().shopRanges).containsOnly(DateRange.Preset.THIS_MONTH.on(TODAY));
        Div returnRate = _get(Div.class, spec -> spec.withId("kpi-RETURN_RATE"));
        assertThat(returnRate.getElement().getTextRecursively()).contains("返品率", "6.4 %");
        Span trend = _get(Span.class, spec -> spec.withId("kpi-RETURN_RATE-trend"));
        assertThat(trend.getText()).isEqualTo("▲ 前期間比 +1.4 pt");
        assertThat(trend.getClassNames()).contains("worse");
        assertThat(_get(Span.class, spec -> spec.withId("kpi-RETAINED_REVENUE-trend")).getClassNames()).contains("better");
        assertThat(_get(Div.class, spec -> spec.withId("kpi-RETAINED_REVENUE")).getElement().getTextRecursively())
                .contains("128,000");
        assertThat(_get(Span.class, spec -> spec.withId("kpi-REFUND_24H_COMPLIANCE-trend")).getText())
                .isEqualTo("前期間のデータなし");
        assertThat(_get(Div.class, spec -> spec.withId("kpi-REPEAT_RATE")).getElement().getTextRecursively())
                .contains("–"); // undefined (no denominator), not 0
        assertThat(_find(Chart.class)).hasSize(5);
        // the period's report: PDF and the figures as CSV in both encodings
        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf")).getText()).isEqualTo("レポート（PDF）");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-csv-utf8")).getText()).isEqualTo("数値（CSV・UTF-8）");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-csv-sjis")).getText()).isEqualTo("数値（CSV・Shift_JIS）");
        assertThat(_get(Anchor.class, spec -> spec.withId("report-pdf")).getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void satisfactionDeliveryDelayAndTurnoverAreTilesWithTheirTrend() {
        Console.start("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate("shops/sakura-apparel");

        assertThat(_get(Div.class, spec -> spec.withId("kpi-SATISFACTION_AVERAGE")).getElement().getTextRecursively())
                .contains("満足度（平均）", "4.3 / 5");
        Span satisfaction = _get(Span.class, spec -> spec.withId("kpi-SATISFACTION_AVERAGE-trend"));
        assertThat(satisfaction.getText()).isEqualTo("▲ 前期間比 +5 %");
        assertThat(satisfaction.getClassNames()).contains("better");
        assertThat(_get(Div.class, spec -> spec.withId("kpi-EXCHANGE_SHIP_DAYS")).getElement().getTextRecursively())
                .contains("交換品発送までの日数（中央値）", "1.5 日");
        Span shipping = _get(Span.class, spec -> spec.withId("kpi-EXCHANGE_SHIP_DAYS-trend"));
        assertThat(shipping.getText()).isEqualTo("▼ 前期間比 −25 %");
        assertThat(shipping.getClassNames()).as("faster shipping is better").contains("better");
        assertThat(_get(Div.class, spec -> spec.withId("kpi-INVENTORY_TURNOVER_DAYS")).getElement().getTextRecursively())
                .contains("在庫回転日数", "45.2 日");
        assertThat(_get(Span.class, spec -> spec.withId("kpi-INVENTORY_TURNOVER_DAYS-trend")).getText())
                .isEqualTo("前期間のデータなし");
    }

    @Test
    void managersSeeInsightsToo() {
        Console.start("sakura-manager", "MANAGER");
        go("range=last-month");

        assertThat(Console.insights().shopRanges).last().isEqualTo(DateRange.Preset.LAST_MONTH.on(TODAY));
        assertThat(_find(Div.class, spec -> spec.withId("kpi-tiles"))).hasSize(1);
    }

    @Test
    void aPresetIsAppliedAtOnceAndKeptInTheUrl() {
        Console.start("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate("shops/sakura-apparel");

        @SuppressWarnings("unchecked")
        Select<DateRange.Preset> preset = _get(Select.class, spec -> spec.withId("range-preset"));
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(preset, DateRange.Preset.LAST_30_DAYS, true);

        assertThat(location()).isEqualTo("shops/sakura-apparel?range=last-30-days");
        assertThat(Console.insights().shopRanges).last().isEqualTo(DateRange.Preset.LAST_30_DAYS.on(TODAY));
    }

    @SuppressWarnings("unchecked")
    @Test
    void aBackwardsRangeIsRefusedWithAReadableMessageAndNeverAsked() {
        Console.start("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate("shops/sakura-apparel");
        int asked = Console.insights().shopRanges.size();

        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(
                _get(Select.class, spec -> spec.withId("range-preset")), DateRange.Preset.CUSTOM, true);
        _get(DatePicker.class, spec -> spec.withId("range-from")).setValue(LocalDate.of(2026, 11, 20));
        _get(DatePicker.class, spec -> spec.withId("range-to")).setValue(LocalDate.of(2026, 11, 1));
        _click(_get(Button.class, spec -> spec.withId("range-apply")));

        Span error = _get(Span.class, spec -> spec.withId("range-error"));
        assertThat(error.getText()).isEqualTo("開始日が終了日より後になっています。開始日は終了日以前の日付にしてください。");
        assertThat(_get(DatePicker.class, spec -> spec.withId("range-from")).isInvalid()).isTrue();
        assertThat(location()).isEqualTo("shops/sakura-apparel");
        assertThat(Console.insights().shopRanges).hasSize(asked);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(_get(Span.class, spec -> spec.withId("range-error")).getText())
                .startsWith("The start date is after the end date.");
    }

    @Test
    void aBackwardsRangeInTheUrlIsExplainedInsteadOfAsked() {
        Console.start("sakura-analyst", "ANALYST");
        go("from=2026-11-20&to=2026-11-01");

        assertThat(_get(Span.class, spec -> spec.withId("range-error")).getText()).startsWith("開始日が終了日より後");
        assertThat(Console.insights().shopRanges).doesNotContain(
                DateRange.custom(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 1)));
        assertThat(_find(Div.class, spec -> spec.withId("charts"))).isEmpty();
    }

    @Test
    void aForwardsCustomRangeIsShown() {
        Console.start("sakura-analyst", "ANALYST");
        go("from=2026-11-01&to=2026-11-20");

        assertThat(Console.insights().shopRanges).last()
                .isEqualTo(DateRange.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)));
        assertThat(_find(Span.class, spec -> spec.withId("range-error"))).isEmpty(); // only visible ones are found
        assertThat(_find(Div.class, spec -> spec.withId("charts"))).hasSize(1);
    }

    @Test
    void theApisRefusalOfARangeIsShownBesideIt() {
        Console.start("sakura-analyst", "ANALYST");
        Console.insights().refuseNext = "期間は最長 366 日です。";
        go("from=2020-01-01&to=2026-11-20");

        assertThat(_get(Span.class, spec -> spec.withId("range-error")).getText()).isEqualTo("期間は最長 366 日です。");
        assertThat(_find(Div.class, spec -> spec.withId("work-tiles"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyChartOffersItsNumbersAsATable() {
        Console.start("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate("shops/sakura-apparel");

        ChartCard reasons = _get(ChartCard.class, spec -> spec.withId("chart-reasons"));
        assertThat(reasons.chart().getAriaLabel()).isEqualTo("返品理由: 小さすぎる 18, 不良・破損 4");
        Button toggle = _get(Button.class, spec -> spec.withId("chart-reasons-toggle"));
        assertThat(toggle.getText()).isEqualTo("表として表示");
        _click(toggle);

        Grid<Integer> table = _get(Grid.class, spec -> spec.withId("chart-reasons-table"));
        assertThat(table.isVisible()).isTrue();
        assertThat(reasons.chart().isVisible()).isFalse();
        assertThat(toggle.getText()).isEqualTo("グラフとして表示");
        assertThat(GridKt._size(table)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(table, 0)).containsExactly("小さすぎる", "18");
        assertThat(GridKt._getFormattedRow(table, 1)).containsExactly("不良・破損", "4");

        _click(_get(Button.class, spec -> spec.withId("chart-variants-toggle")));
        Grid<Integer> variants = _get(Grid.class, spec -> spec.withId("chart-variants-table"));
        assertThat(GridKt._getCellComponent(variants, 0, "badge").getElement().getText()).isEqualTo("小さめ");
        assertThat(GridKt._getFormattedRow(variants, 0)).contains("LINEN-SHIRT-S-WHITE リネンシャツ", "9", "15 %");

        _click(_get(Button.class, spec -> spec.withId("chart-lead-time-toggle")));
        Grid<Integer> lead = _get(Grid.class, spec -> spec.withId("chart-lead-time-table"));
        assertThat(GridKt._getFormattedRow(lead, 3)).containsExactly("24〜48時間", "2");
    }

    @Test
    void theLeadTimeChartMarksTheTwentyFourHourPromise() {
        Console.start("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate("shops/sakura-apparel");

        var option = _get(ChartCard.class, spec -> spec.withId("chart-lead-time")).chart().getOption();
        assertThat(option.at("/series/1/markLine/data/0/xAxis").asDouble()).isEqualTo(3.0);
        assertThat(option.at("/series/0/data/3/itemStyle/color").asText()).isEqualTo("#D55E00");
        assertThat(option.at("/series/0/data/0").asDouble()).isEqualTo(10);
    }

    @Test
    void aReasonOpensTheQueueFilteredToItInThePeriod() {
        Console.start("sakura-analyst", "ANALYST");
        go("from=2026-11-01&to=2026-11-20");

        ChartCard reasons = _get(ChartCard.class, spec -> spec.withId("chart-reasons"));
        com.vaadin.flow.component.ComponentUtil.fireEvent(reasons.chart(),
                new Chart.ItemClickEvent(reasons.chart(), 0, 0));

        assertThat(location())
                .isEqualTo("shops/sakura-apparel/returns?reason=SIZE_TOO_SMALL&from=2026-11-01&to=2026-11-20");
    }

    @SuppressWarnings("unchecked")
    @Test
    void aVariantRowOpensTheReturnsBehindIt() {
        Console.start("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate("shops/sakura-apparel");

        _click(_get(Button.class, spec -> spec.withId("chart-variants-toggle")));
        GridKt._clickItem(_get(Grid.class, spec -> spec.withId("chart-variants-table")), 0);

        assertThat(Console.insights().drills)
                .containsExactly(new InsightsSource.Drill(InsightsSource.Drill.Kind.VARIANT, "LINEN-SHIRT-S-WHITE"));
        Grid<InsightsSource.DrillRow> rows = _get(Grid.class, spec -> spec.withId("drill-rows"));
        assertThat(GridKt._size(rows)).isEqualTo(1);
        assertThat(GridKt._getCellComponent(rows, 0, "rma") instanceof RouterLink link ? link.getHref() : "")
                .isEqualTo("shops/sakura-apparel/returns/R-000101");
    }

    @Test
    void aDayOpensTheQueueOfThatDay() {
        Console.start("sakura-manager", "MANAGER");
        go("from=2026-11-01&to=2026-11-20");

        ChartCard returns = _get(ChartCard.class, spec -> spec.withId("chart-returns"));
        com.vaadin.flow.component.ComponentUtil.fireEvent(returns.chart(), new Chart.ItemClickEvent(returns.chart(), 0, 1));

        assertThat(location()).isEqualTo("shops/sakura-apparel/returns?from=2026-11-02&to=2026-11-02");
    }
}
