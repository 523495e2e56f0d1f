package com.kaeru.admin.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboards show, as the console needs it: the views depend on this, the adapter
 * {@code RestInsightsSource} fills it from the backend's insights API (and only it knows the
 * contract's DTOs), the Karibu tests fill it by hand.
 */
public interface InsightsSource {

    /** KPIs and chart data of one shop for {@code range} (compared with the period before). */
    ShopInsights shop(String shop, DateRange range);

    /** One row of KPIs per client shop of {@code agency} (only the agency's own shops). */
    AgencyInsights agency(String agency, DateRange range);

    /**
     * The report of {@code range} as the backend draws it: {@code format} PDF or CSV, a CSV in
     * {@code charset} (UTF-8 or Shift_JIS), labels in {@code language} (ja or en).
     */
    Download report(String shop, DateRange range, String format, String charset, String language);

    /** The agency roll-up of {@code range} as the backend draws it: a PDF with labels in {@code language} (ja or en). */
    Download agencyReport(String agency, DateRange range, String language);

    /** A file to hand to the browser, streamed from the backend (the browser holds no token). */
    record Download(java.io.InputStream body, String fileName, String mediaType) {
    }

    /** The returns behind one chart item, newest first, at most {@code limit}. */
    List<DrillRow> rows(String shop, DateRange range, Drill drill, int limit);

    enum Measure { COUNT, PERCENT, MONEY, HOURS, DAYS, STARS }

    /**
     * One KPI: {@code value} in display units (a percentage as 12.5, money in minor units; {@code null}
     * when undefined, e.g. no denominator), the previous period's value or {@code null} when there is none.
     */
    record Kpi(String key, Measure measure, Double value, Double previous, boolean higherIsBetter) {
    }

    /** Returns requested in the bucket starting on {@code day} (shop's time zone; a day, week or month). */
    record DayCount(LocalDate day, long returns) {
    }

    /** A share of a whole: a reason (its code and its names) or a resolution, in units. */
    record Slice(String code, String labelJa, String labelEn, long count) {
        public String label(java.util.Locale locale) {
            return "ja".equals(locale.getLanguage()) || labelEn == null ? labelJa : labelEn;
        }
    }

    /** A returned variant: units returned of units sold, and its fit signal ({@code RUNS_SMALL}, {@code RUNS_LARGE} or null). */
    record Variant(String sku, String productName, long returnedUnits, long soldUnits, double returnRatePercent,
                   String fitSignal) {
    }

    /** Refunds issued {@code fromHours} to {@code toHours} (null: and later) after receipt. */
    record Bucket(int fromHours, Integer toHours, long count) {
    }

    /** {@code granularity}: DAY, WEEK (Monday starts) or MONTH — what one point of {@code returnsOverTime} covers. */
    record ShopInsights(String currency, String granularity, List<Kpi> kpis, List<DayCount> returnsOverTime, List<Slice> reasons,
                        List<Slice> resolutions, List<Variant> topVariants, List<Bucket> leadTimes) {
    }

    record ShopRow(String slug, String name, String currency, List<Kpi> kpis) {
        public Kpi kpi(String key) {
            return kpis.stream().filter(k -> k.key().equals(key)).findFirst().orElse(null);
        }
    }

    record AgencyInsights(List<ShopRow> shops) {
    }

    /** Which chart item: {@code kind} and its key (a reason code, a resolution, a SKU, a lead-time bucket's first hour). */
    record Drill(Kind kind, String key) {
        public enum Kind { DAY, REASON, RESOLUTION, VARIANT, LEAD_TIME }
    }

    /** A return behind a chart item. */
    record DrillRow(String rmaNumber, Instant createdAt, String orderNumber, String customerName, int units) {
    }
}
