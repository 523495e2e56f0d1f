package com.kaeru.backend.returns.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Reader;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders labels and reads them back the way a machine would: text with OpenPDF's extractor,
 * the QR code and barcode by rasterising the rectangles found in the PDF and decoding them with
 * ZXing's readers.
 */
class ReturnLabelRendererTest {
    private static final String RMA = "R-000123";
    private final ReturnLabelRenderer renderer = new ReturnLabelRenderer();

    static ReturnLabel label(String language) {
        boolean ja = "ja".equals(language);
        return new ReturnLabel("さくらアパレル", "#C2185B", null, RMA, language,
                new ReturnLabel.Party("山田 花子", "150-0001", "東京都", "渋谷区神宮前", "1-2-3", "カエルハイツ101",
                        "090-1111-2222"),
                new ReturnLabel.Party("さくらアパレル 返品センター", "272-0127", "千葉県", "市川市塩浜",
                        "2-13-1 市川ロジスティクスセンター3階", null, "047-000-0123"),
                List.of(new ReturnLabel.Item(ja ? "オーガニックTシャツ" : "Organic tee", "S / white", 1),
                        new ReturnLabel.Item(ja ? "デニムパンツ" : "Denim jeans", "28 / indigo", 2)),
                LocalDate.of(2026, 11, 21));
    }

    private static String text(byte[] pdf) throws IOException {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    }

    @Test
    void japaneseLabelCarriesTheRmaShopAndAddressesAsText() throws IOException {
        String text = text(renderer.render(label("ja")));

        assertThat(text).contains("さくらアパレル", "返品ラベル", "返品番号", RMA, "発行日 2026年11月21日");
        assertThat(text).contains("お届け先", "〒272-0127", "千葉県市川市塩浜", "2-13-1 市川ロジスティクスセンター3階",
                "さくらアパレル 返品センター 御中", "TEL 047-000-0123");
        assertThat(text).contains("ご依頼主", "〒150-0001", "東京都渋谷区神宮前", "1-2-3 カエルハイツ101",
                "山田 花子", "090-1111-2222");
        assertThat(text).contains("内容品", "オーガニックTシャツ（S / white） × 1", "デニムパンツ（28 / indigo） × 2",
                "このラベルを印刷し");
    }

    @Test
    void englishLabelHasEnglishCaptionsButKeepsTheJapaneseAddressOrder() throws IOException {
        String text = text(renderer.render(label("en")));

        assertThat(text).contains("Return label", "RMA number", RMA, "Issued Nov 21, 2026", "To", "From",
                "Contents", "Organic tee (S / white) × 1", "Print this label");
        // The carrier reads the address: Japanese order and script in both languages, no 御中 in English.
        assertThat(text).contains("〒272-0127", "千葉県市川市塩浜", "さくらアパレル 返品センター")
                .doesNotContain("御中", "返品番号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void pageIsOneHundredByOneHundredFiftyMillimetres(String language) throws IOException {
        PdfReader reader = new PdfReader(renderer.render(label(language)));
        Rectangle page = reader.getPageSize(1);

        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(page.getWidth() / 72 * 25.4).isCloseTo(100, within(0.05));
        assertThat(page.getHeight() / 72 * 25.4).isCloseTo(150, within(0.05));
    }

    @Test
    void qrCodeAndBarcodeDrawnInThePdfDecodeToTheRma() throws Exception {
        List<PRStream> forms = xObjects(renderer.render(label("ja")), PdfName.FORM);
        assertThat(forms).hasSize(2);
        PRStream qr = forms.stream().filter(f -> aspect(f) == 1).findFirst().orElseThrow();
        PRStream barcode = forms.stream().filter(f -> aspect(f) > 3).findFirst().orElseThrow();

        assertThat(decode(new QRCodeReader(), rasterise(qr))).isEqualTo(RMA);
        assertThat(decode(new Code128Reader(), rasterise(barcode))).isEqualTo(RMA);
    }

    @Test
    void qrMatrixDecodesToTheRma() throws Exception {
        ByteMatrix modules = LabelCodes.qr(RMA);
        int scale = 8;
        int quiet = 4 * scale;
        int side = modules.getWidth() * scale + 2 * quiet;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, side, side);
        g.setColor(Color.BLACK);
        for (int y = 0; y < modules.getHeight(); y++) {
            for (int x = 0; x < modules.getWidth(); x++) {
                if (modules.get(x, y) == 1) {
                    g.fillRect(quiet + x * scale, quiet + y * scale, scale, scale);
                }
            }
        }
        g.dispose();

        assertThat(modules.getWidth()).as("version 1 is enough for an RMA").isEqualTo(21);
        assertThat(decode(new QRCodeReader(), image)).isEqualTo(RMA);
    }

    @Test
    void fontIsEmbeddedAsASmallIdentityHSubset() throws IOException {
        byte[] pdf = renderer.render(label("ja"));
        PdfReader reader = new PdfReader(pdf);
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        assertThat(fonts.getKeys()).hasSize(1);
        PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fonts.get(fonts.getKeys().iterator().next()));

