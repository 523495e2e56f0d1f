package com.kaeru.backend.insights.infrastructure;

import java.awt.Color;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.insights.AgencyInsightsDto;
import com.kaeru.api.insights.AgencyShopInsightsDto;
import com.kaeru.api.insights.InsightsPeriodDto;
import com.kaeru.api.insights.KpiDto;
import com.kaeru.backend.platform.i18n.ApiMessages;
import com.kaeru.backend.platform.pdf.JapaneseFont;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The agency roll-up report (issue 11): A4 landscape, one row per client shop of the agency with the
 * roll-up's KPIs and their change against the comparison period, in Japanese or English. It only lays
 * out an {@link AgencyInsightsDto} (the roll-up's own answer, which the database limits to the
 * agency's shops) and writes it straight to the given stream.
 */
public final class AgencyReportPdf {
    /** The columns, in this order (codes of {@code InsightsApi.METRICS}). */
    public static final List<String> COLUMNS = List.of("SALES", "ORDERS", "RETURNS", "RETURN_RATE", "EXCHANGE_RATE",
            "RETAINED_RATIO", "REFUND_24H_COMPLIANCE", "REFUND_LEAD_TIME_MEDIAN", "SATISFACTION_AVERAGE");
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    private static final Color BRAND = new Color(0x0f, 0x76, 0x6e);
    private static final Color HEAD = new Color(0xf3, 0xf4, 0xf6);

    private AgencyReportPdf() {
    }

    /** Draws the roll-up of {@code agencyName} onto {@code out} (not closed). */
    public static void write(String agencyName, AgencyInsightsDto rollUp, Locale locale, Instant generatedAt,
                             OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 36);
        BaseFont base = JapaneseFont.get();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(ApiMessages.text(locale, "report.agency.title", agencyName));
            document.open();
            document.add(new Paragraph(ApiMessages.text(locale, "report.agency.title", agencyName),
                    new Font(base, 18, Font.NORMAL, BRAND)));
            InsightsPeriodDto period = rollUp.period();
            String span = period.compareFrom() == null
                    ? ApiMessages.text(locale, "report.agency.period-plain", period.from(), period.to())
                    : ApiMessages.text(locale, "report.agency.period", period.from(), period.to(), period.compareFrom(),
                    period.compareTo());
            Paragraph sub = new Paragraph(span, new Font(base, 9, Font.NORMAL, MUTED));
            sub.setSpacingAfter(10);
            document.add(sub);
            if (rollUp.shops().isEmpty()) {
                document.add(new Paragraph(ApiMessages.text(locale, "report.agency.empty"),
                        new Font(base, 10, Font.NORMAL, MUTED)));
            } else {
                document.add(table(rollUp, locale, base));
            }
            Paragraph footer = new Paragraph(ApiMessages.text(locale, "report.footer",
                    DateTimeFormatter.ISO_LOCAL_DATE.format(generatedAt.atZone(ZoneId.of("Asia/Tokyo")))),
                    new Font(base, 7, Font.NORMAL, MUTED));
            footer.setSpacingBefore(12);
            document.add(footer);
        } catch (DocumentException e) {
            throw new IllegalStateException("Agency roll-up report of " + agencyName + " could not be drawn", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static PdfPTable table(AgencyInsightsDto rollUp, Locale locale, BaseFont base) throws DocumentException {
        PdfPTable table = new PdfPTable(COLUMNS.size() + 1);
        table.setWidthPercentage(100);
        float[] widths = new float[COLUMNS.size() + 1];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 1.6f;
        table.setWidths(widths);
        table.setHeaderRows(1);
        Font head = new Font(base, 8, Font.NORMAL, INK);
        table.addCell(cell(ApiMessages.text(locale, "report.agency.shop"), head, Element.ALIGN_LEFT, HEAD));
        for (String metric : COLUMNS) {
            table.addCell(cell(ApiMessages.text(locale, "report.kpi." + metric), head, Element.ALIGN_RIGHT, HEAD));
        }
        Font value = new Font(base, 9, Font.NORMAL, INK);
        Font change = new Font(base, 7, Font.NORMAL, MUTED);
        for (AgencyShopInsightsDto shop : rollUp.shops()) {
            table.addCell(cell(shop.name() + "\n" + shop.slug(), value, Element.ALIGN_LEFT, null));
            ReportPdf.Figures figures = new ReportPdf.Figures(locale, shop.currency());
            for (String metric : COLUMNS) {
                KpiDto kpi = shop.kpis().stream().filter(k -> k.metric().equals(metric)).findFirst().orElse(null);
                Phrase phrase = new Phrase();
                phrase.add(new com.lowagie.text.Chunk(kpi == null ? ApiMessages.text(locale, "report.none")
                        : figures.kpi(kpi, kpi.value()), value));
                if (kpi != null && kpi.previous() != null) {
                    phrase.add(new com.lowagie.text.Chunk("\n" + figures.change(kpi), change));
                }
                PdfPCell c = new PdfPCell(phrase);
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                c.setPadding(4);
                c.setBorderColor(HEAD);
                table.addCell(c);
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, int align, Color background) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setHorizontalAlignment(align);
        c.setPadding(4);
        c.setBorderColor(HEAD);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }
}
