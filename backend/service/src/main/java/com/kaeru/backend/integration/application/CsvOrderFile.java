package com.kaeru.backend.integration.application;

import com.kaeru.api.integration.OrderLineRecord;
import com.kaeru.api.integration.OrderRecord;
import com.kaeru.api.vocabulary.SalesChannel;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses an order CSV file (one row per order line, rows of one order grouped by order number) into the same
 * {@link OrderRecord}s the JSON upsert takes, so a committed file goes through
 * {@link IntegrationService#upsertOrdersIn} and shares its idempotency (external id = channel prefix + order number).
 * First step of the CSV import (issue 12): no persistence, history or API yet.
 */
public final class CsvOrderFile {

    /** Windows-31J is what Japanese tools mean by "Shift_JIS" (includes NEC/IBM extensions, ～ etc.). */
    public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

    /** Logical fields of an order row. */
    public enum Field { ORDER_NUMBER, ORDERED_AT, CUSTOMER_NAME, CUSTOMER_EMAIL, CUSTOMER_PHONE, POSTAL_CODE,
        PREFECTURE, CITY, ADDRESS_LINE1, SKU, QUANTITY, UNIT_PRICE, SHIPPING_FEE }

    /** Built-in header presets; a shop's saved mapping overrides them field by field. */
    public enum Preset {
        GENERIC(SalesChannel.OTHER, "csv-", Map.ofEntries(
                Map.entry(Field.ORDER_NUMBER, "order_number"), Map.entry(Field.ORDERED_AT, "ordered_at"),
                Map.entry(Field.CUSTOMER_NAME, "customer_name"), Map.entry(Field.CUSTOMER_EMAIL, "customer_email"),
                Map.entry(Field.CUSTOMER_PHONE, "customer_phone"), Map.entry(Field.POSTAL_CODE, "postal_code"),
                Map.entry(Field.PREFECTURE, "prefecture"), Map.entry(Field.CITY, "city"),
                Map.entry(Field.ADDRESS_LINE1, "address_line1"), Map.entry(Field.SKU, "sku"),
                Map.entry(Field.QUANTITY, "quantity"), Map.entry(Field.UNIT_PRICE, "unit_price"),
                Map.entry(Field.SHIPPING_FEE, "shipping_fee"))),
        RAKUTEN_RMS(SalesChannel.RAKUTEN, "rakuten-", Map.ofEntries(
                Map.entry(Field.ORDER_NUMBER, "注文番号"), Map.entry(Field.ORDERED_AT, "注文日時"),
                Map.entry(Field.CUSTOMER_NAME, "注文者名"), Map.entry(Field.CUSTOMER_EMAIL, "注文者メールアドレス"),
                Map.entry(Field.CUSTOMER_PHONE, "注文者電話番号"), Map.entry(Field.POSTAL_CODE, "送付先郵便番号"),
                Map.entry(Field.PREFECTURE, "送付先都道府県"), Map.entry(Field.CITY, "送付先市区町村"),
                Map.entry(Field.ADDRESS_LINE1, "送付先番地"), Map.entry(Field.SKU, "SKU管理番号"),
                Map.entry(Field.QUANTITY, "個数"), Map.entry(Field.UNIT_PRICE, "単価"),
                Map.entry(Field.SHIPPING_FEE, "送料"))),
        AMAZON_SELLER_CENTRAL(SalesChannel.AMAZON, "amazon-", Map.ofEntries(
                Map.entry(Field.ORDER_NUMBER, "order-id"), Map.entry(Field.ORDERED_AT, "purchase-date"),
                Map.entry(Field.CUSTOMER_NAME, "buyer-name"), Map.entry(Field.CUSTOMER_EMAIL, "buyer-email"),
                Map.entry(Field.CUSTOMER_PHONE, "buyer-phone-number"), Map.entry(Field.POSTAL_CODE, "ship-postal-code"),
                Map.entry(Field.PREFECTURE, "ship-state"), Map.entry(Field.CITY, "ship-city"),
                Map.entry(Field.ADDRESS_LINE1, "ship-address-1"), Map.entry(Field.SKU, "sku"),
                Map.entry(Field.QUANTITY, "quantity-purchased"), Map.entry(Field.UNIT_PRICE, "item-price"),
                Map.entry(Field.SHIPPING_FEE, "shipping-price"))),
        SHOPIFY(SalesChannel.SHOPIFY, "shopify-csv-", Map.ofEntries(
                Map.entry(Field.ORDER_NUMBER, "Name"), Map.entry(Field.ORDERED_AT, "Created at"),
                Map.entry(Field.CUSTOMER_NAME, "Billing Name"), Map.entry(Field.CUSTOMER_EMAIL, "Email"),
                Map.entry(Field.CUSTOMER_PHONE, "Phone"), Map.entry(Field.POSTAL_CODE, "Shipping Zip"),
                Map.entry(Field.PREFECTURE, "Shipping Province"), Map.entry(Field.CITY, "Shipping City"),
                Map.entry(Field.ADDRESS_LINE1, "Shipping Address1"), Map.entry(Field.SKU, "Lineitem sku"),
                Map.entry(Field.QUANTITY, "Lineitem quantity"), Map.entry(Field.UNIT_PRICE, "Lineitem price"),
                Map.entry(Field.SHIPPING_FEE, "Shipping")));

        final SalesChannel channel;
        final String externalIdPrefix;
        final Map<Field, String> columns;

        Preset(SalesChannel channel, String externalIdPrefix, Map<Field, String> columns) {
            this.channel = channel;
            this.externalIdPrefix = externalIdPrefix;
            this.columns = columns;
        }

        public Map<Field, String> columns() {
            return columns;
        }
    }

    /** A problem in one row: 1-based physical line, the file's column header, message key + text in ja and en. */
    public record RowError(long line, String column, String key, String messageJa, String messageEn) {
    }

    /** Parse outcome: orders whose every row is valid, the errors, and the source lines of each order. */
    public record Result(Charset charset, List<OrderRecord> validOrders, List<RowError> errors, int rows,
            int invalidOrders) {
    }

    private static final List<Field> REQUIRED = List.of(Field.ORDER_NUMBER, Field.ORDERED_AT, Field.CUSTOMER_NAME,
            Field.CUSTOMER_EMAIL, Field.SKU, Field.QUANTITY, Field.UNIT_PRICE);
    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private CsvOrderFile() {
    }

    /** BOM → UTF-8; else a strict UTF-8 decode; else Windows-31J. Returns the text without BOM. */
    public static String decode(byte[] bytes, Charset chosen) {
        if (chosen != null) {
            return stripBom(new String(bytes, chosen));
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, SHIFT_JIS);
        }
    }

    public static Charset detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return SHIFT_JIS;
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /**
     * Parses and validates. {@code mapping} (a shop's saved mapping, may be empty) overrides the preset's header per
     * field. An order with any bad row is reported and left out of {@code validOrders} as a whole.
     */
    public static Result parse(byte[] bytes, Charset chosen, Preset preset, Map<Field, String> mapping) {
        Charset charset = chosen != null ? chosen : detect(bytes);
        String text = decode(bytes, chosen);
        Map<Field, String> columns = new LinkedHashMap<>(preset.columns);
        if (mapping != null) {
            columns.putAll(mapping);
        }
        List<RowError> errors = new ArrayList<>();
        Map<String, OrderRecord> orders = new LinkedHashMap<>();
        Map<String, Boolean> bad = new LinkedHashMap<>();
        int rows = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (Field f : REQUIRED) {
                if (!header.containsKey(columns.get(f))) {
                    errors.add(error(1, columns.get(f), "import.error.missingColumn"));
                }
            }
            if (!errors.isEmpty()) {
                return new Result(charset, List.of(), errors, 0, 0);
            }
            for (CSVRecord rec : parser) {
                rows++;
                long line = rec.getRecordNumber() + 1; // header is line 1; rows with embedded line breaks are not counted twice
                int before = errors.size();
                String number = value(rec, columns, Field.ORDER_NUMBER);
                for (Field f : REQUIRED) {
                    if (value(rec, columns, f).isEmpty()) {
                        errors.add(error(line, columns.get(f), "import.error.required"));
                    }
                }
                String email = value(rec, columns, Field.CUSTOMER_EMAIL);
                if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                    errors.add(error(line, columns.get(Field.CUSTOMER_EMAIL), "import.error.email"));
                }
                Integer qty = positiveInt(value(rec, columns, Field.QUANTITY));
                if (qty == null && !value(rec, columns, Field.QUANTITY).isEmpty()) {
                    errors.add(error(line, columns.get(Field.QUANTITY), "import.error.quantity"));
                }
                Long price = yen(value(rec, columns, Field.UNIT_PRICE));
                if (price == null && !value(rec, columns, Field.UNIT_PRICE).isEmpty()) {
                    errors.add(error(line, columns.get(Field.UNIT_PRICE), "import.error.amount"));
                }
                Long shipping = value(rec, columns, Field.SHIPPING_FEE).isEmpty() ? Long.valueOf(0)
                        : yen(value(rec, columns, Field.SHIPPING_FEE));
                if (shipping == null) {
                    errors.add(error(line, columns.get(Field.SHIPPING_FEE), "import.error.amount"));
                }
                Instant orderedAt = instant(value(rec, columns, Field.ORDERED_AT));
                if (orderedAt == null && !value(rec, columns, Field.ORDERED_AT).isEmpty()) {
                    errors.add(error(line, columns.get(Field.ORDERED_AT), "import.error.date"));
                }
                if (errors.size() > before || number.isEmpty()) {
                    bad.put(number, true);
                    continue;
                }
                OrderRecord order = orders.computeIfAbsent(number, n -> {
                    OrderRecord o = new OrderRecord();
                    o.externalId = preset.externalIdPrefix + n;
                    o.orderNumber = n;
                    o.channel = preset.channel;
                    o.customerName = value(rec, columns, Field.CUSTOMER_NAME);
                    o.customerEmail = email;
                    o.customerPhone = blankToNull(value(rec, columns, Field.CUSTOMER_PHONE));
                    o.postalCode = blankToNull(value(rec, columns, Field.POSTAL_CODE));
                    o.prefecture = blankToNull(value(rec, columns, Field.PREFECTURE));
                    o.city = blankToNull(value(rec, columns, Field.CITY));
                    o.addressLine1 = blankToNull(value(rec, columns, Field.ADDRESS_LINE1));
                    o.shippingFeeMinor = shipping;
                    o.orderedAt = orderedAt;
                    o.lines = new ArrayList<>();
                    return o;
                });
                order.lines.add(new OrderLineRecord(order.lines.size() + 1, value(rec, columns, Field.SKU), qty, price, 0));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(error(0, "", "import.error.malformed"));
            return new Result(charset, List.of(), errors, rows, 0);
        }
        bad.keySet().forEach(orders::remove);
        return new Result(charset, List.copyOf(orders.values()), errors, rows, bad.size());
    }

    private static String value(CSVRecord rec, Map<Field, String> columns, Field f) {
        String col = columns.get(f);
        if (col == null || !rec.isMapped(col) || !rec.isSet(col)) {
            return "";
        }
        return rec.get(col).strip();
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Integer positiveInt(String s) {
        try {
            int v = Integer.parseInt(s.replace(",", ""));
            return v > 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whole yen (JPY has no minor unit below the yen), "1,200" and "¥1200" accepted. */
    static Long yen(String s) {
        try {
            long v = Long.parseLong(s.replace(",", "").replace("¥", "").replace("￥", ""));
            return v >= 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** ISO offset date-time, or a local date-time read as JST (what RMS and most Japanese exports write). */
    private static Instant instant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // try local formats
        }
        for (DateTimeFormatter f : LOCAL_FORMATS) {
            try {
                return LocalDateTime.parse(s, f).atZone(JST).toInstant();
            } catch (DateTimeParseException ignored) {
                // next
            }
        }
        return null;
    }

    static RowError error(long line, String column, String key) {
        return new RowError(line, column, key, message(key, Locale.JAPANESE), message(key, Locale.ENGLISH));
    }

    /** The message for a row error's key in the reader's language (Japanese unless English is asked for). */
    public static String message(String key, Locale locale) {
        boolean ja = !locale.getLanguage().equals("en");
        return switch (key) {
            case "import.error.missingColumn" -> ja ? "必須の列がありません" : "Required column is missing";
            case "import.error.required" -> ja ? "値が必要です" : "A value is required";
            case "import.error.email" -> ja ? "メールアドレスの形式が正しくありません" : "Not a valid e-mail address";
            case "import.error.quantity" -> ja ? "個数は1以上の整数で入力してください" : "Quantity must be a whole number of at least 1";
            case "import.error.amount" -> ja ? "金額は0以上の整数(円)で入力してください" : "Amount must be a whole number of yen, 0 or more";
            case "import.error.date" -> ja ? "日時の形式が正しくありません" : "Not a valid date and time";
            case "import.error.rejected" -> ja ? "取り込めませんでした" : "The record was refused";
            case "import.error.unknownColumn" -> ja ? "この列は使えません(列名を確認してください)"
                    : "Unknown column (check the header's spelling)";
            case "import.error.duplicate" -> ja ? "同じキー(SKU)がファイル内で重複しています"
                    : "The same key (SKU) appears more than once in the file";
            case "import.error.boolean" -> ja ? "true か false で入力してください" : "Use true or false";
            case "import.error.status" -> ja ? "ACTIVE か DISCONTINUED で入力してください" : "Use ACTIVE or DISCONTINUED";
            case "import.error.units" -> ja ? "数量は0以上の整数で入力してください" : "Units must be a whole number, 0 or more";
            default -> ja ? "CSVの形式が正しくありません" : "The CSV file is malformed";
        };
    }
}
