package com.kaeru.backend.insights.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.insights.AgencyInsightsDto;
import com.kaeru.api.insights.AgencyShopInsightsDto;
import com.kaeru.api.insights.InsightsPeriodDto;
import com.kaeru.api.insights.KpiDto;
import com.kaeru.backend.platform.text.CsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The agency roll-up's CSV: one row per shop and KPI, raw values, labels in the report's language, both encodings. */
class AgencyReportCsvTest {
    private static final AgencyInsightsDto ROLL_UP = new AgencyInsightsDto("demo-agency",
            new InsightsPeriodDto(LocalDate.of(2030, 3, 1), LocalDate.of(2030, 3, 31), "PREVIOUS", LocalDate.of(2030, 2, 1),
                    LocalDate.of(2030, 2, 28), "DAY", null, null),
            List.of(new AgencyShopInsightsDto("sakura-apparel", "さくらアパレル", "JPY", "Asia/Tokyo", List.of(
                            new KpiDto("SALES", "MONEY", 1_234_500.0, 1_000_000.0, null),
                            new KpiDto("RETURN_RATE", "PERCENT", 6.4, null, null))),
                    new AgencyShopInsightsDto("kumo-zakka", "くも雑貨店", "JPY", "Asia/Tokyo", List.of(
                            new KpiDto("SALES", "MONEY", 2_400_000.0, 2_000_000.0, null)))));

    @Test
    void utf8WithAByteOrderMarkHasOneRowPerShopAndKpi() throws IOException {
        byte[] bytes = csv(CsvEncoding.UTF_8, true, Locale.JAPANESE);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(3);
        CSVRecord sales = rows.get(0);
        assertThat(sales.get("shop")).isEqualTo("sakura-apparel");
        assertThat(sales.get("shop_name")).isEqualTo("さくらアパレル");
        assertThat(sales.get("code")).isEqualTo("SALES");
        assertThat(sales.get("label")).isEqualTo("売上");
        assertThat(sales.get("currency")).isEqualTo("JPY");
        assertThat(Double.parseDouble(sales.get("value"))).isEqualTo(1_234_500.0);
        assertThat(Double.parseDouble(sales.get("previous"))).isEqualTo(1_000_000.0);
        assertThat(sales.get("period_from")).isEqualTo("2030-03-01");
        assertThat(rows.get(1).get("previous")).isEmpty();
        assertThat(rows.get(2).get("shop")).isEqualTo("kumo-zakka");
    }

    @Test
    void shiftJisDecodesAsWindows31jWithEnglishLabelsOnRequest() throws IOException {
        byte[] bytes = csv(CsvEncoding.SHIFT_JIS, false, Locale.ENGLISH);
        assertThat(bytes[0]).isEqualTo((byte) 's');
        List<CSVRecord> rows = parse(new String(bytes, Charset.forName("windows-31j")));
        assertThat(rows.get(1).get("label")).isEqualTo("Return rate");
        assertThat(rows.get(2).get("shop_name")).isEqualTo("くも雑貨店");
    }

    private static byte[] csv(CsvEncoding encoding, boolean bom, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgencyReportCsv.write(ROLL_UP, locale, encoding, bom, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }
}
