package com.kaeru.admin.charts;

import java.util.List;

/**
 * What a chart shows, independent of how it is drawn: the same record becomes the ECharts option
 * ({@link ChartOptions}) and the accessible table ({@link ChartCard}).
 *
 * @param kind           how it is drawn
 * @param categoryTitle  the header of the category column in the table (e.g. "Day", "Reason")
 * @param categories     the x-axis (or the pie's slices, the horizontal bars' rows), in order
 * @param series         one or more series with one value per category, in display units
 * @param unit           suffix of every value ("%", "h", "件"), or {@code null}
 * @param reference      a vertical line between categories (the histogram's 24 h), or {@code null}
 * @param badges         a badge per category (the fit signal of a variant) or {@code null} for none; entries may be null
 */
public record ChartData(Kind kind, String categoryTitle, List<String> categories, List<Series> series, String unit,
                        Reference reference, List<String> badges) {

    public enum Kind {
        /** Values over time. */
        LINE,
        /** Vertical bars per category, series side by side. */
        BAR,
        /** Vertical bars per category, series stacked. */
        STACKED_BAR,
        /** Shares of a whole: one series, one slice per category. */
        PIE,
        /** A ranking: one row per category, the first on top. */
        HORIZONTAL_BAR,
        /** A distribution over buckets, bars touching, optional reference line. */
        HISTOGRAM
    }

    /**
     * One named series; {@code values} has one entry per category (null: no value). A {@code tableOnly}
     * series is a column of the table but not drawn (e.g. a rate beside counts, which would need a second axis);
     * its {@code unit} (null: the chart's) suffixes its values in the table.
     */
    public record Series(String name, List<? extends Number> values, boolean tableOnly, String unit) {
        public Series {
            values = values == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        public Series(String name, List<? extends Number> values) {
            this(name, values, false, null);
        }
    }

    /** A vertical line at {@code position} on the category axis (3.5 = between the 4th and the 5th bucket). */
    public record Reference(double position, String label) {
    }

    public ChartData {
        categories = categories == null ? List.of() : List.copyOf(categories);
        series = series == null ? List.of() : List.copyOf(series);
    }

    public ChartData(Kind kind, String categoryTitle, List<String> categories, List<Series> series, String unit) {
        this(kind, categoryTitle, categories, series, unit, null, null);
    }

    /** Nothing to draw: no category, or every value null or zero. */
    public boolean isEmpty() {
        return categories.isEmpty() || series.stream().flatMap(s -> s.values().stream())
                .allMatch(v -> v == null || v.doubleValue() == 0);
    }

    public String badge(int category) {
        return badges == null || category >= badges.size() ? null : badges.get(category);
    }

    public Number value(int series, int category) {
        List<? extends Number> values = this.series.get(series).values();
        return category < values.size() ? values.get(category) : null;
    }
}
