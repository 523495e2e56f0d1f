package com.kaeru.backend.returns.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

class LabelFontTest {
    /** SHA-256 of Debian's fonts-ipaexfont-gothic ipaexg.ttf: the licence requires the file unmodified. */
    private static final String ORIGINAL_SHA256 = "3b9955a5e437ffb24c41548e79296fa724822da21ee75dc1b94f6ccdb8f400dd";

    @Test
    void theBundledFontUnpacksToTheUnmodifiedOriginal() throws Exception {
        try (InputStream in = new GZIPInputStream(LabelFont.class.getResourceAsStream(LabelFont.RESOURCE))) {
            byte[] font = in.readAllBytes();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(font)))
                    .isEqualTo(ORIGINAL_SHA256);
        }
        assertThat(LabelFont.get().getPostscriptFontName()).contains("IPAexGothic");
    }
}
