package com.kaeru.admin.inventory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.api.inventory.MovementDto;
import com.kaeru.api.inventory.StockLevelDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InventoryViewTest {
    private static final Instant T = Instant.parse("2026-12-03T15:30:00Z");

    @BeforeEach
    void analystWithStockAtTwoLocations() {
        Console.start("sakura-analyst", "ANALYST");
        var stock = Console.inventory();
        stock.levels.add(new StockLevelDto(11, "TEE-M-NAVY", "リネンTシャツ", "Linen tee", "M", "navy", "MAIN", 5, 1, 2, 0,
                3, T));
        stock.levels.add(new StockLevelDto(11, "TEE-M-NAVY", "リネンTシャツ", "Linen tee", "M", "navy", "WH2", 7, 0, 0, 4, 7,
                T));
        stock.levels.add(new StockLevelDto(12, "DENIM-28", "デニム", "Denim", "28", "indigo", "MAIN", 0, 0, 0, 0, 0, T));
        stock.movements.add(new MovementDto(3, 11, "TEE-M-NAVY", "MAIN", "GRADE_A", "sakura-operator", "R-000123", null, 1,
                0, 0, 0, null, T));
        stock.movements.add(new MovementDto(2, 11, "TEE-M-NAVY", "MAIN", "RESERVATION", "customer", "R-000120", null, 0, 0,
                2, 0, null, T.minusSeconds(60)));
        stock.movements.add(new MovementDto(1, 12, "DENIM-28", "MAIN", "SYNC", "api-key:shop", "import:stock", null, -1, 0,
                0, 0, T, T.minusSeconds(120)));
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<StockLevelDto> levels() {
        return _get(Grid.class, spec -> spec.withId("inventory-levels"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<MovementDto> ledger() {
        return _get(Grid.class, spec -> spec.withId("inventory-ledger"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void searchBySkuOrNameAndLocationShowsLevelsAndARowShowsItsLedgerInJapanese() {
        UI.getCurrent().navigate("shops/sakura-apparel/inventory");
        assertThat(GridKt._size(levels())).isEqualTo(3);
        // No ledger until a row is chosen (Karibu finds visible components only).
        assertThat(_find(Grid.class, spec -> spec.withId("inventory-ledger"))).isEmpty();

        _get(TextField.class, spec -> spec.withId("inventory-search")).setValue("tee");
        assertThat(GridKt._size(levels())).isEqualTo(2);
        _get(ComboBox.class, spec -> spec.withId("inventory-location")).setValue("WH2");
        assertThat(GridKt._size(levels())).isEqualTo(1);
        assertThat(GridKt._getFormatted(levels(), 0, "incoming")).isEqualTo("4");
        _get(ComboBox.class, spec -> spec.withId("inventory-location")).clear();
        _get(TextField.class, spec -> spec.withId("inventory-search")).setValue("デニ");
        assertThat(GridKt._size(levels())).isEqualTo(1);
        assertThat(GridKt._getFormatted(levels(), 0, "product")).isEqualTo("デニム");

        _get(TextField.class, spec -> spec.withId("inventory-search")).clear();
        levels().select(GridKt._get(levels(), 0));
        assertThat(Console.inventory().ledgerRequests).containsExactly("TEE-M-NAVY");
        assertThat(ledger().isVisible()).isTrue();
        assertThat(_get(H2.class, spec -> spec.withId("inventory-ledger-title")).getText())
                .isEqualTo("TEE-M-NAVY（リネンTシャツ）の在庫台帳");
        assertThat(GridKt._size(ledger())).isEqualTo(2);
        assertThat(GridKt._getFormatted(ledger(), 0, "cause")).isEqualTo("検品A（再販）");
        assertThat(GridKt._getFormatted(ledger(), 0, "change")).isEqualTo("販売可能 +1");
        assertThat(GridKt._getFormatted(ledger(), 0, "reference")).isEqualTo("R-000123");
        // Times in the shop's zone (Asia/Tokyo): 15:30 UTC is 0:30 the next day.
        assertThat(GridKt._getFormatted(ledger(), 0, "when")).startsWith("2026/12/04 0:30");
    }

    @Test
    void inEnglishTheLedgerNamesCausesAndBuckets() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("shops/sakura-apparel/inventory");
        _get(TextField.class, spec -> spec.withId("inventory-search")).setValue("DENIM");
        levels().select(GridKt._get(levels(), 0));
        assertThat(GridKt._getFormatted(ledger(), 0, "cause")).isEqualTo("Shop system count");
        assertThat(GridKt._getFormatted(ledger(), 0, "change")).isEqualTo("Sellable -1");
        assertThat(GridKt._getFormatted(levels(), 0, "product")).isEqualTo("Denim");
    }

    @Test
    void anotherShopIsRefused() {
        UI.getCurrent().navigate("shops/kumo-zakka/inventory");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("access-refused")).getText())
                .contains("kumo-zakka");
    }
}
