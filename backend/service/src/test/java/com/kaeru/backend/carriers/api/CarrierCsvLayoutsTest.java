package com.kaeru.backend.carriers.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.kaeru.backend.carriers.domain.CarrierSettings;
import com.kaeru.backend.carriers.domain.Party;
import com.kaeru.backend.carriers.domain.ShippingInstruction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The two carrier layouts byte for byte where it matters: header, encoding, line ends, column places. */
class CarrierCsvLayoutsTest {
    private static final Charset SJIS = Charset.forName("windows-31j");
    private static final CarrierSettings CONTRACT = new CarrierSettings("YAMATO", "0312345678", "01",
            "123456789012", null);
    private static final Party CUSTOMER = new Party("山田 花子", "ﾔﾏﾀﾞ ﾊﾅｺ", "様", "090-1234-5678", "150-0001",
            "東京都 渋谷区神宮前 1-2-3", "コーポ原宿 203号室");
    private static final Party WAREHOUSE = new Party("くも雑貨 返品センター", null, "御中", "047-000-1111",
            "272-0127", "千葉県 市川市塩浜 2-3-1 市川物流センター4階", null);
    private static final ShippingInstruction PICKUP = new ShippingInstruction(ShippingInstruction.Kind.PICKUP,
            "R-000123", LocalDate.of(2026, 12, 7), CUSTOMER, WAREHOUSE, "返品商品", "集荷 12/7 14-16時 R-000123");

    @Test
    void b2CloudHeaderIsTheDocumentedLayoutInShiftJisWithCrlf() {
        byte[] csv = B2CloudCsv.of(List.of(), CONTRACT);
        String expected = String.join(",", B2CloudCsv.COLUMNS) + "\r\n";
        assertThat(csv).isEqualTo(expected.getBytes(SJIS));
        assertThat(B2CloudCsv.COLUMNS).hasSize(95);
        assertThat(B2CloudCsv.COLUMNS.subList(0, 18)).containsExactly("お客様管理番号", "送り状種類", "クール区分",
                "伝票番号", "出荷予定日", "お届け予定日", "配達時間帯", "お届け先コード", "お届け先電話番号",
                "お届け先電話番号枝番", "お届け先郵便番号", "お届け先住所", "お届け先アパートマンション名",
                "お届け先会社・部門１", "お届け先会社・部門２", "お届け先名", "お届け先名(ｶﾅ)", "敬称");
        assertThat(B2CloudCsv.COLUMNS.subList(39, 42)).containsExactly("請求先顧客コード", "請求先分類コード", "運賃管理番号");
        // お客様管理番号 in Shift_JIS: 82 A8 8B 71 97 6C 8A C7 97 9D 94 D4 8D 86
        assertThat(Arrays.copyOf(csv, 14)).containsExactly(0x82, 0xA8, 0x8B, 0x71, 0x97, 0x6C, 0x8A, 0xC7, 0x97, 0x9D,
                0x94, 0xD4, 0x8D, 0x86);
    }

    @Test
    void b2CloudPickupRowPutsTheCustomerAsSenderAndTheShopAsConsignee() throws Exception {
        CSVRecord row = rows(B2CloudCsv.of(List.of(PICKUP), CONTRACT)).get(1);
        assertThat(row.size()).isEqualTo(95);
        assertThat(col(row, B2CloudCsv.COLUMNS, "お客様管理番号")).isEqualTo("R-000123");
        assertThat(col(row, B2CloudCsv.COLUMNS, "送り状種類")).isEqualTo("0");
        assertThat(col(row, B2CloudCsv.COLUMNS, "伝票番号")).isEmpty();
        assertThat(col(row, B2CloudCsv.COLUMNS, "出荷予定日")).isEqualTo("2026/12/07");
        assertThat(col(row, B2CloudCsv.COLUMNS, "お届け先名")).isEqualTo("くも雑貨 返品センター");
        assertThat(col(row, B2CloudCsv.COLUMNS, "敬称")).isEqualTo("御中");
        assertThat(col(row, B2CloudCsv.COLUMNS, "お届け先郵便番号")).isEqualTo("272-0127");
        assertThat(col(row, B2CloudCsv.COLUMNS, "ご依頼主名")).isEqualTo("山田 花子");
        assertThat(col(row, B2CloudCsv.COLUMNS, "ご依頼主名(ｶﾅ)")).isEqualTo("ﾔﾏﾀﾞ ﾊﾅｺ");
        assertThat(col(row, B2CloudCsv.COLUMNS, "ご依頼主住所")).isEqualTo("東京都 渋谷区神宮前 1-2-3");
        assertThat(col(row, B2CloudCsv.COLUMNS, "ご依頼主アパートマンション")).isEqualTo("コーポ原宿 203号室");
        assertThat(col(row, B2CloudCsv.COLUMNS, "ご依頼主電話番号")).isEqualTo("090-1234-5678");
        assertThat(col(row, B2CloudCsv.COLUMNS, "品名１")).isEqualTo("返品商品");
        assertThat(col(row, B2CloudCsv.COLUMNS, "記事")).isEqualTo("集荷 12/7 14-16時 R-000123");
        assertThat(col(row, B2CloudCsv.COLUMNS, "請求先顧客コード")).isEqualTo("0312345678");
        assertThat(col(row, B2CloudCsv.COLUMNS, "運賃管理番号")).isEqualTo("01");
    }

