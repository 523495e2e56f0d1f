package com.kaeru.backend.insights.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.insights.InsightsPeriodDto;
import com.kaeru.api.insights.KpiDto;
import com.kaeru.api.insights.LeadTimeBucketDto;
import com.kaeru.api.insights.LeadTimeDto;
import com.kaeru.api.insights.ReasonShareDto;
import com.kaeru.api.insights.ResolutionMixDto;
import com.kaeru.api.insights.SeriesPointDto;
import com.kaeru.api.insights.ShopInsightsDto;
import com.kaeru.api.insights.VariantInsightDto;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

class ReportPdfTest {
    private final ReportPdf pdf = new ReportPdf();

    @Test
    void japaneseReportShowsTheDashboardFiguresWithJapaneseLabels() throws IOException {
        String text = text(render(Locale.JAPANESE));

        assertThat(text).contains("返品レポート", "麻の店", "2026-11-01", "2026-11-30", "2026-10-02", "2026-10-31",
                "Asia/Tokyo");
        assertThat(text).contains("売上", "JPY 1,234,500", "注文数", "平均注文額", "JPY 9,876", "返品率", "12.5 %",
                "交換率", "維持売上", "維持率", "返金額", "24時間以内返金率", "返金リードタイム（中央値）", "18.2 時間");
        // comparison with the previous period
        assertThat(text).contains("前期間：JPY 1,000,000", "増減：+JPY 234,500", "増減：−1.5 pt");
        // top returned variants with their reason and fit signal
        assertThat(text).contains("返品の多いバリエーション", "LINEN-S-WHT", "リネンシャツ", "S / 白", "サイズが小さい", "小さめ",
                "LINEN-XL-WHT", "大きめ");
        assertThat(text).contains("24時間以内返金", "返金 40 件のうち 30 件を受領から24時間以内に実施（75.0 %）");
    }

    @Test
    void englishReportShowsTheSameFiguresWithEnglishLabels() throws IOException {
        String text = text(render(Locale.ENGLISH));

        assertThat(text).contains("Returns report", "麻の店", "Sales", "JPY 1,234,500", "Average order value", "JPY 9,876",
                "Return rate", "12.5 %", "Retained revenue", "24 h refund compliance", "Refund lead time (median)", "18.2 h",
                "Previous: JPY 1,000,000", "Change: +JPY 234,500");
        assertThat(text).contains("Top returned variants", "LINEN-S-WHT", "Size too small", "runs small", "runs large",
                "30 of 40 refunds issued within 24 h of receipt (75.0 %)");
        assertThat(text).doesNotContain("返品レポート", "小さめ");
    }

    @Test
    void anEmptyPeriodStillRenders() throws IOException {
        ShopInsightsDto empty = new ShopInsightsDto("linen", period(), List.of(new KpiDto("RETURN_RATE", "PERCENT", null, null, null)),
                List.of(), List.of(), List.of(), List.of(), new ResolutionMixDto(0, 0, 0, 0, 0, 0, null),
                new LeadTimeDto(List.of(new LeadTimeBucketDto(0, 6, 0)), 0, 0, null, null, null), null, null, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(new ReportPdf.Report("麻の店", empty, Locale.ENGLISH, Instant.parse("2026-12-01T00:00:00Z")), out);

        assertThat(text(out.toByteArray())).contains("No returns in this period.", "Return rate");
    }

    private byte[] render(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(new ReportPdf.Report("麻の店", insights(), locale, Instant.parse("2026-12-01T00:00:00Z")), out);
        assertThat(out.toByteArray()).startsWith("%PDF".getBytes());
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    static InsightsPeriodDto period() {
        return new InsightsPeriodDto(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "PREVIOUS",
                LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 31), "DAY", "Asia/Tokyo", "JPY");
    }

    static ShopInsightsDto insights() {
        List<KpiDto> kpis = List.of(
                new KpiDto("SALES", "MONEY", 1_234_500.0, 1_000_000.0, null),
                new KpiDto("ORDERS", "COUNT", 125.0, 110.0, null),
                new KpiDto("AVERAGE_ORDER_VALUE", "MONEY", 9_876.0, 9_090.0, null),
                new KpiDto("RETURNS", "COUNT", 42.0, 40.0, null),
                new KpiDto("RETURN_RATE", "PERCENT", 12.5, 14.0, null),
                new KpiDto("EXCHANGE_RATE", "PERCENT", 33.3, 30.0, null),
                new KpiDto("RETAINED_REVENUE", "MONEY", 98_000.0, 80_000.0, null),
                new KpiDto("RETAINED_RATIO", "PERCENT", 41.2, 38.0, null),
                new KpiDto("REFUNDED", "MONEY", 140_000.0, 150_000.0, null),
                new KpiDto("REFUND_24H_COMPLIANCE", "PERCENT", 75.0, 70.0, null),
                new KpiDto("REFUND_LEAD_TIME_MEDIAN", "HOURS", 18.2, 20.0, null));
        List<SeriesPointDto> series = new ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            series.add(new SeriesPointDto(LocalDate.of(2026, 11, day), day % 4, day % 4, 5, 4, 40_000, day % 2));
        }
        List<ReasonShareDto> reasons = List.of(
                new ReasonShareDto("SIZE_TOO_SMALL", "SIZE", "サイズが小さい", "Size too small", 20, 47.6, 12L, null),
                new ReasonShareDto("SIZE_TOO_LARGE", "SIZE", "サイズが大きい", "Size too large", 12, 28.6, 10L, null),
                new ReasonShareDto("CHANGED_MIND", null, "イメージと違う", "Changed mind", 10, 23.8, 9L, null));
        List<VariantInsightDto> variants = List.of(
                new VariantInsightDto("LINEN-S-WHT", "リネンシャツ", "S", "白", 40, 12, 30.0, "SIZE_TOO_SMALL", "RUNS_SMALL",
                        75.0, 10.0, 0.0, 20.0, null),
                new VariantInsightDto("LINEN-XL-WHT", "リネンシャツ", "XL", "白", 30, 8, 26.7, "SIZE_TOO_LARGE", "RUNS_LARGE",
                        0.0, 40.0, 75.0, 5.0, null),
                new VariantInsightDto("TEE-M-BLK", "Tシャツ", "M", "黒", 50, 3, 6.0, "CHANGED_MIND", null,
                        0.0, 0.0, 0.0, 0.0, null));
        LeadTimeDto lead = new LeadTimeDto(List.of(new LeadTimeBucketDto(0, 6, 10), new LeadTimeBucketDto(6, 12, 8),
                new LeadTimeBucketDto(12, 24, 12), new LeadTimeBucketDto(24, 48, 6), new LeadTimeBucketDto(48, 72, 3),
                new LeadTimeBucketDto(72, null, 1)), 40, 30, 75.0, 18.2, 50.1);
        return new ShopInsightsDto("linen", period(), kpis, series, reasons, variants,
                variants.stream().filter(v -> v.fitSignal() != null).toList(),
                new ResolutionMixDto(20, 10, 140_000, 30_000, 68_000, 98_000, 41.2), lead, null, null, null, null);
    }
}
