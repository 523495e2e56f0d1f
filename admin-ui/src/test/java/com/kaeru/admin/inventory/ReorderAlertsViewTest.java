package com.kaeru.admin.inventory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.api.replenishment.ReorderAlertDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReorderAlertsViewTest {
    private static final LocalDate FROM = LocalDate.of(2026, 11, 6);

    private static void alerts() {
        var reorder = Console.reorder();
        reorder.alerts.add(new ReorderAlertDto(11, "TEE-M-NAVY", "リネンTシャツ", "Linen tee", "M", "navy", 280, FROM, 28,
                new BigDecimal("10.000"), 5, 20, 0, 70, 70, 0, 0));
        reorder.alerts.add(new ReorderAlertDto(12, "DENIM-28", "デニム", "Denim", "28", "indigo", 42, FROM, 28,
                new BigDecimal("1.500"), 7, 3, 2, 16, 4, 10, 12));
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReorderAlertDto> grid() {
        return _get(Grid.class, spec -> spec.withId("reorder-alerts-grid"));
    }

    @Test
    void analystsReadTheAlertsWithTheNumbersThatExplainThemSortedByTheBackendInJapaneseAndEnglish() {
        Console.start("sakura-analyst", "ANALYST");
        alerts();
        UI.getCurrent().navigate("shops/sakura-apparel/inventory/reorder-alerts");
        assertThat(_get(H1.class, spec -> spec.withText("発注点アラート"))).isNotNull();
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("reorder-total")).getText()).isEqualTo("2 件のアラート");
        // Largest shortfall first (the backend's default): DENIM-28 is 12 below its point.
        assertThat(GridKt._getFormatted(grid(), 0, "sku")).isEqualTo("DENIM-28");
        assertThat(GridKt._getFormatted(grid(), 0, "product")).isEqualTo("デニム");
        assertThat(GridKt._getFormatted(grid(), 0, "avgDailySales")).isEqualTo("1.5");
        assertThat(GridKt._getFormatted(grid(), 0, "backordered")).isEqualTo("2");
        assertThat(GridKt._getFormatted(grid(), 1, "reorderPoint")).isEqualTo("70");
        assertThat(GridKt._getFormatted(grid(), 1, "available")).isEqualTo("70");
        assertThat(GridKt._getFormatted(grid(), 1, "avgDailySales")).isEqualTo("10");

        // Sorting a column asks the backend for that order.
        grid().sort(List.of(new GridSortOrder<>(grid().getColumnByKey("sku"), SortDirection.ASCENDING)));
        assertThat(GridKt._getFormatted(grid(), 0, "sku")).isEqualTo("DENIM-28");
        assertThat(Console.reorder().sorts).contains("sku asc");
        grid().sort(List.of(new GridSortOrder<>(grid().getColumnByKey("sku"), SortDirection.DESCENDING)));
        assertThat(GridKt._getFormatted(grid(), 0, "sku")).isEqualTo("TEE-M-NAVY");

        // Both CSV downloads are offered; analysts read the settings but cannot change or recompute.
        assertThat(_get(Anchor.class, spec -> spec.withId("reorder-csv-utf8")).getText()).isEqualTo("CSV（UTF-8）");
        assertThat(_get(Anchor.class, spec -> spec.withId("reorder-csv-sjis")).getText()).isEqualTo("CSV（Shift_JIS）");
        assertThat(_get(IntegerField.class, spec -> spec.withId("reorder-lead-time")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("reorder-save"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("reorder-recompute"))).isEmpty();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(_get(H1.class, spec -> spec.withText("Reorder alerts"))).isNotNull();
        assertThat(grid().getColumnByKey("leadTimeDays").getHeaderText()).isEqualTo("Lead time (days)");
        assertThat(GridKt._getFormatted(grid(), 0, "product")).isEqualTo("Linen tee");
    }

    @Test
    void managersSaveTheShopsDefaultsAndASkusOwnValues() {
        Console.start("sakura-manager", "MANAGER");
        alerts();
        UI.getCurrent().navigate("shops/sakura-apparel/inventory/reorder-alerts");
        _get(IntegerField.class, spec -> spec.withId("reorder-lead-time")).setValue(5);
        _get(IntegerField.class, spec -> spec.withId("reorder-safety-stock")).setValue(20);
        _click(_get(Button.class, spec -> spec.withId("reorder-save")));
        assertThat(Console.reorder().settings.leadTimeDays()).isEqualTo(5);
        assertThat(Console.reorder().settings.safetyStock()).isEqualTo(20);
        assertThat(Console.reorder().settings.salesWindowDays()).isEqualTo(28);

        _get(TextField.class, spec -> spec.withId("reorder-override-sku")).setValue("TEE-M-NAVY");
        _get(IntegerField.class, spec -> spec.withId("reorder-override-safety-stock")).setValue(30);
        _click(_get(Button.class, spec -> spec.withId("reorder-override-save")));
        @SuppressWarnings("unchecked")
        Grid<Object> overrides = _get(Grid.class, spec -> spec.withId("reorder-overrides"));
        assertThat(GridKt._size(overrides)).isEqualTo(1);
        assertThat(GridKt._getFormatted(overrides, 0, "leadTimeDays")).isEqualTo("既定値");
        assertThat(GridKt._getFormatted(overrides, 0, "safetyStock")).isEqualTo("30");
        _click(_get(Button.class, spec -> spec.withId("reorder-override-remove")));
        assertThat(GridKt._size(overrides)).isZero();

        _click(_get(Button.class, spec -> spec.withId("reorder-recompute")));
        assertThat(Console.reorder().recomputations).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void managersGiveAProductItsOwnLeadTimeAndSafetyStockAndTheSkusOwnBeatIt() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate("shops/sakura-apparel/inventory/reorder-alerts");
        com.vaadin.flow.component.select.Select<String> scope = _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("reorder-override-scope"));
        TextField key = _get(TextField.class, spec -> spec.withId("reorder-override-sku"));
        assertThat(key.getLabel()).isEqualTo("個別に設定するSKU");
        scope.setValue("PRODUCT");
        assertThat(key.getLabel()).isEqualTo("商品ID（すべてのSKU）");
        key.setValue("LINEN-TEE");
        _get(IntegerField.class, spec -> spec.withId("reorder-override-lead-time")).setValue(5);
        _get(IntegerField.class, spec -> spec.withId("reorder-override-safety-stock")).setValue(20);
        _click(_get(Button.class, spec -> spec.withId("reorder-override-save")));
        // A SKU of it with its own safety stock: both listed, each with its scope.
        scope.setValue("VARIANT");
        key.setValue("TEE-M-NAVY");
        _get(IntegerField.class, spec -> spec.withId("reorder-override-lead-time")).clear();
        _get(IntegerField.class, spec -> spec.withId("reorder-override-safety-stock")).setValue(30);
        _click(_get(Button.class, spec -> spec.withId("reorder-override-save")));
        Grid<Object> overrides = _get(Grid.class, spec -> spec.withId("reorder-overrides"));
        assertThat(GridKt._size(overrides)).isEqualTo(2);
        assertThat(GridKt._getFormatted(overrides, 0, "scope")).isEqualTo("商品");
        assertThat(GridKt._getFormatted(overrides, 0, "key")).isEqualTo("LINEN-TEE");
        assertThat(GridKt._getFormatted(overrides, 0, "leadTimeDays")).isEqualTo("5");
        assertThat(GridKt._getFormatted(overrides, 1, "scope")).isEqualTo("SKU");
        assertThat(GridKt._getFormatted(overrides, 1, "leadTimeDays")).isEqualTo("既定値");
        // Choosing the product's row brings its scope back, and removing it keeps the SKU's.
        ((Grid<com.kaeru.api.replenishment.ReorderOverrideDto>) (Grid<?>) overrides).select(
                Console.reorder().settings.overrides().get(0));
        assertThat(scope.getValue()).isEqualTo("PRODUCT");
        assertThat(key.getValue()).isEqualTo("LINEN-TEE");
        _click(_get(Button.class, spec -> spec.withId("reorder-override-remove")));
        assertThat(GridKt._size(overrides)).isEqualTo(1);
        assertThat(Console.reorder().settings.overrides().get(0).key()).isEqualTo("TEE-M-NAVY");
    }
}
