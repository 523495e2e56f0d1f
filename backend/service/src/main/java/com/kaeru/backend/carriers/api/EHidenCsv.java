package com.kaeru.backend.carriers.api;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.kaeru.backend.carriers.domain.CarrierSettings;
import com.kaeru.backend.carriers.domain.ShippingInstruction;

/**
 * Sagawa e飛伝 出荷データ (the e飛伝II/III CSV 取込 standard pattern, 73 columns): header row, then one
 * slip per row, Shift_JIS (Windows-31J), CRLF. Address and name fields hold 16 full-width
 * characters each, so a long address continues into 住所２ and ３. 元着区分 1 (元払, billed to the
 * shop's お客様コード) for both uses.
 */
final class EHidenCsv {
    static final List<String> COLUMNS;
    /** Characters per address or name field on the slip. */
    static final int FIELD = 16;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    static {
        List<String> c = new ArrayList<>(List.of(
                "住所録コード", "お届け先電話番号", "お届け先郵便番号", "お届け先住所１", "お届け先住所２", "お届け先住所３",
                "お届け先名称１", "お届け先名称２", "お客様管理番号", "お客様コード", "部署ご担当者コード取得区分",
                "部署ご担当者コード", "部署ご担当者名称", "荷送人電話番号", "ご依頼主コード取得区分", "ご依頼主コード",
                "ご依頼主電話番号", "ご依頼主郵便番号", "ご依頼主住所１", "ご依頼主住所２", "ご依頼主名称１", "ご依頼主名称２",
                "荷姿", "品名１", "品名２", "品名３", "品名４", "品名５", "荷札荷姿"));
        for (int i = 1; i <= 11; i++) {
            c.add("荷札品名" + fullWidth(i));
        }
        c.addAll(List.of("出荷個数", "スピード指定", "クール便指定", "配達日", "配達指定時間帯", "配達指定時間（時分）",
                "代引金額", "消費税", "決済種別", "保険金額", "指定シール１", "指定シール２", "指定シール３", "営業所受取",
                "ＳＲＣ区分", "営業所受取営業所コード", "元着区分", "メールアドレス", "ご不在時連絡先", "出荷日",
                "お問い合せ送り状Ｎｏ．", "出荷場印字区分", "集約解除指定"));
        for (int i = 1; i <= 10; i++) {
            c.add("編集" + fullWidth(i / 10) + fullWidth(i % 10));
        }
        COLUMNS = List.copyOf(c);
    }

    private EHidenCsv() {
    }

    private static String fullWidth(int number) {
        StringBuilder s = new StringBuilder();
        String.valueOf(number).chars().forEach(ch -> s.append((char) ('０' + (ch - '0'))));
        return s.toString();
    }

    static byte[] of(List<ShippingInstruction> slips, CarrierSettings settings) {
        return CarrierCsv.write(COLUMNS, slips.stream().map(s -> row(s, settings)).toList());
    }

    static Object[] row(ShippingInstruction s, CarrierSettings settings) {
        Object[] r = new Object[COLUMNS.size()];
        Arrays.fill(r, "");
        put(r, "お届け先電話番号", s.consignee().phone());
        put(r, "お届け先郵便番号", s.consignee().postalCode());
        List<String> to = split(join(s.consignee().address(), s.consignee().building()), 3);
        put(r, "お届け先住所１", to.get(0));
        put(r, "お届け先住所２", to.get(1));
        put(r, "お届け先住所３", to.get(2));
        List<String> toName = split(join(s.consignee().name(), s.consignee().honorific()), 2);
        put(r, "お届け先名称１", toName.get(0));
        put(r, "お届け先名称２", toName.get(1));
        put(r, "お客様管理番号", s.reference());
        put(r, "お客様コード", settings.sagawaCustomerCode());
        put(r, "ご依頼主電話番号", s.sender().phone());
        put(r, "ご依頼主郵便番号", s.sender().postalCode());
        List<String> from = split(join(s.sender().address(), s.sender().building()), 2);
        put(r, "ご依頼主住所１", from.get(0));
        put(r, "ご依頼主住所２", from.get(1));
        List<String> fromName = split(s.sender().name(), 2);
        put(r, "ご依頼主名称１", fromName.get(0));
        put(r, "ご依頼主名称２", fromName.get(1));
        put(r, "品名１", s.itemName());
        put(r, "品名２", s.note());
        put(r, "出荷個数", "1");
        put(r, "元着区分", "1");
        put(r, "出荷日", s.shipDate() == null ? "" : DATE.format(s.shipDate()));
        return r;
    }

    private static String join(String a, String b) {
        return b == null || b.isBlank() ? (a == null ? "" : a) : (a == null ? "" : a) + " " + b;
    }

    /** {@code text} over {@code fields} fields of {@link #FIELD} characters; what does not fit stays in the last. */
    static List<String> split(String text, int fields) {
        List<String> parts = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        for (int i = 0; i < fields; i++) {
            if (i == fields - 1 || rest.codePointCount(0, rest.length()) <= FIELD) {
                parts.add(rest);
                rest = "";
            } else {
                int end = rest.offsetByCodePoints(0, FIELD);
                parts.add(rest.substring(0, end).strip());
                rest = rest.substring(end).strip();
            }
        }
        return parts;
    }

    private static void put(Object[] row, String column, String value) {
        int i = COLUMNS.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(column);
        }
        row[i] = value == null ? "" : value;
    }
}
