package com.kaeru.admin.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.admin.insights.DateRange;
import com.kaeru.admin.insights.InsightsSource;

/**
 * Insights the way the backend answers: fixed, hand-countable figures for sakura-apparel, two shops
 * for demo-agency (a 403 for any other agency), a 400 problem when told to refuse the next range.
 * Remembers every range it was asked for.
 */
public class FakeInsights implements InsightsSource {
    public final List<DateRange> shopRanges = new ArrayList<>();
    public final List<Drill> drills = new ArrayList<>();
    /** Every report asked for, as "format charset language from to". */
    public final List<String> reports = new ArrayList<>();
    /** When set, the next shop call answers 400 with this detail (e.g. a range over the allowed span). */
    public String refuseNext;

    @Override
    public ShopInsights shop(String shop, DateRange range) {
        shopRanges.add(range);
        if (refuseNext != null) {
            String detail = refuseNext;
            refuseNext = null;
            throw FakeReturns.problem(400, detail);
        }
        return new ShopInsights("JPY", "DAY", List.of(
                new Kpi("RETURN_RATE", Measure.PERCENT, 6.4, 5.0, false),
                new Kpi("RETURNS", Measure.COUNT, 42.0, 40.0, false),
                new Kpi("RETAINED_REVENUE", Measure.MONEY, 128000.0, 100000.0, true),
                new Kpi("REFUND_24H_COMPLIANCE", Measure.PERCENT, 91.3, null, true),
                new Kpi("REPEAT_RATE", Measure.PERCENT, null, null, true),
                new Kpi("SATISFACTION_AVERAGE", Measure.STARS, 4.3, 4.1, true),
                new Kpi("EXCHANGE_SHIP_DAYS", Measure.DAYS, 1.5, 2.0, false),
                new Kpi("INVENTORY_TURNOVER_DAYS", Measure.DAYS, 45.2, null, false)),
                List.of(new DayCount(range.from(), 3), new DayCount(range.from().plusDays(1), 5)),
                List.of(new Slice("SIZE_TOO_SMALL", "小さすぎる", "Too small", 18),
                        new Slice("DEFECTIVE", "不良・破損", "Defective or damaged", 4)),
                List.of(new Slice("EXCHANGE", "EXCHANGE", null, 25), new Slice("REFUND", "REFUND", null, 17)),
                List.of(new Variant("LINEN-SHIRT-S-WHITE", "リネンシャツ", 9, 60, 15.0, "RUNS_SMALL"),
                        new Variant("DENIM-30-INDIGO", "デニム", 4, 80, 5.0, null)),
                List.of(new Bucket(0, 6, 10), new Bucket(6, 12, 8), new Bucket(12, 24, 5), new Bucket(24, 48, 2),
                        new Bucket(48, null, 1)));
    }

    @Override
    public Download report(String shop, DateRange range, String format, String charset, String language) {
        reports.add(format + " " + charset + " " + language + " " + range.from() + " " + range.to());
        return new Download(new java.io.ByteArrayInputStream(new byte[] {'%', 'P', 'D', 'F'}), shop + "." + format.toLowerCase(),
                "PDF".equals(format) ? "application/pdf" : "text/csv");
    }

    @Override
    public Download agencyReport(String agency, DateRange range, String language) {
        reports.add("AGENCY " + agency + " " + language + " " + range.from() + " " + range.to());
        return new Download(new java.io.ByteArrayInputStream(new byte[] {'%', 'P', 'D', 'F'}), agency + ".pdf",
                "application/pdf");
    }

    @Override
    public AgencyInsights agency(String agency, DateRange range) {
        if (!"demo-agency".equals(agency)) {
            throw FakeReturns.problem(403, "You do not administer agency \"" + agency + "\".");
        }
        return new AgencyInsights(List.of(
                new ShopRow("kumo-zakka", "くも雑貨店", "JPY", List.of(
                        new Kpi("RETURN_RATE", Measure.PERCENT, 3.1, 3.5, false),
                        new Kpi("SALES", Measure.MONEY, 2_400_000.0, 2_000_000.0, true))),
                new ShopRow("sakura-apparel", "さくらアパレル", "JPY", List.of(
                        new Kpi("RETURN_RATE", Measure.PERCENT, 6.4, 5.0, false),
                        new Kpi("SALES", Measure.MONEY, 1_900_000.0, 2_100_000.0, true)))));
    }

    @Override
    public List<DrillRow> rows(String shop, DateRange range, Drill drill, int limit) {
        drills.add(drill);
        return List.of(new DrillRow("R-000101", Instant.parse("2026-11-03T01:00:00Z"), "SA-10001", "山田 花子", 1));
    }

}
