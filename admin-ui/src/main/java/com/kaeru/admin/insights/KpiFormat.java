package com.kaeru.admin.insights;

import java.text.NumberFormat;
import java.util.Locale;

import com.kaeru.admin.insights.InsightsSource.Kpi;
import com.kaeru.admin.shops.ShopFormats;
import com.vaadin.flow.component.Component;

/** A KPI's value and its trend in words and numbers, in the UI's language and the shop's currency. */
final class KpiFormat {
    private final Component texts;
    private final Locale locale;
    private final ShopFormats formats;

    KpiFormat(Component texts, Locale locale, ShopFormats formats) {
        this.texts = texts;
        this.locale = locale;
        this.formats = formats;
    }

    String value(Kpi kpi, String currency) {
        if (kpi.value() == null) {
            return "–";
        }
        return switch (kpi.measure()) {
            case MONEY -> formats.money(Math.round(kpi.value()), currency);
            case PERCENT -> number(kpi.value(), 1) + " %";
            case HOURS -> texts.getTranslation("admin.kpi.unit.hours", number(kpi.value(), 1));
            case DAYS -> texts.getTranslation("admin.kpi.unit.days", number(kpi.value(), 1));
            case STARS -> texts.getTranslation("admin.kpi.unit.stars", number(kpi.value(), 1));
            case COUNT -> number(kpi.value(), 0);
        };
    }

    /** +1.2 pt for percentages (points), +12 % otherwise; {@code null} without a previous value. */
    String change(Kpi kpi) {
        if (kpi.previous() == null || kpi.value() == null) {
            return null;
        }
        double delta = kpi.value() - kpi.previous();
        if (kpi.measure() == InsightsSource.Measure.PERCENT) {
            return signed(delta, 1) + " pt";
        }
        if (kpi.previous() == 0) {
            return delta == 0 ? "±0 %" : null;
        }
        return signed(delta / kpi.previous() * 100, 0) + " %";
    }

    /** 1 better, -1 worse, 0 same or unknown. */
    static int direction(Kpi kpi) {
        if (kpi.previous() == null || kpi.value() == null || kpi.value().equals(kpi.previous())) {
            return 0;
        }
        boolean up = kpi.value() > kpi.previous();
        return up == kpi.higherIsBetter() ? 1 : -1;
    }

    private String signed(double value, int digits) {
        String text = number(Math.abs(value), digits);
        if (text.equals(number(0, digits))) {
            return "±" + text;
        }
        return (value > 0 ? "+" : "−") + text;
    }

    String number(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }
}