    @Test
    void aCommaOrQuoteInANameIsQuotedByTheLibraryNotBrokenIntoColumns() throws Exception {
        Party odd = new Party("山田 \"ハナ\", 花子", null, "様", null, "150-0001", "東京都 渋谷区", null);
        ShippingInstruction s = new ShippingInstruction(ShippingInstruction.Kind.EXCHANGE, "R-000124-L9",
                LocalDate.of(2026, 12, 5), WAREHOUSE, odd, "T シャツ M 白 ×1", null);
        CSVRecord row = rows(B2CloudCsv.of(List.of(s), CONTRACT)).get(1);
        assertThat(row.size()).isEqualTo(95);
        assertThat(col(row, B2CloudCsv.COLUMNS, "お届け先名")).isEqualTo("山田 \"ハナ\", 花子");
        assertThat(col(row, B2CloudCsv.COLUMNS, "お客様管理番号")).isEqualTo("R-000124-L9");
    }

    @Test
    void eHidenHeaderAndARowWithTheAddressSplitIntoSixteenCharacterFields() throws Exception {
        byte[] empty = EHidenCsv.of(List.of(), CONTRACT);
        assertThat(empty).isEqualTo((String.join(",", EHidenCsv.COLUMNS) + "\r\n").getBytes(SJIS));
        assertThat(EHidenCsv.COLUMNS).hasSize(73);
        assertThat(EHidenCsv.COLUMNS.subList(0, 10)).containsExactly("住所録コード", "お届け先電話番号",
                "お届け先郵便番号", "お届け先住所１", "お届け先住所２", "お届け先住所３", "お届け先名称１", "お届け先名称２",
                "お客様管理番号", "お客様コード");
        assertThat(EHidenCsv.COLUMNS).contains("荷札品名１１", "元着区分", "お問い合せ送り状Ｎｏ．", "編集１０");

        CSVRecord row = rows(EHidenCsv.of(List.of(PICKUP), CONTRACT)).get(1);
        assertThat(row.size()).isEqualTo(73);
        assertThat(col(row, EHidenCsv.COLUMNS, "お客様管理番号")).isEqualTo("R-000123");
        assertThat(col(row, EHidenCsv.COLUMNS, "お客様コード")).isEqualTo("123456789012");
        assertThat(col(row, EHidenCsv.COLUMNS, "お届け先住所１")).isEqualTo("千葉県 市川市塩浜 2-3-1");
        assertThat(col(row, EHidenCsv.COLUMNS, "お届け先住所２")).isEqualTo("市川物流センター4階");
        assertThat(col(row, EHidenCsv.COLUMNS, "お届け先名称１")).isEqualTo("くも雑貨 返品センター 御中");
        assertThat(col(row, EHidenCsv.COLUMNS, "ご依頼主住所１")).isEqualTo("東京都 渋谷区神宮前 1-2-3");
        assertThat(col(row, EHidenCsv.COLUMNS, "ご依頼主住所２")).isEqualTo("コーポ原宿 203号室");
        assertThat(col(row, EHidenCsv.COLUMNS, "元着区分")).isEqualTo("1");
        assertThat(col(row, EHidenCsv.COLUMNS, "出荷日")).isEqualTo("20261207");
    }

    private static List<CSVRecord> rows(byte[] csv) throws Exception {
        String text = new String(csv, SJIS);
        assertThat(text).doesNotContain("\n\n").endsWith("\r\n");
        return CSVFormat.RFC4180.parse(new java.io.StringReader(text)).getRecords();
    }

    private static String col(CSVRecord row, List<String> columns, String name) {
        return row.get(columns.indexOf(name));
    }
}
