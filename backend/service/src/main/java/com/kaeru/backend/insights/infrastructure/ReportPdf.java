package com.kaeru.backend.insights.infrastructure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.kaeru.api.insights.InsightsPeriodDto;
import com.kaeru.api.insights.KpiDto;
import com.kaeru.api.insights.LeadTimeBucketDto;
import com.kaeru.api.insights.LeadTimeDto;
import com.kaeru.api.insights.ReasonShareDto;
import com.kaeru.api.insights.SeriesPointDto;
import com.kaeru.api.insights.ShopInsightsDto;
import com.kaeru.api.insights.VariantInsightDto;
import com.kaeru.backend.platform.i18n.ApiMessages;
import com.kaeru.backend.platform.pdf.JapaneseFont;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The insights report of one shop as an A4 PDF in Japanese or English: the dashboard's KPI tiles
 * with their comparison, returns over time and the reasons as vector charts, the top returned
 * variants with their reason and fit signal, and the 24 h refund compliance. It only lays out a
 * {@link ShopInsightsDto} (the dashboard's own answer), so the PDF shows the dashboard's numbers.
 * Written straight to the given stream; nothing is kept in memory beyond OpenPDF's page buffer.
 */
@ApplicationScoped
public class ReportPdf {
    /** The tiles of the report, in this order (codes of {@code InsightsApi.METRICS}). */
    public static final List<String> TILES = List.of("SALES", "ORDERS", "AVERAGE_ORDER_VALUE", "RETURNS", "RETURN_RATE",
            "EXCHANGE_RATE", "RETAINED_REVENUE", "RETAINED_RATIO", "REFUNDED", "REFUND_24H_COMPLIANCE",
            "REFUND_LEAD_TIME_MEDIAN", "SATISFACTION_AVERAGE", "SATISFACTION_CSAT", "RATINGS", "EXCHANGE_SHIP_DAYS",
            "EXCHANGE_SHIPPED_LATE", "INVENTORY_TURNOVER_DAYS");
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    private static final Color BRAND = new Color(0x0f, 0x76, 0x6e);
    private static final Color TILE = new Color(0xf3, 0xf4, 0xf6);
    private static final int TOP_VARIANTS = 10;
    private static final int CHART_REASONS = 8;

    /** What the report shows: the shop's name, its insights for the period and the language. */
    public record Report(String shopName, ShopInsightsDto insights, Locale locale, Instant generatedAt) {
    }

    /** Draws {@code report} onto {@code out} (not closed). */
    public void write(Report report, OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 36, 42);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            Drawing drawing = new Drawing(report, writer);
            document.addTitle(drawing.text("report.title", report.shopName()));
            document.addAuthor(report.shopName());
            document.open();
            drawing.draw(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("Insights report of " + report.shopName() + " could not be drawn", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    /** Figures formatted for the report's language; the same rounding as the dashboard (values come rounded). */
    static final class Figures {
        private final Locale locale;
        private final Currency currency;

        Figures(Locale locale, String currency) {
            this.locale = locale;
            this.currency = Currency.getInstance(currency);
        }

        String kpi(KpiDto kpi, Double value) {
            if (value == null) {
                return ApiMessages.text(locale, "report.none");
            }
            return switch (kpi.unit()) {
                case "MONEY" -> money(Math.round(value));
                case "PERCENT" -> decimal(value) + " %";
                case "HOURS" -> ApiMessages.text(locale, "report.hours", decimal(value));
                case "DAYS" -> ApiMessages.text(locale, "report.days", decimal(value));
                case "STARS" -> ApiMessages.text(locale, "report.stars", decimal(value));
                default -> count(Math.round(value));
            };
        }

        String change(KpiDto kpi) {
            if (kpi.value() == null || kpi.previous() == null) {
                return ApiMessages.text(locale, "report.none");
            }
            double delta = kpi.value() - kpi.previous();
            String sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
            KpiDto magnitude = new KpiDto(kpi.metric(), kpi.unit(), Math.abs(delta), null, null);
            String text = sign + kpi(magnitude, magnitude.value());
            return "PERCENT".equals(kpi.unit()) ? text.replace(" %", " pt") : text;
        }

        /** Minor units as the currency's major amount with its code, e.g. {@code ¥12,345} → "JPY 12,345". */
        String money(long minor) {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
            int digits = Math.max(0, currency.getDefaultFractionDigits());
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            return currency.getCurrencyCode() + " " + format.format(BigDecimal.valueOf(minor, digits));
        }

        String count(long value) {
            return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
        }

        String decimal(double value) {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format.format(value);
        }

        String percent(Double value) {
            return value == null ? ApiMessages.text(locale, "report.none") : decimal(value) + " %";
        }

        String hours(Double value) {
            return value == null ? ApiMessages.text(locale, "report.none") : ApiMessages.text(locale, "report.hours", decimal(value));
        }
    }

    private static final class Drawing {
        private final Report report;
        private final PdfWriter writer;
        private final ShopInsightsDto insights;
        private final Locale locale;
        private final Figures figures;
        private final BaseFont base = JapaneseFont.get();

        Drawing(Report report, PdfWriter writer) {
            this.report = report;
            this.writer = writer;
            this.insights = report.insights();
            this.locale = report.locale();
            this.figures = new Figures(locale, insights.period().currency());
        }

        String text(String key, Object... arguments) {
            return ApiMessages.text(locale, key, arguments);
        }

        private Font font(float size, Color colour) {
            return new Font(base, size, Font.NORMAL, colour);
        }

        void draw(Document document) throws DocumentException {
            InsightsPeriodDto period = insights.period();
            Paragraph title = new Paragraph(text("report.title", report.shopName()), font(18, BRAND));
            document.add(title);
            String span = period.compareFrom() == null
                    ? text("report.period-plain", period.from(), period.to(), period.timeZone())
                    : text("report.period", period.from(), period.to(), period.compareFrom(), period.compareTo(),
                    period.timeZone());
            Paragraph sub = new Paragraph(span, font(9, MUTED));
            sub.setSpacingAfter(8);
            document.add(sub);

            heading(document, "report.kpis");
            document.add(tiles());

            heading(document, "report.chart.returns");
            document.add(chart(returnsChart(), 523, 170));
            heading(document, "report.chart.reasons");
            document.add(chart(reasonsChart(), 523, 190));

            document.newPage();
            heading(document, "report.variants");
            if (insights.topVariants().isEmpty()) {
                document.add(new Paragraph(text("report.variants.empty"), font(9, MUTED)));
            } else {
                document.add(variants());
            }
            heading(document, "report.compliance");
            document.add(compliance(insights.leadTime()));

            Paragraph footer = new Paragraph(text("report.footer",
                    DateTimeFormatter.ISO_LOCAL_DATE.format(report.generatedAt().atZone(zone()))), font(7, MUTED));
            footer.setSpacingBefore(12);
            document.add(footer);
        }

        private ZoneId zone() {
            return ZoneId.of(insights.period().timeZone());
        }

        private void heading(Document document, String key) throws DocumentException {
            Paragraph heading = new Paragraph(text(key), font(12, INK));
            heading.setSpacingBefore(10);
            heading.setSpacingAfter(4);
            document.add(heading);
        }

        private PdfPTable tiles() {
            Map<String, KpiDto> byMetric = insights.kpis().stream()
                    .collect(Collectors.toMap(KpiDto::metric, Function.identity(), (a, b) -> a));
            PdfPTable table = new PdfPTable(4);
            table.setWidthPercentage(100);
            table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
            int drawn = 0;
            for (String metric : TILES) {
                KpiDto kpi = byMetric.get(metric);
                if (kpi == null) {
                    continue;
                }
                PdfPCell cell = new PdfPCell();
                cell.setBorderColor(Color.WHITE);
                cell.setBorderWidth(2);
                cell.setBackgroundColor(TILE);
                cell.setPadding(5);
                cell.addElement(new Paragraph(text("report.kpi." + metric), font(8, MUTED)));
                cell.addElement(new Paragraph(figures.kpi(kpi, kpi.value()), font(13, INK)));
                if (insights.period().compareFrom() != null) {
                    cell.addElement(new Paragraph(text("report.previous", figures.kpi(kpi, kpi.previous())), font(7, MUTED)));
                    cell.addElement(new Paragraph(text("report.change", figures.change(kpi)), font(7, MUTED)));
                }
                table.addCell(cell);
                drawn++;
            }
            table.completeRow();
            return drawn == 0 ? new PdfPTable(1) : table;
        }

        private JFreeChart returnsChart() {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            String series = text("report.chart.returns.series");
            for (SeriesPointDto point : insights.series()) {
                data.addValue(point.returns(), series, point.bucketStart().toString().substring(5));
            }
            JFreeChart chart = ChartFactory.createBarChart(null, null, text("report.chart.returns.series"), data,
                    PlotOrientation.VERTICAL, false, false, false);
            style(chart);
            ((CategoryPlot) chart.getPlot()).getDomainAxis().setCategoryLabelPositions(
                    CategoryLabelPositions.UP_90);
            return chart;
        }

        private JFreeChart reasonsChart() {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            String series = text("report.chart.units");
            for (ReasonShareDto reason : insights.reasons().stream().limit(CHART_REASONS).toList()) {
                data.addValue(reason.units(), series, label(reason));
            }
            JFreeChart chart = ChartFactory.createBarChart(null, null, series, data, PlotOrientation.HORIZONTAL,
                    false, false, false);
            style(chart);
            return chart;
        }

        private String label(ReasonShareDto reason) {
            String label = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? reason.labelJa() : reason.labelEn();
            return label == null ? reason.code() : label;
        }

        private void style(JFreeChart chart) {
            chart.setBackgroundPaint(Color.WHITE);
            chart.setAntiAlias(true);
            CategoryPlot plot = (CategoryPlot) chart.getPlot();
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(0xe5, 0xe7, 0xeb));
            plot.setOutlineVisible(false);
            java.awt.Font awt = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 8);
            plot.getDomainAxis().setTickLabelFont(awt);
            plot.getRangeAxis().setTickLabelFont(awt);
            plot.getRangeAxis().setLabelFont(awt);
            plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            BarRenderer renderer = (BarRenderer) plot.getRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setSeriesPaint(0, BRAND);
            renderer.setSeriesOutlineStroke(0, new BasicStroke(0));
        }

        /** The chart as a vector form XObject (text through the Japanese font), placed in the flow. */
        private Image chart(JFreeChart chart, float width, float height) throws DocumentException {
            PdfContentByte canvas = writer.getDirectContent();
            PdfTemplate template = canvas.createTemplate(width, height);
            Graphics2D graphics = template.createGraphics(width, height, new Mapper(base));
            try {
                chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
            } finally {
                graphics.dispose();
            }
            Image image = Image.getInstance(template);
            image.setAlignment(Element.ALIGN_CENTER);
            return image;
        }

        private PdfPTable variants() throws DocumentException {
            PdfPTable table = new PdfPTable(new float[]{14, 24, 14, 8, 9, 9, 14, 10});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String key : List.of("sku", "product", "option", "sold", "returned", "rate", "reason", "fit")) {
                header(table, text("report.variants." + key));
            }
            Map<String, ReasonShareDto> reasons = insights.reasons().stream()
                    .collect(Collectors.toMap(ReasonShareDto::code, Function.identity(), (a, b) -> a));
            for (VariantInsightDto variant : insights.topVariants().stream().limit(TOP_VARIANTS).toList()) {
                cell(table, variant.sku(), Element.ALIGN_LEFT);
                cell(table, variant.productName(), Element.ALIGN_LEFT);
                cell(table, option(variant), Element.ALIGN_LEFT);
                cell(table, figures.count(variant.unitsSold()), Element.ALIGN_RIGHT);
                cell(table, figures.count(variant.unitsReturned()), Element.ALIGN_RIGHT);
                cell(table, figures.percent(variant.returnRate()), Element.ALIGN_RIGHT);
                ReasonShareDto reason = variant.topReasonCode() == null ? null : reasons.get(variant.topReasonCode());
                cell(table, reason != null ? label(reason)
                        : variant.topReasonCode() == null ? text("report.none") : variant.topReasonCode(), Element.ALIGN_LEFT);
                cell(table, variant.fitSignal() == null ? "" : text("report.fit." + variant.fitSignal()), Element.ALIGN_LEFT);
            }
            return table;
        }

        private static String option(VariantInsightDto variant) {
            return Stream.of(variant.size(), variant.colour()).filter(v -> v != null && !v.isBlank())
                    .collect(Collectors.joining(" / "));
        }

        private PdfPTable compliance(LeadTimeDto lead) {
            PdfPTable wrapper = new PdfPTable(1);
            wrapper.setWidthPercentage(100);
            PdfPCell summary = new PdfPCell(new Phrase(text("report.compliance.summary", figures.count(lead.within24h()),
                    figures.count(lead.refundsIssued()), figures.percent(lead.compliance()), figures.hours(lead.medianHours()),
                    figures.hours(lead.p90Hours())), font(9, INK)));
            summary.setBorder(Rectangle.NO_BORDER);
            summary.setPaddingBottom(6);
            wrapper.addCell(summary);
            PdfPTable buckets = new PdfPTable(lead.buckets().size() + 1);
            buckets.setWidthPercentage(100);
            header(buckets, text("report.compliance.bucket"));
            for (LeadTimeBucketDto bucket : lead.buckets()) {
                header(buckets, bucket.toHours() == null ? bucket.fromHours() + "+ h" : bucket.fromHours() + "–" + bucket.toHours() + " h");
            }
            cell(buckets, text("report.compliance.count"), Element.ALIGN_LEFT);
            for (LeadTimeBucketDto bucket : lead.buckets()) {
                cell(buckets, figures.count(bucket.refunds()), Element.ALIGN_RIGHT);
            }
            PdfPCell inner = new PdfPCell(buckets);
            inner.setBorder(Rectangle.NO_BORDER);
            wrapper.addCell(inner);
            return wrapper;
        }

        private void header(PdfPTable table, String value) {
            PdfPCell cell = new PdfPCell(new Phrase(value, font(7.5f, Color.WHITE)));
            cell.setBackgroundColor(BRAND);
            cell.setBorderColor(Color.WHITE);
            cell.setPadding(3);
            table.addCell(cell);
        }

        private void cell(PdfPTable table, String value, int align) {
            PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, font(8, INK)));
            cell.setHorizontalAlignment(align);
            cell.setBorderColor(new Color(0xe5, 0xe7, 0xeb));
            cell.setPadding(3);
            table.addCell(cell);
        }
    }

    /** Every AWT font of a chart drawn with the embedded Japanese font, so labels in either language print. */
    private record Mapper(BaseFont base) implements FontMapper {
        @Override
        public BaseFont awtToPdf(java.awt.Font font) {
            return base;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont font, int size) {
            return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, size);
        }
    }
}
