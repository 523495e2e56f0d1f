package com.kaeru.backend.returns.label;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.kaeru.backend.platform.i18n.ApiMessages;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Draws a {@link ReturnLabel} as a one-page 100×150 mm PDF, top to bottom: a header in the
 * shop's colour (logo, name), the RMA number large with its QR code, a Code 128 barcode, the
 * recipient (the shop's return address) and the sender in Japanese order, the contents, and short
 * instructions in the customer's language.
 * <p>
 * Addresses stay in Japanese order in both languages: the carrier reads them, not the customer.
 * Both codes are vector rectangles in their own form XObjects (sharp on any printer, and a test
 * can read them back out of the PDF). Stateless and thread-safe.
 */
@ApplicationScoped
public class ReturnLabelRenderer {
    /** The common thermal-label size (also fits four to an A4 sheet). */
    public static final float WIDTH_MM = 100;
    public static final float HEIGHT_MM = 150;

    private static final Logger LOG = Logger.getLogger(ReturnLabelRenderer.class.getName());
    private static final Color INK = new Color(0x11, 0x11, 0x11);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final float MARGIN = mm(4);
    /** Modules of white around the QR code that scanners need (ISO/IEC 18004). */
    private static final int QR_QUIET_MODULES = 4;
    private static final int ITEM_LINES = 3;

    static float mm(float millimetres) {
        return millimetres * 72f / 25.4f;
    }

    public byte[] render(ReturnLabel label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(label, out);
        return out.toByteArray();
    }

    public void render(ReturnLabel label, OutputStream out) {
        Document document = new Document(new Rectangle(mm(WIDTH_MM), mm(HEIGHT_MM)), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            Locale locale = Locale.forLanguageTag(label.language());
            document.addTitle(ApiMessages.text(locale, "label.title") + " " + label.rmaNumber());
            document.addAuthor(label.shopName());
            document.addCreator("Kaeru");
            document.open();
            new Drawing(label, locale, writer.getDirectContent()).draw();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Return label " + label.rmaNumber() + " could not be drawn", e);
        }
    }

    /** One label being drawn; coordinates are millimetres from the top edge, as on a ruler. */
    private static final class Drawing {
        private final ReturnLabel label;
        private final Locale locale;
        private final PdfContentByte canvas;
        private final BaseFont font = LabelFont.get();
        private final float width = mm(WIDTH_MM);
        private final float height = mm(HEIGHT_MM);

        Drawing(ReturnLabel label, Locale locale, PdfContentByte canvas) {
            this.label = label;
            this.locale = locale;
            this.canvas = canvas;
        }

        /** PDF y (from the bottom) of a distance from the top edge. */
        private float fromTop(float millimetres) {
            return height - mm(millimetres);
        }

        private String text(String key, Object... arguments) {
            return ApiMessages.text(locale, key, arguments);
        }

        void draw() throws DocumentException {
            header(0, 16);
            rmaAndQr(18, 48);
            barcode(50.5f, 63);
            rule(68.5f);
            section(text("label.to"), 69.5f, 97.5f, recipientLines());
            rule(98.5f);
            section(text("label.from"), 99.5f, 119.5f, senderLines());
            rule(120.5f);
            section(text("label.items"), 121.5f, 135.5f, itemLines());
            rule(136.5f);
            instructions(137.5f, 148.5f);
        }

        private void header(float top, float bottom) {
            Color brand = Color.decode(label.brandColor());
            Color ink = readableOn(brand);
            canvas.setColorFill(brand);
            canvas.rectangle(0, fromTop(bottom), width, mm(bottom - top));
            canvas.fill();
            float middle = fromTop((top + bottom) / 2);
            float x = MARGIN;
            Image logo = logo(mm(28), mm(bottom - top - 5));
            if (logo != null) {
                logo.setAbsolutePosition(x, middle - logo.getScaledHeight() / 2);
                try {
                    canvas.addImage(logo);
                    x += logo.getScaledWidth() + mm(3);
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Logo not drawn on " + label.rmaNumber(), e);
                }
            }
            String title = text("label.title");
            float titleSize = 8;
            float titleWidth = font.getWidthPoint(title, titleSize);
            line(title, titleSize, width - MARGIN, baselineFor(middle, titleSize), ink, Element.ALIGN_RIGHT);
            float nameRoom = width - MARGIN - titleWidth - mm(3) - x;
            float nameSize = fit(label.shopName(), 15, 8, nameRoom);
            line(clip(label.shopName(), nameSize, nameRoom), nameSize, x, baselineFor(middle, nameSize), ink,
                    Element.ALIGN_LEFT);
        }

        /** The logo scaled into the box, or {@code null} when there is none or it cannot be read. */
        private Image logo(float maxWidth, float maxHeight) {
            if (label.logo() == null) {
                return null;
            }
            try {
                Image image = Image.getInstance(label.logo());
                image.scaleToFit(maxWidth, maxHeight);
                return image;
            } catch (Exception unreadable) {
                // A broken logo must not cost the customer the label; the name is printed instead.
                LOG.log(Level.FINE, "Logo of " + label.shopName() + " unreadable", unreadable);
                return null;
            }
        }

        private void rmaAndQr(float top, float bottom) {
            float qrSide = mm(bottom - top);
            ByteMatrix qr = LabelCodes.qr(label.rmaNumber());
            float module = qrSide / (qr.getWidth() + 2 * QR_QUIET_MODULES);
            float qrLeft = width - MARGIN - qrSide + QR_QUIET_MODULES * module;
            float qrBottom = fromTop(bottom) + QR_QUIET_MODULES * module;
            canvas.addTemplate(qrTemplate(qr, module), qrLeft, qrBottom);

            float textRoom = width - 2 * MARGIN - qrSide;
            line(text("label.rma"), 8, MARGIN, fromTop(top + 5), MUTED, Element.ALIGN_LEFT);
            float rmaSize = fit(label.rmaNumber(), 30, 12, textRoom);
            line(label.rmaNumber(), rmaSize, MARGIN, fromTop(top + 17), INK, Element.ALIGN_LEFT);
            String issued = DateTimeFormatter.ofLocalizedDate("ja".equals(label.language()) ? FormatStyle.LONG
                    : FormatStyle.MEDIUM).withLocale("ja".equals(label.language()) ? Locale.JAPAN : Locale.US)
                    .format(label.issuedOn());
            line(text("label.issued", issued), 8, MARGIN, fromTop(top + 24), MUTED, Element.ALIGN_LEFT);
        }

        /** Dark modules as one rectangle per horizontal run: fewer operators, and no hairline seams in viewers. */
        private PdfTemplate qrTemplate(ByteMatrix qr, float module) {
            int size = qr.getWidth();
            PdfTemplate template = canvas.createTemplate(size * module, size * module);
            template.setColorFill(Color.BLACK);
            for (int row = 0; row < size; row++) {
                int column = 0;
                while (column < size) {
                    if (qr.get(column, row) != 1) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < size && qr.get(column, row) == 1) {
                        column++;
                    }
                    template.rectangle(start * module, (size - 1 - row) * module, (column - start) * module, module);
                }
            }
            template.fill();
            return template;
        }

        private void barcode(float top, float bottom) {
            boolean[] bars = LabelCodes.code128(label.rmaNumber());
            // 0.5 mm modules scan well from paper; narrower only if a long RMA would not fit with its quiet zones.
            float module = Math.min(mm(0.5f), (width - 2 * MARGIN) / (bars.length + 20));
            float barHeight = mm(bottom - top);
            PdfTemplate template = canvas.createTemplate(bars.length * module, barHeight);
            template.setColorFill(Color.BLACK);
            int i = 0;
            while (i < bars.length) {
                if (!bars[i]) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < bars.length && bars[i]) {
                    i++;
                }
                template.rectangle(start * module, 0, (i - start) * module, barHeight);
            }
            template.fill();
            canvas.addTemplate(template, (width - bars.length * module) / 2, fromTop(bottom));
            line(label.rmaNumber(), 8, width / 2, fromTop(bottom + 3.5f), INK, Element.ALIGN_CENTER);
        }

        private List<Paragraph> recipientLines() {
            ReturnLabel.Party to = label.recipient();
            List<Paragraph> lines = new ArrayList<>(address(to, 10));
            lines.add(paragraph(text("label.recipient", to.name()), 11, INK));
            if (to.phone() != null) {
                lines.add(paragraph(text("label.phone", to.phone()), 9, INK));
            }
            return lines;
        }

        private List<Paragraph> senderLines() {
            ReturnLabel.Party from = label.sender();
            List<Paragraph> lines = new ArrayList<>(address(from, 8.5f));
            String name = from.phone() == null ? from.name() : from.name() + "　" + text("label.phone", from.phone());
            lines.add(paragraph(name, 8.5f, INK));
            return lines;
        }

        /** 〒 postal code, prefecture + city, then the rest: the order Japanese carriers read. */
        private List<Paragraph> address(ReturnLabel.Party party, float size) {
            List<Paragraph> lines = new ArrayList<>();
            if (party.postalCode() != null) {
                lines.add(paragraph("〒" + party.postalCode(), size, INK));
            }
            String region = join("", party.prefecture(), party.city());
            if (!region.isEmpty()) {
                lines.add(paragraph(region, size, INK));
            }
            String rest = join(" ", party.line1(), party.line2());
            if (!rest.isEmpty()) {
                lines.add(paragraph(rest, size, INK));
            }
            return lines;
        }

        private List<Paragraph> itemLines() {
            List<Paragraph> lines = new ArrayList<>();
            List<ReturnLabel.Item> items = label.items();
            boolean japanese = "ja".equals(label.language());
            int shown = items.size() <= ITEM_LINES ? items.size() : ITEM_LINES - 1;
            for (ReturnLabel.Item item : items.subList(0, shown)) {
                String variant = item.variant() == null || item.variant().isBlank() ? ""
                        : japanese ? "（" + item.variant() + "）" : " (" + item.variant() + ")";
                lines.add(paragraph(item.name() + variant + " × " + item.quantity(), 7.5f, INK));
            }
            if (shown < items.size()) {
                int more = items.subList(shown, items.size()).stream().mapToInt(ReturnLabel.Item::quantity).sum();
                lines.add(paragraph(text("label.more-items", more), 7.5f, MUTED));
            }
            return lines;
        }

        /** A caption tag on the left, the lines beside it; what does not fit is cut, never drawn over the next section. */
        private void section(String caption, float top, float bottom, List<Paragraph> lines) throws DocumentException {
            float tagWidth = mm(14);
            canvas.setColorFill(INK);
            canvas.rectangle(MARGIN, fromTop(top + 5), tagWidth, mm(4.2f));
            canvas.fill();
            line(caption, 7, MARGIN + tagWidth / 2, fromTop(top + 3.9f), Color.WHITE, Element.ALIGN_CENTER);
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(MARGIN + tagWidth + mm(2), fromTop(bottom), width - MARGIN, fromTop(top));
            lines.forEach(column::addElement);
            column.go();
        }

        private void instructions(float top, float bottom) throws DocumentException {
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(MARGIN, fromTop(bottom), width - MARGIN, fromTop(top));
            for (String step : text("label.instructions").split("\n")) {
                column.addElement(paragraph(step, 6.8f, MUTED));
            }
            column.go();
        }

        private void rule(float at) {
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(MARGIN, fromTop(at));
            canvas.lineTo(width - MARGIN, fromTop(at));
            canvas.stroke();
        }

        private Paragraph paragraph(String content, float size, Color color) {
            return new Paragraph(size * 1.25f, content, new Font(font, size, Font.NORMAL, color));
        }

        private void line(String content, float size, float x, float baseline, Color color, int alignment) {
            canvas.beginText();
            canvas.setFontAndSize(font, size);
            canvas.setColorFill(color);
            canvas.showTextAligned(alignment, content, x, baseline, 0);
            canvas.endText();
        }

        /** The baseline that centres a line of this size on {@code middle}. */
        private float baselineFor(float middle, float size) {
            float ascent = font.getFontDescriptor(BaseFont.ASCENT, size);
            float descent = font.getFontDescriptor(BaseFont.DESCENT, size);
            return middle - (ascent + descent) / 2;
        }

        /** The largest size from {@code max} down to {@code min} at which the text fits the room. */
        private float fit(String content, float max, float min, float room) {
            float size = max;
            while (size > min && font.getWidthPoint(content, size) > room) {
                size -= 0.5f;
            }
            return size;
        }

        /** The text, shortened with an ellipsis if it still does not fit at this size. */
        private String clip(String content, float size, float room) {
            if (font.getWidthPoint(content, size) <= room) {
                return content;
            }
            String shorter = content;
            while (!shorter.isEmpty() && font.getWidthPoint(shorter + "…", size) > room) {
                shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
            }
            return shorter + "…";
        }

        private static String join(String separator, String... parts) {
            return String.join(separator, java.util.Arrays.stream(parts)
                    .filter(p -> p != null && !p.isBlank()).map(String::strip).toList());
        }
    }

    /** White or near-black, whichever contrasts more with the brand colour (WCAG relative luminance). */
    static Color readableOn(Color background) {
        double luminance = luminance(background);
        double withWhite = 1.05 / (luminance + 0.05);
        double withInk = (luminance + 0.05) / (luminance(INK) + 0.05);
        return withWhite >= withInk ? Color.WHITE : INK;
    }

    private static double luminance(Color color) {
        return 0.2126 * channel(color.getRed()) + 0.7152 * channel(color.getGreen()) + 0.0722 * channel(color.getBlue());
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
