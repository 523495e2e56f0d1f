package com.kaeru.admin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.api.insights.InsightsApi;
import com.kaeru.api.insights.InsightsPeriodDto;
import com.kaeru.api.insights.KpiDto;
import com.kaeru.api.insights.LeadTimeBucketDto;
import com.kaeru.api.insights.LeadTimeDto;
import com.kaeru.api.insights.ReasonShareDto;
import com.kaeru.api.insights.ResolutionMixDto;
import com.kaeru.api.insights.SeriesPointDto;
import com.kaeru.api.insights.ShopInsightsDto;
import com.kaeru.api.insights.VariantInsightDto;
import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.api.returns.ReturnSummaryDto;
import com.kaeru.api.vocabulary.ReturnStatus;
import org.junit.jupiter.api.Test;

/** The one place that knows the insights contract: what it asks for and how the answer becomes view models. */
class RestInsightsSourceTest {
    private final List<String> asked = new ArrayList<>();
    private static final DateRange NOVEMBER = DateRange.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    private RestInsightsSource source() {
        InsightsApi api = new InsightsApi() {
            @Override
            public ShopInsightsDto overview(String slug, String from, String to, String compare) {
                asked.add("overview " + slug + " " + from + " " + to + " " + compare);
                return new ShopInsightsDto(slug, new InsightsPeriodDto(LocalDate.parse(from), LocalDate.parse(to), compare,
                        null, null, "WEEK", "Asia/Tokyo", "JPY"),
                        List.of(new KpiDto("SALES", "MONEY", 1_000_000.0, 900_000.0, null),
                                new KpiDto("UNITS_SOLD", "COUNT", 300.0, 280.0, null),
                                new KpiDto("RETURN_RATE", "PERCENT", 6.4, 5.0, null),
                                new KpiDto("REPEAT_RATE", "PERCENT", null, null, null),
                                new KpiDto("SATISFACTION_AVERAGE", "STARS", 4.3, 4.1, null),
                                new KpiDto("EXCHANGE_SHIP_DAYS", "DAYS", 1.5, 2.0, null),
                                new KpiDto("INVENTORY_TURNOVER_DAYS", "DAYS", 45.2, null, null)),
                        List.of(new SeriesPointDto(LocalDate.of(2026, 10, 26), 4, 5, 70, 60, 300_000, 2)),
                        List.of(new ReasonShareDto("SIZE_TOO_SMALL", "SIZE", "小さすぎる", "Too small", 12, 60.0, 8L, null)),
                        List.of(new VariantInsightDto("LINEN-SHIRT-S-WHITE", "リネンシャツ", "S", "WHITE", 40, 9, 22.5,
                                "SIZE_TOO_SMALL", "RUNS_SMALL", 80.0, 10.0, 0.0, 0.0, null)),
                        List.of(), new ResolutionMixDto(17, 25, 0, 0, 0, 0, null),
                        new LeadTimeDto(List.of(new LeadTimeBucketDto(0, 6, 10), new LeadTimeBucketDto(72, null, 1)),
                                11, 10, 90.9, 5.0, 30.0), null, null, null, Instant.EPOCH);
            }

            @Override
            public com.kaeru.api.insights.WorkTilesDto work(String slug) {
                throw new UnsupportedOperationException();
            }

            @Override
            public com.kaeru.api.insights.ReturnRateTableDto returnRates(String slug, String dimension, String from,
                                                                         String to, String compare, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ReturnPageDto drill(String slug, String figure, String key, String from, String to, int page, int size) {
                asked.add("drill " + figure + " " + key + " " + from + " " + to + " " + size);
                return new ReturnPageDto(List.of(new ReturnSummaryDto("R-000101", ReturnStatus.COMPLETED, "SA-10001",
                        "山田 花子", "yamada@example.jp", 2, Instant.EPOCH, null, false, false, null)), 1, false, page, size);
            }

            @Override
            public jakarta.ws.rs.core.Response reportPdf(String slug, String from, String to, String compare, String lang) {
                throw new UnsupportedOperationException();
            }

            @Override
            public jakarta.ws.rs.core.Response reportCsv(String slug, String from, String to, String compare, String charset,
                                                         String lang) {
                throw new UnsupportedOperationException();
            }

            @Override
            public com.kaeru.api.insights.RebuildResultDto rebuild(String slug) {
                throw new UnsupportedOperationException();
            }
        };
        RestInsightsSource source = new RestInsightsSource();
        source.backend = new StaffBackend() {
            @Override
            public InsightsApi insights() {
                return api;
            }
        };
        return source;
    }

    @Test
    void asksForThePeriodComparedWithThePreviousOneAndKeepsTheDashboardsKpisInOrder() {
        InsightsSource.ShopInsights shop = source().shop("sakura-apparel", NOVEMBER);

        assertThat(asked).containsExactly("overview sakura-apparel 2026-11-01 2026-11-30 previous");
        assertThat(shop.kpis()).extracting(InsightsSource.Kpi::key).containsExactly("RETURN_RATE", "SALES", "REPEAT_RATE",
                "SATISFACTION_AVERAGE", "EXCHANGE_SHIP_DAYS", "INVENTORY_TURNOVER_DAYS");
        // Satisfaction is better higher and counted in stars; days to ship and turnover days are better lower.
        assertThat(shop.kpis().get(3).measure()).isEqualTo(InsightsSource.Measure.STARS);
        assertThat(shop.kpis().get(3).higherIsBetter()).isTrue();
        assertThat(shop.kpis().get(4).higherIsBetter()).isFalse();
        assertThat(shop.kpis().get(5).higherIsBetter()).isFalse();
        assertThat(shop.kpis().get(0).higherIsBetter()).isFalse();
        assertThat(shop.kpis().get(1).higherIsBetter()).isTrue();
        assertThat(shop.kpis().get(2).value()).isNull();
        assertThat(shop.kpis().get(0).measure()).isEqualTo(InsightsSource.Measure.PERCENT);
        assertThat(shop.granularity()).isEqualTo("WEEK");
        assertThat(shop.currency()).isEqualTo("JPY");
        assertThat(shop.reasons().get(0).label(java.util.Locale.ENGLISH)).isEqualTo("Too small");
        assertThat(shop.resolutions()).extracting(InsightsSource.Slice::count).containsExactly(25L, 17L);
        assertThat(shop.topVariants().get(0).fitSignal()).isEqualTo("RUNS_SMALL");
        assertThat(shop.leadTimes().get(1).toHours()).isNull();
    }

    @Test
    void drillDownsBecomeTheApisFigures() {
        RestInsightsSource source = source();

        source.rows("sakura-apparel", NOVEMBER, new InsightsSource.Drill(InsightsSource.Drill.Kind.VARIANT, "LINEN-SHIRT-S-WHITE"), 100);
        source.rows("sakura-apparel", NOVEMBER, new InsightsSource.Drill(InsightsSource.Drill.Kind.LEAD_TIME, "24"), 100);
        List<InsightsSource.DrillRow> rows = source.rows("sakura-apparel", NOVEMBER,
                new InsightsSource.Drill(InsightsSource.Drill.Kind.LEAD_TIME, "6"), 100);

        assertThat(asked).containsExactly(
                "drill VARIANT LINEN-SHIRT-S-WHITE 2026-11-01 2026-11-30 100",
                "drill REFUNDS_LATE null 2026-11-01 2026-11-30 100",
                "drill REFUNDS null 2026-11-01 2026-11-30 100");
        assertThat(rows.get(0)).isEqualTo(new InsightsSource.DrillRow("R-000101", Instant.EPOCH, "SA-10001", "山田 花子", 2));
    }
}