        assertThat(font.getAsName(PdfName.ENCODING)).hasToString("/Identity-H");
        assertThat(font.getAsName(PdfName.BASEFONT).toString()).matches("/[A-Z]{6}\\+IPAexGothic");
        assertThat(font.get(PdfName.TOUNICODE)).as("text stays extractable").isNotNull();
        // The whole 6 MB font would be there without subsetting.
        assertThat(pdf.length).isLessThan(100_000);
    }

    @Test
    void logoIsDrawnWhenPresentAndABrokenOneIsSkipped() throws IOException {
        BufferedImage png = new BufferedImage(120, 40, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = png.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(0, 0, 40, 40);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(png, "png", bytes);

        assertThat(xObjects(renderer.render(label("ja").withLogo(bytes.toByteArray())), PdfName.IMAGE)).hasSize(1);
        byte[] broken = renderer.render(label("ja").withLogo("<html>not a logo</html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(xObjects(broken, PdfName.IMAGE)).isEmpty();
        assertThat(text(broken)).contains("さくらアパレル", RMA);
    }

    @Test
    void longContentIsShortenedNotDrawnOverOtherSections() throws IOException {
        List<ReturnLabel.Item> items = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> new ReturnLabel.Item("商品" + i, null, i)).toList();
        ReturnLabel crowded = new ReturnLabel("とても長いショップ名のセレクトショップ・オンラインストア本店", "#FFEB3B", null, RMA,
                "ja", new ReturnLabel.Party("山田 花子", null, null, null, null, null, null),
                label("ja").recipient(), items, LocalDate.of(2026, 11, 21));

        String text = text(renderer.render(crowded));

        assertThat(text).contains("商品1 × 1", "商品2 × 2", "ほか 18 点", "…").doesNotContain("商品3");
        assertThat(text).as("a sender without address still gets a label").contains("山田 花子");
    }

    @Test
    void headerTextContrastsWithTheBrandColour() {
        assertThat(ReturnLabelRenderer.readableOn(Color.decode("#C2185B"))).isEqualTo(Color.WHITE);
        assertThat(ReturnLabelRenderer.readableOn(Color.decode("#FFEB3B"))).isNotEqualTo(Color.WHITE);
    }

    @Test
    void rendersConcurrentlyWithTheSharedFont() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String language = i % 2 == 0 ? "ja" : "en";
                results.add(pool.submit(() -> text(renderer.render(label(language)))));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).contains(RMA, "千葉県市川市塩浜");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Not a benchmark: prints the warm render time (README figure) and catches a gross regression. */
    @Test
    void rendersInWellUnderASecond() {
        renderer.render(label("ja"));
        long[] nanos = new long[30];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            renderer.render(label(i % 2 == 0 ? "ja" : "en"));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[nanos.length / 2] / 1e6;
        System.out.printf("Return label render: median %.1f ms, max %.1f ms over %d warm renders, %d bytes%n",
                medianMs, nanos[nanos.length - 1] / 1e6, nanos.length, renderer.render(label("ja")).length);
        assertThat(medianMs).isLessThan(1000);
    }

    // --- reading the PDF back -------------------------------------------------------------

    private static List<PRStream> xObjects(byte[] pdf, PdfName subtype) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfDictionary xObjects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        List<PRStream> found = new ArrayList<>();
        if (xObjects != null) {
            for (PdfName name : xObjects.getKeys()) {
                PRStream stream = (PRStream) PdfReader.getPdfObject(xObjects.get(name));
                if (subtype.equals(stream.getAsName(PdfName.SUBTYPE))) {
                    found.add(stream);
                }
            }
        }
        return found;
    }

    private static float[] bbox(PdfStream form) {
        PdfArray box = form.getAsArray(PdfName.BBOX);
        return new float[]{box.getAsNumber(0).floatValue(), box.getAsNumber(1).floatValue(),
                box.getAsNumber(2).floatValue(), box.getAsNumber(3).floatValue()};
    }

    private static long aspect(PdfStream form) {
        float[] box = bbox(form);
        return Math.round((box[2] - box[0]) / (box[3] - box[1]));
    }

    private static final Pattern RECTANGLE = Pattern.compile("([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+) re");

    /** Paints every rectangle of the form black on white, with a white margin as a quiet zone. */
    private static BufferedImage rasterise(PRStream form) throws IOException {
        float scale = 4;
        float[] box = bbox(form);
        int margin = 60;
        int width = Math.round((box[2] - box[0]) * scale) + 2 * margin;
        int height = Math.round((box[3] - box[1]) * scale) + 2 * margin;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        String content = new String(PdfReader.getStreamBytes(form), StandardCharsets.ISO_8859_1);
        Matcher m = RECTANGLE.matcher(content);
        int count = 0;
        while (m.find()) {
            float x = Float.parseFloat(m.group(1));
            float y = Float.parseFloat(m.group(2));
            float w = Float.parseFloat(m.group(3));
            float h = Float.parseFloat(m.group(4));
            // PDF y grows upwards, image y downwards.
            g.fill(new Rectangle2D.Float(margin + x * scale, height - margin - (y + h) * scale, w * scale, h * scale));
            count++;
        }
        g.dispose();
        assertThat(count).as("rectangles in the form").isPositive();
        return image;
    }

    private static String decode(Reader reader, BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return reader.decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
