package com.kaeru.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void explicitChoiceWinsThenBrowserThenShopDefault() {
        List<Locale> japaneseBrowser = List.of(Locale.forLanguageTag("ja-JP"));
        assertThat(Languages.choose(Optional.of(Locale.ENGLISH), japaneseBrowser, "ja")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(Optional.empty(), japaneseBrowser, "en")).isEqualTo(Locale.JAPANESE);
        assertThat(Languages.choose(Optional.empty(), List.of(Locale.FRENCH), "en")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(Optional.empty(), List.of(Locale.FRENCH, Locale.forLanguageTag("en-GB")), "ja"))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(Optional.empty(), List.of(), "ja")).isEqualTo(Locale.JAPANESE);
    }

    @Test
    void bundlesHaveTheSameKeysInBothLanguages() throws Exception {
        assertThat(keys("/i18n/portal_ja.properties")).isEqualTo(keys("/i18n/portal.properties"));
    }

    @Test
    void missingKeyIsVisibleNotSilent() {
        assertThat(new PortalI18NProvider().getTranslation("no.such.key", Locale.JAPANESE)).isEqualTo("!no.such.key!");
        assertThat(new PortalI18NProvider().getTranslation("portal.landing.title", Locale.forLanguageTag("ja-JP")))
                .isEqualTo("返品・交換のお手続き");
    }

    private static java.util.Set<Object> keys(String resource) throws Exception {
        Properties properties = new Properties();
        try (var in = LanguagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }
}
