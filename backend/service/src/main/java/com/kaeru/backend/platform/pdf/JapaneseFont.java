package com.kaeru.backend.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * IPAex Gothic (bundled under the IPA Font License v1.0, see {@code fonts/}), parsed once per class
 * loader: the file is 6 MB and parsing it costs more than drawing a document.
 * <p>
 * One {@link BaseFont} serves all documents, also concurrently: it holds only the parsed tables;
 * which glyphs a document used lives in that document's writer, and the subset is cut from a
 * private copy of the bytes ({@code TrueTypeFontUnicode.writeFont}). Embedded as a subset with
 * {@code Identity-H}, so every Japanese character prints and the text stays extractable.
 */
public final class JapaneseFont {
    /** The unmodified font file, gzip-compressed for the repository (6 MB → 4 MB); unpacked once here. */
    public static final String RESOURCE = "/fonts/ipaexg.ttf.gz";

    private JapaneseFont() {
    }

    public static BaseFont get() {
        return Holder.FONT;
    }

    private static final class Holder {
        static final BaseFont FONT = load();

        private static BaseFont load() {
            InputStream packed = JapaneseFont.class.getResourceAsStream(RESOURCE);
            if (packed == null) {
                throw new IllegalStateException("Japanese font missing: " + RESOURCE);
            }
            try (InputStream in = new GZIPInputStream(packed)) {
                byte[] bytes = in.readAllBytes();
                // cached=false: OpenPDF's static font cache would keep a second reference for nothing.
                return BaseFont.createFont("ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (DocumentException e) {
                throw new IllegalStateException("Japanese font unreadable", e);
            }
        }
    }
}
