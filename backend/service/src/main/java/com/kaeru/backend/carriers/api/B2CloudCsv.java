package com.kaeru.backend.carriers.api;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import com.kaeru.backend.carriers.domain.CarrierSettings;
import com.kaeru.backend.carriers.domain.ShippingInstruction;

/**
 * Yamato B2クラウド 外部データ取込 in its basic layout (送り状発行データ 入出力用, 95 columns): a header
 * row, then one slip per row, Shift_JIS (Windows-31J), CRLF; import with 取込開始行 = 2. Columns
 * Kaeru knows nothing about stay empty. Both uses print 発払 (0) billed to the shop's 請求先顧客コード:
 * for a pickup the customer is ご依頼主 and the shop's return address お届け先.
 */
final class B2CloudCsv {
    static final List<String> COLUMNS = List.of(
            "お客様管理番号", "送り状種類", "クール区分", "伝票番号", "出荷予定日", "お届け予定日", "配達時間帯",
            "お届け先コード", "お届け先電話番号", "お届け先電話番号枝番", "お届け先郵便番号", "お届け先住所",
            "お届け先アパートマンション名", "お届け先会社・部門１", "お届け先会社・部門２", "お届け先名", "お届け先名(ｶﾅ)",
            "敬称", "ご依頼主コード", "ご依頼主電話番号", "ご依頼主電話番号枝番", "ご依頼主郵便番号", "ご依頼主住所",
            "ご依頼主アパートマンション", "ご依頼主名", "ご依頼主名(ｶﾅ)", "品名コード１", "品名１", "品名コード２", "品名２",
            "荷扱い１", "荷扱い２", "記事", "ｺﾚｸﾄ代金引換額（税込)", "内消費税額等", "止置き", "営業所コード", "発行枚数",
            "個数口表示フラグ", "請求先顧客コード", "請求先分類コード", "運賃管理番号", "クロネコwebコレクトデータ登録",
            "クロネコwebコレクト加盟店番号", "クロネコwebコレクト申込受付番号１", "クロネコwebコレクト申込受付番号２",
            "クロネコwebコレクト申込受付番号３", "お届け予定ｅメール利用区分", "お届け予定ｅメールe-mailアドレス", "入力機種",
            "お届け予定ｅメールメッセージ", "お届け完了ｅメール利用区分", "お届け完了ｅメールe-mailアドレス",
            "お届け完了ｅメールメッセージ", "クロネコ収納代行利用区分", "予備", "収納代行請求金額(税込)",
            "収納代行内消費税額等", "収納代行請求先郵便番号", "収納代行請求先住所", "収納代行請求先住所（アパートマンション名）",
            "収納代行請求先会社・部門名１", "収納代行請求先会社・部門名２", "収納代行請求先名(漢字)", "収納代行請求先名(カナ)",
            "収納代行問合せ先名(漢字)", "収納代行問合せ先郵便番号", "収納代行問合せ先住所",
            "収納代行問合せ先住所（アパートマンション名）", "収納代行問合せ先電話番号", "収納代行管理番号", "収納代行品名",
            "収納代行備考", "複数口くくりキー", "検索キータイトル1", "検索キー1", "検索キータイトル2", "検索キー2",
            "検索キータイトル3", "検索キー3", "検索キータイトル4", "検索キー4", "検索キータイトル5", "検索キー5", "予備", "予備",
            "投函予定メール利用区分", "投函予定メールe-mailアドレス", "投函予定メールメッセージ",
            "投函完了メール（お届け先宛）利用区分", "投函完了メール（お届け先宛）e-mailアドレス",
            "投函完了メール（お届け先宛）メールメッセージ", "投函完了メール（ご依頼主宛）利用区分",
            "投函完了メール（ご依頼主宛）e-mailアドレス", "投函完了メール（ご依頼主宛）メールメッセージ");
    /** 送り状種類 0: 発払 (the shop's contract pays). */
    static final String PREPAID = "0";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private B2CloudCsv() {
    }

    static byte[] of(List<ShippingInstruction> slips, CarrierSettings settings) {
        return CarrierCsv.write(COLUMNS, slips.stream().map(s -> row(s, settings)).toList());
    }

    static Object[] row(ShippingInstruction s, CarrierSettings settings) {
        Object[] r = new Object[COLUMNS.size()];
        Arrays.fill(r, "");
        put(r, "お客様管理番号", s.reference());
        put(r, "送り状種類", PREPAID);
        put(r, "クール区分", "0");
        put(r, "出荷予定日", s.shipDate() == null ? "" : DATE.format(s.shipDate()));
        put(r, "お届け先電話番号", s.consignee().phone());
        put(r, "お届け先郵便番号", s.consignee().postalCode());
        put(r, "お届け先住所", s.consignee().address());
        put(r, "お届け先アパートマンション名", s.consignee().building());
        put(r, "お届け先名", s.consignee().name());
        put(r, "お届け先名(ｶﾅ)", s.consignee().kana());
        put(r, "敬称", s.consignee().honorific());
        put(r, "ご依頼主電話番号", s.sender().phone());
        put(r, "ご依頼主郵便番号", s.sender().postalCode());
        put(r, "ご依頼主住所", s.sender().address());
        put(r, "ご依頼主アパートマンション", s.sender().building());
        put(r, "ご依頼主名", s.sender().name());
        put(r, "ご依頼主名(ｶﾅ)", s.sender().kana());
        put(r, "品名１", s.itemName());
        put(r, "記事", s.note());
        put(r, "発行枚数", "1");
        put(r, "請求先顧客コード", settings.yamatoBillingCustomerCode());
        put(r, "運賃管理番号", settings.yamatoFreightNumber());
        return r;
    }

    private static void put(Object[] row, String column, String value) {
        row[COLUMNS.indexOf(column)] = value == null ? "" : value;
    }
}
