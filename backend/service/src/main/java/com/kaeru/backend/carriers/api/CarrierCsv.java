package com.kaeru.backend.carriers.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

import com.kaeru.backend.platform.text.CsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What both carrier layouts share: Commons CSV's RFC 4180 format (CRLF, quotes only where needed),
 * Windows-31J, every cell through {@link CsvEncoding#cell} so a character Shift_JIS lacks cannot
 * break the file.
 */
final class CarrierCsv {
    private CarrierCsv() {
    }

    static byte[] write(List<String> header, List<Object[]> rows) {
        CsvEncoding encoding = CsvEncoding.SHIFT_JIS;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = encoding.writer(bytes, false);
             CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (Object[] row : rows) {
                printer.printRecord(Arrays.stream(row).map(encoding::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
