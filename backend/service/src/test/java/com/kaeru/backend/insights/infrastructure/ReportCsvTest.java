package com.kaeru.backend.insights.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.kaeru.backend.platform.text.CsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

    @Test
    void utf8StartsWithAByteOrderMarkAndHoldsTheDashboardFigures() throws IOException {
        byte[] bytes = csv(CsvEncoding.UTF_8, Locale.JAPANESE);

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        CSVRecord sales = find(rows, "KPI", "SALES");
        assertThat(sales.get("label")).isEqualTo("売上");
        assertThat(sales.get("currency")).isEqualTo("JPY");
        assertThat(Double.parseDouble(sales.get("value"))).isEqualTo(1_234_500.0);
        assertThat(Double.parseDouble(sales.get("previous"))).isEqualTo(1_000_000.0);
        CSVRecord variant = find(rows, "VARIANT", "LINEN-S-WHT");
        assertThat(variant.get("label")).isEqualTo("リネンシャツ S 白");
        assertThat(variant.get("fit_signal")).isEqualTo("RUNS_SMALL");
        assertThat(variant.get("top_reason")).isEqualTo("SIZE_TOO_SMALL");
        assertThat(find(rows, "REASON", "SIZE_TOO_SMALL").get("label")).isEqualTo("サイズが小さい");
        assertThat(find(rows, "LEAD_TIME", "0-6").get("value")).isEqualTo("10");
        assertThat(rows).filteredOn(r -> "SERIES".equals(r.get("section"))).hasSize(30);
    }

    @Test
    void shiftJisDecodesAsWindows31jWithEnglishLabelsOnRequest() throws IOException {
        byte[] japanese = csv(CsvEncoding.SHIFT_JIS, Locale.JAPANESE);
        assertThat(japanese[0]).isEqualTo((byte) 's');
        List<CSVRecord> rows = parse(new String(japanese, Charset.forName("windows-31j")));
        assertThat(find(rows, "KPI", "RETURN_RATE").get("label")).isEqualTo("返品率");
        assertThat(find(rows, "VARIANT", "LINEN-XL-WHT").get("label")).isEqualTo("リネンシャツ XL 白");

        List<CSVRecord> english = parse(new String(csv(CsvEncoding.SHIFT_JIS, Locale.ENGLISH), Charset.forName("windows-31j")));
        assertThat(find(english, "KPI", "RETURN_RATE").get("label")).isEqualTo("Return rate");
        assertThat(find(english, "REASON", "SIZE_TOO_SMALL").get("label")).isEqualTo("Size too small");
    }

    private static byte[] csv(CsvEncoding encoding, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.write(ReportPdfTest.insights(), locale, encoding, true, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text));
        assertThat(parser.getHeaderNames()).containsExactlyElementsOf(ReportCsv.COLUMNS);
        return parser.getRecords();
    }

    private static CSVRecord find(List<CSVRecord> rows, String section, String code) {
        return rows.stream().filter(r -> section.equals(r.get("section")) && code.equals(r.get("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + section + " " + code));
    }
}
