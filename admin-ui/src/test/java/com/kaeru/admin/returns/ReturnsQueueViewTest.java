package com.kaeru.admin.returns;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.kaeru.admin.layout.KeyboardShortcuts;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.api.returns.ReturnSummaryDto;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReturnsQueueViewTest {
    private static final String QUEUE = "shops/sakura-apparel/returns";

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReturnSummaryDto> grid() {
        return _get(Grid.class, spec -> spec.withId("returns-grid"));
    }

    private static Map<String, List<String>> urlParameters() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters();
    }

    @SuppressWarnings("unchecked")
    @Test
    void filtersInTheUrlAreWhatTheBackendIsAskedFor() {
        FakeReturns backend = Console.start("sakura-operator", "OPERATOR");
        navigate("status=NEEDS_REVIEW,RECEIVED&q=misaki@example.jp&reason=SIZE"
                + "&resolution=REFUND&method=PICKUP&from=2026-11-01&to=2026-11-21&dateField=RECEIVED&overdue=true");
        GridKt._size(grid());

        assertThat(backend.lastSearch()).isEqualTo(new FakeReturns.Search("NEEDS_REVIEW,RECEIVED", "misaki@example.jp",
                true, "SIZE", "REFUND", "PICKUP", "2026-11-01", "2026-11-21", "RECEIVED", null, null, null, 0, 1));
        // ...and the fields show them, so the person sees why the list is short.
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("status-filter")).getValue())
                .containsExactlyInAnyOrder("NEEDS_REVIEW", "RECEIVED");
        assertThat(_get(ComboBox.class, spec -> spec.withId("reason-filter")).getValue()).hasFieldOrPropertyWithValue(
                "code", "SIZE");
    }

    @SuppressWarnings("unchecked")
    @Test
    void changingAFilterWritesItToTheUrlAndAsksTheBackendAgain() {
        FakeReturns backend = Console.start("sakura-operator", "OPERATOR");
        navigate("q=SA-1");

        _get(Select.class, spec -> spec.withId("resolution-filter")).setValue("EXCHANGE");
        GridKt._size(grid());

        assertThat(urlParameters()).containsEntry("resolution", List.of("EXCHANGE")).containsEntry("q", List.of("SA-1"));
        assertThat(backend.lastSearch().resolution()).isEqualTo("EXCHANGE");
        assertThat(backend.lastSearch().query()).isEqualTo("SA-1");
    }

    @Test
    void receivedTodayMeansTheShopsTodayAndStaysARelativeLink() {
        FakeReturns backend = Console.start("sakura-operator", "OPERATOR");
        navigate("view=received-today");
        GridKt._size(grid());

        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
        assertThat(backend.lastSearch().dateField()).isEqualTo("RECEIVED");
        assertThat(backend.lastSearch().from()).isEqualTo(today);
        assertThat(backend.lastSearch().to()).isEqualTo(today);
        RouterLink link = _get(RouterLink.class, spec -> spec.withId("view-received-today"));
        assertThat(link.getClassNames()).contains("current");
        assertThat(link.getHref()).endsWith("?view=received-today");
    }

    @Test
    void analystReadsAndExportsButCannotDecide() {
        Console.start("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate(QUEUE);

        assertThat(_find(Button.class, spec -> spec.withId("bulk-approve"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("bulk-reject"))).isEmpty();
        assertThat(grid().getSelectionModel()).isNotInstanceOf(GridMultiSelectionModel.class);
        assertThat(_find(Anchor.class, spec -> spec.withId("export-csv"))).hasSize(1);
    }

    @Test
    void operatorDecidesButDoesNotExport() {
        Console.start("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate(QUEUE);

        assertThat(_find(Button.class, spec -> spec.withId("bulk-approve"))).hasSize(1);
        assertThat(grid().getSelectionModel()).isInstanceOf(GridMultiSelectionModel.class);
        assertThat(_find(Anchor.class, spec -> spec.withId("export-csv"))).isEmpty();
    }

    @Test
    void bulkApprovalShowsProgressAndTheBackendsAnswerPerReturn() {
        FakeReturns backend = new FakeReturns("sakura-operator");
        backend.add("R-000001", "NEEDS_REVIEW", List.of(FakeReturns.line(1, "SHIRT-S", 1, "REFUND", 5000)), List.of());
        backend.add("R-000002", "COMPLETED", List.of(FakeReturns.line(2, "SHIRT-M", 1, "REFUND", 5000)), List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(QUEUE);
        grid().asMultiSelect().select(GridKt._fetch(grid(), 0, 2));

        _click(_get(Button.class, spec -> spec.withId("bulk-approve")));
        MockVaadin.clientRoundtrip();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        Console.poll();
        assertThat(_get(Span.class, spec -> spec.withId("bulk-counter")).getText()).isEqualTo("2 件中 1 件完了");
        Console.poll();

        String results = _get(UnorderedList.class, spec -> spec.withId("bulk-results")).getElement().getTextRecursively();
        assertThat(results).contains("✓ R-000001").contains("✗ R-000002: Return R-000002 is COMPLETED");
        assertThat(_get(Span.class, spec -> spec.withId("bulk-counter")).getText()).isEqualTo("1 件完了、1 件は処理できませんでした");
        assertThat(_get(Button.class, spec -> spec.withId("bulk-close")).isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
        assertThat(backend.returns.get("R-000001").status()).isEqualTo(ReturnStatus.AWAITING_SHIPMENT);
        // The finished run leaves nothing selected, so nothing can be decided twice by accident.
        assertThat(grid().getSelectedItems()).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("bulk-approve")).isEnabled()).isFalse();
    }

    @SuppressWarnings("unchecked")
    @Test
    void anotherLanguageRelabelsTheFiltersTheGridAndTheActions() {
        FakeReturns backend = Console.start("sakura-operator", "OPERATOR");
        backend.add("R-000001", "NEEDS_REVIEW", List.of(FakeReturns.line(1, "SHIRT-S", 1, "REFUND", 5000)), List.of());
        backend.add("R-000002", "RECEIVED", List.of(FakeReturns.line(2, "SHIRT-M", 1, "REFUND", 5000)), List.of());
        navigate("view=needs-review");
        GridKt._size(grid());

        UI.getCurrent().setLocale(Locale.ENGLISH);
        GridKt._size(grid());

        assertThat(_get(RouterLink.class, spec -> spec.withId("view-needs-review")).getText()).isEqualTo("Needs review");
        assertThat(_get(RouterLink.class, spec -> spec.withId("view-needs-review")).getClassNames()).contains("current");
        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("status-filter")).getLabel()).isEqualTo("Status");
        assertThat(grid().getColumnByKey("status").getHeaderText()).isEqualTo("Status");
        assertThat(_get(Button.class, spec -> spec.withId("bulk-approve")).getText()).isEqualTo("Approve selected (0)");
        assertThat(_get(Span.class, spec -> spec.withId("returns-total")).getText()).isEqualTo("2 returns");
    }

    @Test
    void keysMoveTheCursorAndEnterOpensTheReturn() {
        FakeReturns backend = new FakeReturns("sakura-operator");
        backend.add("R-000001", "NEEDS_REVIEW", List.of(FakeReturns.line(1, "SHIRT-S", 1, "REFUND", 5000)), List.of());
        backend.add("R-000002", "RECEIVED", List.of(FakeReturns.line(2, "SHIRT-M", 1, "REFUND", 5000)), List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(QUEUE);
        GridKt._size(grid());
        ReturnsGrid rows = _get(ReturnsGrid.class);

        press("j");
        press("j");
        press("k");
        assertThat(rows.cursorItem().rmaNumber()).isEqualTo("R-000001");
        press("x");
        assertThat(grid().getSelectedItems()).extracting(ReturnSummaryDto::rmaNumber).containsExactly("R-000001");
        press("Enter");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("shops/sakura-apparel/returns/R-000001");
    }

    @Test
    void aShopWithoutARoleShowsTheBackendsRefusal() {
        Console.start("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate("shops/umi-outdoor/returns");

        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText()).contains("umi-outdoor");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void answersFromCustomersStandOutAndHaveTheirOwnView() {
        FakeReturns backend = Console.start("sakura-operator", "OPERATOR");
        backend.add("R-000001", "AWAITING_SHIPMENT", List.of(FakeReturns.line(1, "SHIRT-S", 1, "REFUND", 5000)), List.of());
        backend.add("R-000002", "NEEDS_REVIEW", List.of(FakeReturns.line(2, "SHIRT-M", 1, "REFUND", 5000)), List.of());
        backend.add("R-000003", "CANCELLED", List.of(FakeReturns.line(3, "SHIRT-L", 1, "REFUND", 5000)), List.of());
        backend.questions.putAll(Map.of("R-000001", "ANSWERED", "R-000002", "WAITING", "R-000003", "ANSWERED"));
        navigate("");
        GridKt._size(grid());

        assertThat(statusCell(0)).isEqualTo("返送待ち回答あり");
        assertThat(statusCell(1)).isEqualTo("要確認お客様の回答待ち");
        assertThat(statusCell(2)).as("a closed return needs no attention").isEqualTo("キャンセル");

        _get(RouterLink.class, spec -> spec.withId("view-customer-answered"));
        navigate("view=customer-answered");
        GridKt._size(grid());
        assertThat(backend.lastSearch().question()).isEqualTo("ANSWERED");
        assertThat(backend.lastSearch().status()).contains("NEEDS_REVIEW").doesNotContain("CANCELLED");
    }

    @Test
    void failedUpgradePaymentsHaveTheirOwnViewAndFilter() {
        FakeReturns backend = Console.start("sakura-operator", "OPERATOR");
        navigate("view=upgrade-payment-failed");
        GridKt._size(grid());
        assertThat(backend.lastSearch().upgradePayment()).isEqualTo("FAILED");
        assertThat(backend.lastSearch().refund()).isNull();
        Checkbox failedOnly = _get(Checkbox.class, spec -> spec.withId("upgrade-payment-failed-filter"));
        assertThat(failedOnly.getValue()).isTrue();
        assertThat(failedOnly.getLabel()).isEqualTo("交換差額の請求失敗のみ");
        assertThat(_get(RouterLink.class, spec -> spec.withId("view-upgrade-payment-failed")).getClassNames())
                .contains("current");

        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(failedOnly, false, true);
        GridKt._size(grid());
        assertThat(backend.lastSearch().upgradePayment()).isNull();
    }

    @Test
    void failedRefundsHaveTheirOwnViewAndFilter() {
        FakeReturns backend = Console.start("sakura-operator", "OPERATOR");
        navigate("view=refund-failed");
        GridKt._size(grid());
        assertThat(backend.lastSearch().refund()).isEqualTo("FAILED");
        Checkbox failedOnly = _get(Checkbox.class, spec -> spec.withId("refund-failed-filter"));
        assertThat(failedOnly.getValue()).isTrue();
        assertThat(failedOnly.getLabel()).isEqualTo("返金失敗のみ");
        assertThat(_get(RouterLink.class, spec -> spec.withId("view-refund-failed")).getClassNames()).contains("current");

        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(failedOnly, false, true);
        GridKt._size(grid());
        assertThat(backend.lastSearch().refund()).isNull();
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(
                _get(Checkbox.class, spec -> spec.withId("overdue-filter")), true, true);
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(
                _get(Checkbox.class, spec -> spec.withId("refund-failed-filter")), true, true);
        GridKt._size(grid());
        assertThat(backend.lastSearch().refund()).isEqualTo("FAILED");
        assertThat(backend.lastSearch().overdue()).as("filters combine").isTrue();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("refund=FAILED").contains("overdue=true");
    }

    private static String statusCell(int row) {
        return GridKt._getCellComponent(grid(), row, "status").getElement().getTextRecursively();
    }

    private static void navigate(String query) {
        UI.getCurrent().navigate(QUEUE, QueryParameters.fromString(query));
    }

    private static void press(String key) {
        Console.keydown(UI.getCurrent().getElement(), KeyboardShortcuts.FILTER, Map.of(KeyboardShortcuts.KEY, key));
    }
}
