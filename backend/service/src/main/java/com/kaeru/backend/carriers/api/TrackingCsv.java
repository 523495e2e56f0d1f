package com.kaeru.backend.carriers.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.carriers.Carrier;
import com.kaeru.backend.carriers.application.TrackingLine;
import com.kaeru.backend.carriers.domain.ShippingInstruction;
import com.kaeru.backend.platform.errors.InvalidValueException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a tracking file into lines, recognising its layout by the header: Yamato B2クラウド's issued
 * data (お客様管理番号 + 伝票番号), Sagawa e飛伝's (お客様管理番号 + お問い合せ送り状No.), or Kaeru's own
 * {@code rma,line,carrier,tracking[,status]}. UTF-8 (with or without BOM) or Shift_JIS, decided by
 * strict decoding. The whole file is read before anything is applied: an encoding that is neither,
 * a quote left open or an unknown header refuse the file (422) with nothing applied.
 */
final class TrackingCsv {
    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private TrackingCsv() {
    }

    static List<TrackingLine> read(byte[] bytes) {
        String text = decode(bytes);
        List<TrackingLine> lines = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get()
                .parse(new StringReader(text))) {
            Layout layout = null;
            for (CSVRecord r : iterate(parser)) {
                int line = (int) r.getRecordNumber();
                if (layout == null) {
                    layout = Layout.of(r);
                    continue;
                }
                lines.add(layout.line(r, line));
            }
            if (layout == null) {
                throw new InvalidValueException("problem.carrier.unknown-layout");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The records, with a quote left open reported as the refusal it is (Commons CSV fails at EOF). */
    private static List<CSVRecord> iterate(CSVParser parser) {
        List<CSVRecord> records = new ArrayList<>();
        var it = parser.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    return records;
                }
                records.add(it.next());
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new InvalidValueException("problem.carrier.open-quote", records.size() + 1);
            }
        }
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        for (Charset charset : List.of(StandardCharsets.UTF_8, WINDOWS_31J)) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer.duplicate()).toString();
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        throw new InvalidValueException("problem.carrier.encoding");
    }

    /** Where the needed columns are in this file. */
    private record Layout(int reference, int rma, int line, int carrier, int tracking, int status, Carrier fixed) {

        static Layout of(CSVRecord header) {
            List<String> names = new ArrayList<>();
            header.forEach(h -> names.add(Normalizer.normalize(h, Normalizer.Form.NFKC).strip()
                    .toLowerCase(Locale.ROOT).replace(" ", "")));
            int reference = names.indexOf("お客様管理番号");
            int yamato = names.indexOf("伝票番号");
            int sagawa = firstOf(names, "お問い合せ送り状no.", "お問合せ送り状no.", "お問い合わせ送り状no.");
            if (reference >= 0 && yamato >= 0) {
                return new Layout(reference, -1, -1, -1, yamato, -1, Carrier.YAMATO);
            }
            if (reference >= 0 && sagawa >= 0) {
                return new Layout(reference, -1, -1, -1, sagawa, -1, Carrier.SAGAWA);
            }
            int rma = names.indexOf("rma");
            int tracking = firstOf(names, "tracking", "tracking_number", "trackingnumber");
            int carrier = names.indexOf("carrier");
            if (rma >= 0 && tracking >= 0 && carrier >= 0) {
                return new Layout(-1, rma, firstOf(names, "line", "line_id", "lineid"), carrier, tracking,
                        names.indexOf("status"), null);
            }
            throw new InvalidValueException("problem.carrier.unknown-layout");
        }

        private static int firstOf(List<String> names, String... candidates) {
            for (String c : candidates) {
                if (names.contains(c)) {
                    return names.indexOf(c);
                }
            }
            return -1;
        }

        TrackingLine line(CSVRecord r, int number) {
            String tracking = cell(r, tracking());
            if (reference >= 0) {
                var target = ShippingInstruction.parseReference(cell(r, reference));
                if (target.isEmpty()) {
                    return TrackingLine.unreadable(number, null, "problem.carrier.missing-reference");
                }
                if (tracking.isEmpty()) {
                    return TrackingLine.unreadable(number, target.get().rma(), "problem.carrier.missing-tracking");
                }
                return new TrackingLine(number, target.get().rma(), target.get().lineId(), fixed.name(), tracking,
                        false, null);
            }
            String rmaText = cell(r, rma);
            if (rmaText.isEmpty()) {
                return TrackingLine.unreadable(number, null, "problem.carrier.missing-reference");
            }
            if (tracking.isEmpty()) {
                return TrackingLine.unreadable(number, rmaText, "problem.carrier.missing-tracking");
            }
            String lineText = cell(r, line);
            Long lineId = null;
            if (!lineText.isEmpty()) {
                try {
                    lineId = Long.parseLong(lineText);
                } catch (NumberFormatException e) {
                    return TrackingLine.unreadable(number, rmaText, "problem.carrier.bad-line");
                }
            }
            String statusText = cell(r, status).toUpperCase(Locale.ROOT);
            if (!statusText.isEmpty() && !statusText.equals("SHIPPED") && !statusText.equals("DELIVERED")) {
                return TrackingLine.unreadable(number, rmaText, "problem.carrier.bad-status");
            }
            return new TrackingLine(number, rmaText, lineId, cell(r, carrier), tracking, statusText.equals("DELIVERED"),
                    null);
        }

        private static String cell(CSVRecord r, int index) {
            return index < 0 || index >= r.size() ? "" : r.get(index).strip();
        }
    }
}
