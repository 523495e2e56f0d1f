package com.kaeru.admin.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.router.QueryParameters;

/**
 * The days a dashboard looks at, both included, in the shop's time zone, and the preset that chose
 * them. Presets stay relative in the URL ({@code ?range=last-month}), custom ranges are absolute
 * ({@code ?from=2026-11-01&to=2026-11-15}), so a bookmark means the same thing next month.
 */
public record DateRange(LocalDate from, LocalDate to, Preset preset) {

    public enum Preset {
        THIS_MONTH("this-month"), LAST_MONTH("last-month"), LAST_30_DAYS("last-30-days"), QUARTER("quarter"),
        CUSTOM("custom");

        private final String key;

        Preset(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        /** The days of this preset as seen on {@code today} ({@link #CUSTOM} has none: this month). */
        public DateRange on(LocalDate today) {
            return switch (this) {
                case LAST_MONTH -> {
                    LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                    yield new DateRange(first, first.withDayOfMonth(first.lengthOfMonth()), this);
                }
                case LAST_30_DAYS -> new DateRange(today.minusDays(29), today, this);
                case QUARTER -> new DateRange(today.with(IsoFields.DAY_OF_QUARTER, 1), today, this);
                case THIS_MONTH, CUSTOM -> new DateRange(today.withDayOfMonth(1), today, THIS_MONTH);
            };
        }

        static Preset byKey(String key) {
            return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst().orElse(null);
        }
    }

    /** A range the person typed; may be backwards (see {@link #problem()}). */
    public static DateRange custom(LocalDate from, LocalDate to) {
        return new DateRange(from, to, Preset.CUSTOM);
    }

    /** The default: this month so far. */
    public static DateRange defaultOn(LocalDate today) {
        return Preset.THIS_MONTH.on(today);
    }

    /**
     * The range of the URL; a preset wins over dates. Unreadable or missing dates give the default;
     * a backwards custom range is kept as typed so the page can say what is wrong with it.
     */
    public static DateRange fromUrl(QueryParameters parameters, LocalDate today) {
        Map<String, List<String>> p = parameters.getParameters();
        Preset preset = Preset.byKey(first(p, "range"));
        if (preset != null && preset != Preset.CUSTOM) {
            return preset.on(today);
        }
        LocalDate from = day(first(p, "from"));
        LocalDate to = day(first(p, "to"));
        return from == null || to == null ? defaultOn(today) : custom(from, to);
    }

    public QueryParameters toUrl() {
        Map<String, String> p = new LinkedHashMap<>();
        if (preset != Preset.CUSTOM) {
            p.put("range", preset.key());
        } else {
            p.put("from", from.toString());
            p.put("to", to.toString());
        }
        return QueryParameters.simple(p);
    }

    /** The translation key of what is wrong with the range, or {@code null} when it can be shown. */
    public String problem() {
        if (from == null || to == null) {
            return "admin.range.error.missing";
        }
        if (from.isAfter(to)) {
            return "admin.range.error.backwards";
        }
        return null;
    }

    /** How many days, both ends included. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The same number of days just before this range: what the trend compares with. */
    public DateRange previous() {
        return custom(from.minusDays(days()), from.minusDays(1));
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }

    private static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
