package com.kaeru.admin.shops;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import com.kaeru.api.shops.ShopDto;

/**
 * How a shop's facts read in the person's language: instants in the shop's time zone (the
 * warehouse's day, not the browser's), money in the currency's own minor unit (JPY has none).
 */
public final class ShopFormats {
    private final ZoneId zone;
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public ShopFormats(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
    }

    public static ShopFormats of(ShopDto shop, Locale locale) {
        return new ShopFormats(ZoneId.of(shop.timeZone()), locale);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /** A calendar day (e.g. a purchase order's expected date), in the person's language. */
    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** Today in the shop's time zone. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code amountMinor} in minor units of {@code currencyCode}, e.g. 12800 JPY → ￥12,800, 1250 USD → $12.50. */
    public String money(long amountMinor, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(BigDecimal.valueOf(amountMinor, digits));
    }
}
