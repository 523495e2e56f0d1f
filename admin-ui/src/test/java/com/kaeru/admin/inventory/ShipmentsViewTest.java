package com.kaeru.admin.inventory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeFulfilments;
import com.kaeru.api.returns.FulfilmentDto;
import com.kaeru.api.vocabulary.FulfilmentState;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console's "Shipments & backorders": instructions shipped in bulk by scanning, the backorder queue, roles. */
class ShipmentsViewTest {
    private static final LocalDate PROMISED = LocalDate.parse("2026-12-15");

    private static void withWork(String user, String role) {
        Console.start(user, role);
        var f = Console.fulfilments();
        f.items.add(FakeFulfilments.of("R-000101", 1, FulfilmentState.SHIPMENT_REQUESTED, null, false, false));
        f.items.add(FakeFulfilments.of("R-000102", 2, FulfilmentState.SHIPMENT_REQUESTED, null, false, true));
        f.items.add(FakeFulfilments.of("R-000103", 3, FulfilmentState.BACKORDERED, PROMISED, true, false));
        f.items.add(FakeFulfilments.of("R-000104", 4, FulfilmentState.BACKORDERED, PROMISED.minusDays(20), false, true));
        f.items.add(FakeFulfilments.of("R-000105", 5, FulfilmentState.SHIPPED, null, false, false));
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<FulfilmentDto> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    @Test
    void anOperatorShipsScannedParcelsInBulkAndEachLineAnswersOnItsOwn() {
        withWork("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate("shops/sakura-apparel/shipments");
        assertThat(GridKt._size(grid("shipment-instructions"))).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid("shipment-instructions"), 0, "shipTo")).contains("100-0005")
                .contains("佐藤 美咲");

        // Without a carrier nothing is sent.
        _get(TextArea.class, spec -> spec.withId("shipment-scans")).setValue("R-000101 4901-0001");
        _get(Button.class, spec -> spec.withId("shipment-mark-shipped")).click();
        assertThat(Console.fulfilments().calls).isEmpty();
        assertThat(_find(ListItem.class).get(0).getText()).isEqualTo("先に配送業者を選んでください。");

        ((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("shipment-carrier"))).setValue("ヤマト運輸");
        _get(TextArea.class, spec -> spec.withId("shipment-scans")).setValue(
                "r-000101 4901-0001\nR-000102/2\t4901-0002\nR-000103 4901-0003\ngarbage");
        _get(Button.class, spec -> spec.withId("shipment-mark-shipped")).click();
        assertThat(Console.fulfilments().calls).containsExactly("ship R-000101/1 ヤマト運輸 4901-0001",
                "ship R-000102/2 ヤマト運輸 4901-0002");
        assertThat(_find(ListItem.class).stream().map(ListItem::getText).toList()).containsExactly(
                "R-000101: 出荷済み（伝票番号 4901-0001）", "R-000102: 出荷済み（伝票番号 4901-0002）",
                "R-000103 4901-0003: この行に該当する出荷指示がありません。",
                "garbage: この行に該当する出荷指示がありません。");
        // What did not ship stays to be corrected; the shipped ones leave the instructions.
        assertThat(_get(TextArea.class, spec -> spec.withId("shipment-scans")).getValue())
                .isEqualTo("R-000103 4901-0003\ngarbage");
        assertThat(GridKt._size(grid("shipment-instructions"))).isZero();
    }

    @Test
    void theBackorderQueueShowsPromisedDatesConfirmationNoticesAndLateOnes() {
        withWork("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate("shops/sakura-apparel/shipments");
        // Analysts read but have nothing to ship with.
        assertThat(_find(TextArea.class, spec -> spec.withId("shipment-scans"))).isEmpty();
        Grid<FulfilmentDto> queue = grid("backorder-queue");
        assertThat(GridKt._size(queue)).isEqualTo(2);
        assertThat(GridKt._getFormatted(queue, 0, "promised")).isEqualTo("2026-12-15");
        assertThat(GridKt._getFormatted(queue, 0, "confirmed")).isEqualTo("確定");
        assertThat(GridKt._getFormatted(queue, 1, "confirmed")).isEqualTo("確認中");
        assertThat(GridKt._getFormatted(queue, 1, "late")).isEqualTo("遅延");
        assertThat(GridKt._getFormatted(queue, 0, "state")).isEqualTo("入荷待ち");
        _get(Checkbox.class, spec -> spec.withId("backorders-late")).setValue(true);
        assertThat(GridKt._size(queue)).isEqualTo(1);
        assertThat(GridKt._get(queue, 0).rma()).isEqualTo("R-000104");
    }

    @Test
    void inEnglish() {
        withWork("sakura-operator", "OPERATOR");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("shops/sakura-apparel/shipments");
        assertThat(GridKt._getFormatted(grid("backorder-queue"), 1, "confirmed")).isEqualTo("Being confirmed");
        assertThat(_get(Button.class, spec -> spec.withId("shipment-mark-shipped")).getText()).isEqualTo("Mark shipped");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Shipments & backorders");
    }

    @Test
    void parcelScansReadRmaLineAndTrackingAsScannersAndSpreadsheetsGiveThem() {
        var scans = ShipmentsView.ParcelScan.parse("R-000001 111\n\n r-000002/7,222 \nR-3 a b\nR-4/x 9");
        assertThat(scans).extracting(ShipmentsView.ParcelScan::rma).containsExactly("R-000001", "R-000002", null, null);
        assertThat(scans.get(1).lineId()).isEqualTo(7L);
        assertThat(scans.get(1).tracking()).isEqualTo("222");
    }

    @Test
    void anOperatorImportsTrackingNumbersAndSeesWhatEachLineDid() {
        withWork("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate("shops/sakura-apparel/shipments");
        CarrierFilesSection files = _get(CarrierFilesSection.class);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("carrier-b2cloud-csv")).getText())
                .isEqualTo("B2クラウド CSV をダウンロード（ヤマト運輸）");
        Console.carriers().nextResult = new com.kaeru.api.carriers.TrackingImportResultDto(2, 1, java.util.List.of(
                new com.kaeru.api.carriers.TrackingImportResultDto.LineError(4, "R-9", "返品「R-9」は見つかりません。")));

        files.imported("お客様管理番号,伝票番号\nR-1,1\nR-2,2\nR-3,3\nR-9,4\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(Console.carriers().calls).containsExactly("import sakura-apparel 5 lines");
        assertThat(files.summary.getText()).isEqualTo("更新 2 件、変更なし 1 件、エラー 1 件");
        assertThat(files.errors.getChildren().map(c -> ((ListItem) c).getText()).toList())
                .containsExactly("4 行目: 返品「R-9」は見つかりません。");

        // A refused file shows the API's words and no stale line errors.
        Console.carriers().refuseNextImport = "CSV として読めません。";
        files.imported("x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(files.summary.getText()).isEqualTo("CSV として読めません。");
        assertThat(files.errors.getChildren().count()).isZero();
    }

    @Test
    void anAnalystDownloadsTheCarrierFilesButCannotImport() {
        withWork("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate("shops/sakura-apparel/shipments");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("carrier-ehiden-csv"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("carrier-tracking-upload")))
                .isEmpty();
    }
}
