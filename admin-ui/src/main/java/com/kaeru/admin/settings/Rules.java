package com.kaeru.admin.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.kaeru.api.policy.PolicyRuleDto;

/** Copies and plain-language summaries of policy rules for the editor. */
final class Rules {
    private Rules() {
    }

    /** Names of the given constants, or {@code null}. */
    static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(Enum::name).toList();
    }

    /** A detached copy: the dialog edits a copy, so Cancel leaves the list untouched. */
    static PolicyRuleDto copy(PolicyRuleDto r) {
        PolicyRuleDto c = new PolicyRuleDto();
        c.name = r.name;
        c.enabled = r.enabled;
        c.minDays = r.minDays;
        c.maxDays = r.maxDays;
        c.daysFrom = r.daysFrom;
        c.finalSale = r.finalSale;
        c.onSale = r.onSale;
        c.categories = r.categories == null ? null : new ArrayList<>(r.categories);
        c.tags = r.tags == null ? null : new ArrayList<>(r.tags);
        c.minLineValueMinor = r.minLineValueMinor;
        c.maxLineValueMinor = r.maxLineValueMinor;
        c.reasonCodes = r.reasonCodes == null ? null : new ArrayList<>(r.reasonCodes);
        c.customerReturnsAtLeast = r.customerReturnsAtLeast;
        c.customerReturnsWindowDays = r.customerReturnsWindowDays;
        c.channels = r.channels == null ? null : new ArrayList<>(r.channels);
        c.blocklisted = r.blocklisted;
        c.outcome = r.outcome;
        c.messageJa = r.messageJa;
        c.messageEn = r.messageEn;
        c.returnFeeMinor = r.returnFeeMinor;
        c.restockingFeeMinor = r.restockingFeeMinor;
        c.restockingFeePercent = r.restockingFeePercent;
        c.exchangeBonusMinor = r.exchangeBonusMinor;
        c.exchangeBonusPercent = r.exchangeBonusPercent;
        c.freeReturnShippingForExchange = r.freeReturnShippingForExchange;
        return c;
    }

    static List<PolicyRuleDto> copies(List<PolicyRuleDto> rules) {
        return new ArrayList<>(rules.stream().map(Rules::copy).toList());
    }

    /**
     * The conditions as a short sentence ("0–14 days since delivery · on sale · reason: SIZE"),
     * "any line" when there are none. {@code t} translates a key with arguments.
     */
    static String conditions(PolicyRuleDto r, BiFunction<String, Object[], String> t, java.util.function.LongFunction<String> money) {
        List<String> parts = new ArrayList<>();
        if (r.minDays != null || r.maxDays != null) {
            String from = t.apply("admin.policy.anchor." + (r.daysFrom == null ? "SHOP" : r.daysFrom), new Object[0]);
            String range = r.minDays != null && r.maxDays != null ? r.minDays + "–" + r.maxDays
                    : r.minDays != null ? "≥ " + r.minDays : "≤ " + r.maxDays;
            parts.add(t.apply("admin.policy.summary.days", new Object[] {range, from}));
        }
        flag(parts, r.finalSale, "finalSale", t);
        flag(parts, r.onSale, "onSale", t);
        flag(parts, r.blocklisted, "blocklisted", t);
        list(parts, r.categories, "categories", t);
        list(parts, r.tags, "tags", t);
        list(parts, r.reasonCodes, "reasons", t);
        list(parts, names(r.channels), "channels", t);
        if (r.minLineValueMinor != null || r.maxLineValueMinor != null) {
            String range = (r.minLineValueMinor == null ? "" : money.apply(r.minLineValueMinor)) + "–"
                    + (r.maxLineValueMinor == null ? "" : money.apply(r.maxLineValueMinor));
            parts.add(t.apply("admin.policy.summary.value", new Object[] {range}));
        }
        if (r.customerReturnsAtLeast != null) {
            parts.add(t.apply("admin.policy.summary.customerReturns",
                    new Object[] {r.customerReturnsAtLeast, r.customerReturnsWindowDays}));
        }
        return parts.isEmpty() ? t.apply("admin.policy.summary.any", new Object[0]) : String.join(" · ", parts);
    }

    private static void flag(List<String> parts, Boolean value, String key, BiFunction<String, Object[], String> t) {
        if (value != null) {
            parts.add(t.apply("admin.policy.summary." + key + "." + value, new Object[0]));
        }
    }

    private static void list(List<String> parts, List<String> values, String key, BiFunction<String, Object[], String> t) {
        if (values != null && !values.isEmpty()) {
            parts.add(t.apply("admin.policy.summary." + key, new Object[] {String.join(", ", values)}));
        }
    }
}
