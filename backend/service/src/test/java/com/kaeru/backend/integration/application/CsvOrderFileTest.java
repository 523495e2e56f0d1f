package com.kaeru.backend.integration.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaeru.api.integration.OrderRecord;
import com.kaeru.api.vocabulary.SalesChannel;
import com.kaeru.backend.integration.application.CsvOrderFile.Preset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvOrderFileTest {

    private static final String RAKUTEN = """
            注文番号,注文日時,注文者名,注文者メールアドレス,注文者電話番号,送付先郵便番号,送付先都道府県,送付先市区町村,送付先番地,SKU管理番号,個数,単価,送料
            R-1001,2026/11/10 10:00:00,山田 花子,hanako@example.jp,090-1111-2222,150-0001,東京都,渋谷区,神宮前1-2-3,SA-SHIRT-S,2,"6,000",550
            R-1001,2026/11/10 10:00:00,山田 花子,hanako@example.jp,090-1111-2222,150-0001,東京都,渋谷区,神宮前1-2-3,SA-SOCKS～,1,800,550
            R-1002,2026/11/11 09:30:00,髙橋 一郎,ichiro@example.jp,,,,,,SA-SHIRT-M,1,6000,0
            """;

    @Test
    void shiftJisRakutenFileIsDetectedAndGroupedIntoOrders() {
        byte[] bytes = RAKUTEN.getBytes(CsvOrderFile.SHIFT_JIS);
        CsvOrderFile.Result result = CsvOrderFile.parse(bytes, null, Preset.RAKUTEN_RMS, Map.of());
        assertThat(result.charset()).isEqualTo(CsvOrderFile.SHIFT_JIS);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.validOrders()).hasSize(2);
        OrderRecord first = result.validOrders().get(0);
        assertThat(first.externalId).isEqualTo("rakuten-R-1001");
        assertThat(first.channel).isEqualTo(SalesChannel.RAKUTEN);
        assertThat(first.customerName).isEqualTo("山田 花子");
        assertThat(first.orderedAt).isEqualTo(Instant.parse("2026-11-10T01:00:00Z"));
        assertThat(first.shippingFeeMinor).isEqualTo(550);
        assertThat(first.lines).extracting(l -> l.sku).containsExactly("SA-SHIRT-S", "SA-SOCKS～");
        assertThat(first.lines.get(0).unitPriceMinor).isEqualTo(6000);
        assertThat(result.validOrders().get(1).customerName).isEqualTo("髙橋 一郎");
    }

    @Test
    void utf8WithBomGenericFileParses() {
        String csv = "\uFEFForder_number,ordered_at,customer_name,customer_email,sku,quantity,unit_price\n"
                + "G-1,2026-11-10T01:00:00Z,Jane Doe,jane@example.com,SKU-1,3,1200\n";
        CsvOrderFile.Result result = CsvOrderFile.parse(csv.getBytes(StandardCharsets.UTF_8), null, Preset.GENERIC,
                Map.of());
        assertThat(result.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(result.errors()).isEmpty();
        assertThat(result.validOrders()).singleElement().satisfies(o -> {
            assertThat(o.externalId).isEqualTo("csv-G-1");
            assertThat(o.lines).singleElement().satisfies(l -> assertThat(l.quantity).isEqualTo(3));
        });
    }

    @Test
    void badRowIsReportedWithLineColumnAndBothLanguagesAndItsOrderIsLeftOut() {
        String csv = "order_number,ordered_at,customer_name,customer_email,sku,quantity,unit_price\n"
                + "G-1,2026-11-10T01:00:00Z,Jane Doe,jane@example.com,SKU-1,3,1200\n"
                + "G-2,2026-11-10T01:00:00Z,John Doe,john@example.com,SKU-1,zero,1200\n"
                + "G-2,2026-11-10T01:00:00Z,John Doe,john@example.com,SKU-2,1,100\n";
        CsvOrderFile.Result result = CsvOrderFile.parse(csv.getBytes(StandardCharsets.UTF_8), null, Preset.GENERIC,
                Map.of());
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("quantity");
            assertThat(e.messageJa()).isEqualTo("個数は1以上の整数で入力してください");
            assertThat(e.messageEn()).isEqualTo("Quantity must be a whole number of at least 1");
        });
        assertThat(result.invalidOrders()).isEqualTo(1);
        assertThat(result.validOrders()).extracting(o -> o.orderNumber).containsExactly("G-1");
    }

    @Test
    void savedMappingOverridesPresetColumnsAndMissingColumnIsReported() {
        String csv = "受注番号,order_date,name,mail,sku,qty,price\n"
                + "M-1,2026-11-10 10:00,A,a@example.jp,S,1,10\n";
        Map<CsvOrderFile.Field, String> mapping = Map.of(CsvOrderFile.Field.ORDER_NUMBER, "受注番号",
                CsvOrderFile.Field.ORDERED_AT, "order_date", CsvOrderFile.Field.CUSTOMER_NAME, "name",
                CsvOrderFile.Field.CUSTOMER_EMAIL, "mail", CsvOrderFile.Field.QUANTITY, "qty",
                CsvOrderFile.Field.UNIT_PRICE, "price");
        assertThat(CsvOrderFile.parse(csv.getBytes(StandardCharsets.UTF_8), null, Preset.GENERIC, mapping)
                .validOrders()).singleElement().satisfies(o -> assertThat(o.orderNumber).isEqualTo("M-1"));
        CsvOrderFile.Result unmapped = CsvOrderFile.parse(csv.getBytes(StandardCharsets.UTF_8), null, Preset.GENERIC,
                Map.of());
        assertThat(unmapped.errors()).extracting(CsvOrderFile.RowError::column).contains("order_number", "quantity");
        assertThat(unmapped.errors()).allSatisfy(e -> assertThat(e.line()).isEqualTo(1));
    }
}
