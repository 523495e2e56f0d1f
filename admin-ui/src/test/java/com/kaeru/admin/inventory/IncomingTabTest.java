package com.kaeru.admin.inventory;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakePurchaseOrders;
import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.admin.testing.FakeTeam;
import com.kaeru.api.inventory.PurchaseOrderDto;
import com.kaeru.api.inventory.StockLevelDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Inventory screen's Incoming and Stocktake tabs: who sees what, placing, confirming, receiving by scanner, counting. */
class IncomingTabTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private static final Set<String> MANAGER = Set.of("VIEW_SHOP", "PROCESS_RETURNS", "VIEW_REPORTS", "APPROVE_REFUNDS",
            "MANAGE_SETTINGS", "ADJUST_STOCK", "MANAGE_SUPPLY");

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    private static void as(String user, String role, Set<String> permissions) {
        Console.start(user, role, permissions, List.of(), new FakeReturns(user), new FakeTeam(user));
    }

    private static FakePurchaseOrders supply() {
        return Console.purchaseOrders();
    }

    private static PurchaseOrderDto anOrder() {
        Map<String, Integer> lines = new LinkedHashMap<>();
        lines.put("TEE-S", 10);
        lines.put("TEE-M", 4);
        return supply().add("東京繊維", TODAY.plusDays(7), false, lines);
    }

    private static void openTab(String id) {
        Tabs tabs = _get(Tabs.class, spec -> spec.withId("inventory-tabs"));
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId(id)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PurchaseOrderDto> orders() {
        return _get(Grid.class, spec -> spec.withId("incoming-orders"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static boolean shown(String id) {
        return !_find(Button.class, spec -> spec.withId(id)).isEmpty();
    }

    @Test
    void aManagerPlacesAnOrderAndConfirmsItsDateInJapanese() {
        as("sakura-manager", "MANAGER", MANAGER);
        UI.getCurrent().navigate("shops/sakura-apparel/inventory");
        openTab("inventory-tab-incoming");
        assertThat(GridKt._size(orders())).isZero();

        _click(button("incoming-create"));
        _get(TextField.class, spec -> spec.withId("po-supplier")).setValue("東京繊維");
        _get(DatePicker.class, spec -> spec.withId("po-expected")).setValue(TODAY.plusDays(10));
        _get(TextField.class, spec -> spec.withId("po-sku-0")).setValue("TEE-S");
        _get(IntegerField.class, spec -> spec.withId("po-quantity-0")).setValue(12);
        _click(button("po-add-line"));
        _get(TextField.class, spec -> spec.withId("po-sku-1")).setValue("TEE-M");
        _get(IntegerField.class, spec -> spec.withId("po-quantity-1")).setValue(3);
        _click(button("po-add-line"));
        _click(button("po-save"));

        assertThat(supply().placed).hasSize(1);
        var request = supply().placed.get(0);
        assertThat(request.location).isEqualTo("MAIN");
        assertThat(request.lines).extracting(l -> l.sku + "×" + l.quantity).containsExactly("TEE-S×12", "TEE-M×3");
        assertThat(GridKt._size(orders())).isEqualTo(1);
        assertThat(GridKt._getFormatted(orders(), 0, "status")).isEqualTo("未入荷");
        assertThat(GridKt._getFormatted(orders(), 0, "expected")).endsWith("(未確定)");
        assertThat(_get(H2.class, spec -> spec.withId("incoming-detail-title")).getText()).isEqualTo("PO-000001（東京繊維）");

        _click(button("incoming-schedule"));
        _get(Checkbox.class, spec -> spec.withId("schedule-confirmed")).setValue(true);
        _click(button("schedule-save"));
        assertThat(supply().schedules).hasSize(1);
        assertThat(supply().schedules.get(0).confirmed).isTrue();
        assertThat(GridKt._getFormatted(orders(), 0, "expected")).endsWith("(確定)");
    }

    @Test
    void anOperatorReceivesByScanningEachUnitAndARefusalStaysInTheDialog() {
        as("sakura-operator", "OPERATOR", Set.of("VIEW_SHOP", "PROCESS_RETURNS"));
        anOrder();
        UI.getCurrent().navigate("shops/sakura-apparel/inventory");
        openTab("inventory-tab-incoming");
        assertThat(shown("incoming-create")).isFalse();
        orders().select(GridKt._get(orders(), 0));
        assertThat(shown("incoming-schedule")).isFalse();
        assertThat(shown("incoming-cancel")).isFalse();

        _click(button("incoming-receive"));
        TextField scan = _get(TextField.class, spec -> spec.withId("receive-scan"));
        scan.setValue("tee-s");
        scan.setValue("TEE-S");
        scan.setValue("TEE-M");
        IntegerField small = _get(IntegerField.class, spec -> spec.withId("receive-qty-TEE-S"));
        IntegerField medium = _get(IntegerField.class, spec -> spec.withId("receive-qty-TEE-M"));
        assertThat(small.getValue()).isEqualTo(2);
        assertThat(medium.getValue()).isEqualTo(1);
        assertThat(medium.hasClassName("scanned")).as("the last scanned line is the active one").isTrue();
        assertThat(small.hasClassName("scanned")).isFalse();
        assertThat(scan.getValue()).as("ready for the next scan").isEmpty();
        scan.setValue("DENIM-28");
        assertThat(_get(Paragraph.class, spec -> spec.withId("receive-error")).getText())
                .isEqualTo("DENIM-28 はこの発注に含まれていません。");

        small.setValue(11);
        _click(button("receive-save"));
        assertThat(supply().receipts).isEmpty();
        assertThat(small.isInvalid()).isTrue();
        assertThat(small.getErrorMessage()).isEqualTo("Only 10 still due.");

        small.setValue(6);
        _click(button("receive-save"));
        assertThat(supply().receipts).hasSize(1);
        assertThat(supply().receipts.get(0).lines).extracting(l -> l.sku + "×" + l.quantity)
                .containsExactly("TEE-S×6", "TEE-M×1");
        assertThat(supply().idempotencyKeys.get(0)).isNotBlank();
        assertThat(GridKt._getFormatted(orders(), 0, "status")).isEqualTo("一部入荷");
        assertThat(GridKt._getFormatted(orders(), 0, "received")).isEqualTo("7 / 14");
    }

    @Test
    void analystsReadIncomingSupplyOnlyAndSeeNoStocktakeInEnglish() {
        as("sakura-analyst", "ANALYST", Set.of("VIEW_SHOP", "VIEW_REPORTS"));
        anOrder();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("shops/sakura-apparel/inventory");
        assertThat(_find(Tab.class, spec -> spec.withId("inventory-tab-stocktake"))).isEmpty();
        openTab("inventory-tab-incoming");
        assertThat(GridKt._getFormatted(orders(), 0, "status")).isEqualTo("Open");
        orders().select(GridKt._get(orders(), 0));
        assertThat(shown("incoming-create")).isFalse();
        assertThat(shown("incoming-receive")).isFalse();
        assertThat(shown("incoming-cancel")).isFalse();
    }

    @Test
    void anOperatorCountsAndSeesTheDiscrepancyAManagerPostsIt() {
        as("sakura-manager", "MANAGER", MANAGER);
        Console.inventory().levels.add(new StockLevelDto(11, "TEE-S", "Tシャツ", "Tee", "S", "navy", "MAIN", 10, 1, 0, 0, 10,
                java.time.Instant.parse("2026-12-03T15:30:00Z")));
        UI.getCurrent().navigate("shops/sakura-apparel/inventory");
        openTab("inventory-tab-stocktake");
        _get(TextField.class, spec -> spec.withId("stocktake-sku")).setValue("TEE-S");
        _get(IntegerField.class, spec -> spec.withId("stocktake-sellable")).setValue(7);
        _click(button("stocktake-add"));
        // The same SKU again replaces its count: a recount, not a second line.
        _get(TextField.class, spec -> spec.withId("stocktake-sku")).setValue("TEE-S");
        _get(IntegerField.class, spec -> spec.withId("stocktake-sellable")).setValue(8);
        _click(button("stocktake-add"));
        _click(button("stocktake-count"));

        assertThat(Console.inventory().counts).hasSize(1);
        assertThat(Console.inventory().counts.get(0).counts).extracting(c -> c.sku + "=" + c.sellable)
                .containsExactly("TEE-S=8");
        @SuppressWarnings("unchecked")
        Grid<com.kaeru.api.inventory.StocktakeLineDto> report = _get(Grid.class, spec -> spec.withId("stocktake-report"));
        assertThat(GridKt._getFormatted(report, 0, "discrepancy")).isEqualTo("-2");
        assertThat(_get(H2.class, spec -> spec.withId("stocktake-report-title")).getText())
                .isEqualTo("棚卸 ST-1：帳簿と差異のあるSKU 1 件");

        _get(TextField.class, spec -> spec.withId("stocktake-reason")).setValue("月末棚卸");
        _click(button("stocktake-post"));
        assertThat(Console.inventory().postings).extracting(p -> p.reason).containsExactly("月末棚卸");
        assertThat(_get(Paragraph.class, spec -> spec.withId("stocktake-message")).getText())
                .isEqualTo("棚卸 ST-1 を sakura-manager が計上しました。");
        assertThat(shown("stocktake-post")).as("posted once").isFalse();
    }
}
