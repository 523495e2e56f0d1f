package com.kaeru.backend.money.domain;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts as a customer reads them in messages: ￥4,583 in Japanese, ¥4,583 in English; minor units per currency. */
public final class MoneyText {
    private MoneyText() {
    }

    public static String format(long minor, Currency currency, String language) {
        NumberFormat format = NumberFormat.getCurrencyInstance("en".equals(language) ? Locale.US : Locale.JAPAN);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(java.math.BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()));
    }
}
