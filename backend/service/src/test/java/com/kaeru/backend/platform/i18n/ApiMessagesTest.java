package com.kaeru.backend.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ApiMessagesTest {

    @Test
    void negotiatesFirstSupportedLanguageAndFallsBackToEnglish() {
        assertThat(ApiMessages.negotiate(List.of(Locale.forLanguageTag("ja-JP"), Locale.ENGLISH))).isEqualTo(Locale.JAPANESE);
        assertThat(ApiMessages.negotiate(List.of(Locale.FRENCH, Locale.forLanguageTag("en-US")))).isEqualTo(Locale.ENGLISH);
        assertThat(ApiMessages.negotiate(List.of(Locale.GERMAN))).isEqualTo(Locale.ENGLISH);
        assertThat(ApiMessages.negotiate(List.of())).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void formatsInBothLanguages() {
        assertThat(ApiMessages.text(Locale.JAPANESE, "problem.forbidden.no-shop-access", "umi-outdoor"))
                .isEqualTo("ショップ「umi-outdoor」での権限がありません。");
        assertThat(ApiMessages.text(Locale.ENGLISH, "problem.forbidden.no-shop-access", "umi-outdoor"))
                .isEqualTo("You have no role in shop \"umi-outdoor\".");
    }

    @Test
    void everyEnglishKeyHasAJapaneseTranslation() throws Exception {
        var en = new java.util.Properties();
        var ja = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/i18n/messages.properties");
             var inJa = getClass().getResourceAsStream("/i18n/messages_ja.properties")) {
            en.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            ja.load(new java.io.InputStreamReader(inJa, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(ja.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    }
}
