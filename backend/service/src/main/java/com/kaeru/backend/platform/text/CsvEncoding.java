package com.kaeru.backend.platform.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

import com.kaeru.backend.platform.errors.InvalidValueException;

/**
 * The encodings a CSV export is offered in. "Shift_JIS" is written as Windows-31J (CP932), which
 * is what Japanese Excel and shop systems really read: it holds ①, ㈱ and the NEC/IBM extensions
 * that plain Shift_JIS lacks. Text is mapped so nothing breaks the file: JIS-style code points
 * become their CP932 twins (〜 → ～, − → －), accented Latin letters lose the accent (é → e), and a
 * character CP932 cannot hold at all (emoji, rare kanji variants) becomes {@code ?}.
 */
public enum CsvEncoding {
    UTF_8(StandardCharsets.UTF_8, "UTF-8"),
    SHIFT_JIS(Charset.forName("windows-31j"), "Shift_JIS");

    private static final Map<Integer, String> CP932_TWINS = Map.of(
            0x301C, "\uFF5E", // WAVE DASH → FULLWIDTH TILDE
            0x2016, "\u2225", // DOUBLE VERTICAL LINE → PARALLEL TO
            0x2212, "\uFF0D", // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
            0x2014, "\u2015", // EM DASH → HORIZONTAL BAR
            0x00A0, " ");     // NO-BREAK SPACE
    private static final String UNMAPPABLE = "?";

    private final Charset charset;
    private final String label;

    CsvEncoding(Charset charset, String label) {
        this.charset = charset;
        this.label = label;
    }

    /** UTF-8 or Shift_JIS by any usual name (sjis, cp932, ms932, windows-31j); else 422. */
    public static CsvEncoding of(String name) {
        String normalized = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (normalized) {
            case "", "utf-8", "utf8" -> UTF_8;
            case "shift-jis", "sjis", "cp932", "ms932", "windows-31j" -> SHIFT_JIS;
            default -> throw new InvalidValueException("problem.export.unknown-charset", name);
        };
    }

    /** The Java charset (Windows-31J for Shift_JIS). */
    public Charset charset() {
        return charset;
    }

    /** For {@code Content-Type}. */
    public String mediaType() {
        return "text/csv; charset=" + label;
    }

    /**
     * A writer in this encoding; a character that still cannot be encoded is replaced, never
     * dropped silently or turned into an exception halfway through a file.
     */
    public Writer writer(OutputStream out, boolean byteOrderMark) throws IOException {
        if (byteOrderMark && this == UTF_8) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(UNMAPPABLE.getBytes(StandardCharsets.US_ASCII));
        return new BufferedWriter(new OutputStreamWriter(out, encoder), 16 * 1024);
    }

    /** {@code text} as this encoding can hold it (see the class comment); unchanged for UTF-8. */
    public String safe(String text) {
        if (text == null || this == UTF_8) {
            return text;
        }
        CharsetEncoder encoder = charset.newEncoder();
        if (encoder.canEncode(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(safeCodePoint(cp, encoder)));
        return out.toString();
    }

    /**
     * One CSV cell: text as this encoding holds it and neutralised for spreadsheets
     * ({@link SpreadsheetCells}); numbers, booleans and nulls unchanged. Every CSV Kaeru writes
     * passes each value through here.
     */
    public Object cell(Object value) {
        return value instanceof String text ? SpreadsheetCells.neutralise(safe(text)) : value;
    }

    private static String safeCodePoint(int codePoint, CharsetEncoder encoder) {
        String original = new String(Character.toChars(codePoint));
        if (encoder.canEncode(original)) {
            return original;
        }
        String twin = CP932_TWINS.get(codePoint);
        if (twin != null) {
            return twin;
        }
        String compatible = Normalizer.normalize(original, Normalizer.Form.NFKC);
        if (!compatible.equals(original) && encoder.canEncode(compatible)) {
            return compatible;
        }
        String withoutAccents = Normalizer.normalize(original, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (!withoutAccents.isEmpty() && !withoutAccents.equals(original) && encoder.canEncode(withoutAccents)) {
            return withoutAccents;
        }
        return UNMAPPABLE;
    }
}
