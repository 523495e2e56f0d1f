package com.kaeru.portal.format;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Money and dates as the customer reads them: {@code ￥4,584} / {@code ¥4,584}, {@code 2026年11月22日(日)}
 * / {@code Sun, Nov 22, 2026}. Amounts arrive in minor units with their currency.
 */
public final class Formats {
    private Formats() {
    }

    public static String money(long minor, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(java.math.BigDecimal.valueOf(minor, digits));
    }

    /** A day with its weekday, as pickups are booked: 11月22日(日) / Sun, Nov 22. */
    public static String dayWithWeekday(LocalDate day, Locale locale) {
        String pattern = "ja".equals(locale.getLanguage()) ? "M月d日(E)" : "EEE, MMM d";
        return DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }

    public static String date(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(instant.atZone(zone));
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).format(instant.atZone(zone));
    }
}
