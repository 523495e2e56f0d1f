package com.kaeru.backend.integration.application;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import com.kaeru.api.integration.OrderLineRecord;
import com.kaeru.api.integration.OrderRecord;
import com.kaeru.api.vocabulary.SalesChannel;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A Shopify order document ({@code orders/create}, {@code orders/updated}) as the integrator API's
 * {@link OrderRecord}, so the webhook goes through the same upsert (validation, idempotency, the
 * guard on units already in returns) as a JSON batch. The external id is {@code shopify-<id>}; the
 * order number is Shopify's {@code name} without its {@code #} (what the customer reads on the
 * confirmation), falling back to {@code order_number}. Amounts are Shopify's decimal strings in the
 * order's {@code currency}, turned into minor units.
 */
public final class ShopifyOrderMapping {
    /** Shopify's {@code province_code} for Japan is ISO 3166-2 ({@code JP-13}); Kaeru stores the prefecture's name. */
    private static final String[] PREFECTURES = {"北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
        "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県",
        "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県",
        "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県",
        "大分県", "宮崎県", "鹿児島県", "沖縄県"};

    private ShopifyOrderMapping() {
    }

    /** @throws IllegalArgumentException when the body is not a JSON object or misses the order's id */
    public static OrderRecord map(byte[] rawBody) {
        JsonObject order;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(rawBody))) {
            order = reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The body is not a Shopify order document: " + e.getMessage(), e);
        }
        if (!order.containsKey("id") || order.isNull("id")) {
            throw new IllegalArgumentException("The Shopify order has no id");
        }
        Currency currency = Currency.getInstance(text(order, "currency", "JPY"));
        OrderRecord record = new OrderRecord();
        record.externalId = "shopify-" + order.get("id").toString().replace("\"", "");
        String name = text(order, "name", null);
        record.orderNumber = name != null ? name.replaceFirst("^#", "")
                : order.containsKey("order_number") ? order.get("order_number").toString() : null;
        record.channel = SalesChannel.SHOPIFY;
        JsonObject shipping = object(order, "shipping_address");
        JsonObject customer = object(order, "customer");
        record.customerName = customerName(shipping, customer);
        record.customerEmail = text(order, "email", customer == null ? null : text(customer, "email", null));
        record.customerPhone = text(order, "phone", shipping == null ? null : text(shipping, "phone", null));
        String locale = text(order, "customer_locale", "ja");
        record.customerLanguage = locale.startsWith("en") ? "en" : "ja";
        if (shipping != null) {
            record.postalCode = text(shipping, "zip", null);
            record.prefecture = prefecture(shipping);
            record.city = text(shipping, "city", null);
            record.addressLine1 = text(shipping, "address1", null);
            record.addressLine2 = text(shipping, "address2", null);
        }
        record.orderDiscountMinor = orderLevelDiscount(order, currency);
        record.shippingFeeMinor = shippingFee(order, currency);
        String createdAt = text(order, "created_at", null);
        record.orderedAt = createdAt == null ? null : OffsetDateTime.parse(createdAt).toInstant();
        record.lines = lines(order, currency);
        return record;
    }

    private static List<OrderLineRecord> lines(JsonObject order, Currency currency) {
        List<OrderLineRecord> lines = new ArrayList<>();
        JsonArray items = order.containsKey("line_items") && !order.isNull("line_items")
                ? order.getJsonArray("line_items") : JsonValue.EMPTY_JSON_ARRAY;
        int lineNo = 0;
        for (JsonValue value : items) {
            JsonObject item = value.asJsonObject();
            lineNo++;
            OrderLineRecord line = new OrderLineRecord();
            line.lineNo = lineNo;
            line.sku = text(item, "sku", null);
            line.quantity = item.containsKey("quantity") && !item.isNull("quantity") ? item.getInt("quantity") : null;
            line.unitPriceMinor = minor(text(item, "price", null), currency);
            line.lineDiscountMinor = nonNull(minor(text(item, "total_discount", "0"), currency));
            long tax = 0;
            if (item.containsKey("tax_lines") && !item.isNull("tax_lines")) {
                for (JsonValue t : item.getJsonArray("tax_lines")) {
                    tax += nonNull(minor(text(t.asJsonObject(), "price", "0"), currency));
                }
            }
            line.taxMinor = tax;
            lines.add(line);
        }
        return lines;
    }

    /** Shopify's {@code total_discounts} includes the lines' own discounts; the order keeps only the rest. */
    private static long orderLevelDiscount(JsonObject order, Currency currency) {
        long total = nonNull(minor(text(order, "total_discounts", "0"), currency));
        long lineDiscounts = 0;
        if (order.containsKey("line_items") && !order.isNull("line_items")) {
            for (JsonValue v : order.getJsonArray("line_items")) {
                lineDiscounts += nonNull(minor(text(v.asJsonObject(), "total_discount", "0"), currency));
            }
        }
        return Math.max(0, total - lineDiscounts);
    }

    private static long shippingFee(JsonObject order, Currency currency) {
        long fee = 0;
        if (order.containsKey("shipping_lines") && !order.isNull("shipping_lines")) {
            for (JsonValue v : order.getJsonArray("shipping_lines")) {
                fee += nonNull(minor(text(v.asJsonObject(), "price", "0"), currency));
            }
        }
        return fee;
    }

    private static String customerName(JsonObject shipping, JsonObject customer) {
        for (JsonObject who : new JsonObject[] {shipping, customer}) {
            if (who == null) {
                continue;
            }
            String last = text(who, "last_name", null);
            String first = text(who, "first_name", null);
            if (last != null || first != null) {
                // Japanese order: family name first.
                return ((last == null ? "" : last) + " " + (first == null ? "" : first)).strip();
            }
            String name = text(who, "name", null);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String prefecture(JsonObject shipping) {
        String code = text(shipping, "province_code", null);
        if (code != null && "JP".equals(text(shipping, "country_code", "JP"))) {
            String digits = code.startsWith("JP-") ? code.substring(3) : code;
            try {
                int n = Integer.parseInt(digits);
                if (n >= 1 && n <= PREFECTURES.length) {
                    return PREFECTURES[n - 1];
                }
            } catch (NumberFormatException ignored) {
                // fall back to the province as Shopify wrote it
            }
        }
        return text(shipping, "province", null);
    }

    /** "6000.00" in JPY → 6000; "12.50" in USD → 1250; null stays null (the record's validation reports it). */
    static Long minor(String decimal, Currency currency) {
        if (decimal == null || decimal.isBlank()) {
            return null;
        }
        return new BigDecimal(decimal.strip()).movePointRight(Math.max(0, currency.getDefaultFractionDigits()))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static long nonNull(Long value) {
        return value == null ? 0 : value;
    }

    private static JsonObject object(JsonObject parent, String key) {
        JsonValue value = parent.get(key);
        return value instanceof JsonObject o ? o : null;
    }

    private static String text(JsonObject parent, String key, String fallback) {
        JsonValue value = parent.get(key);
        if (value instanceof JsonString s) {
            return s.getString().isBlank() ? fallback : s.getString();
        }
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return fallback;
        }
        return value.toString();
    }
}
