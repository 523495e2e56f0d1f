package com.kaeru.portal.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which of the portal's languages to use. */
public final class Languages {
    private Languages() {
    }

    /** Japanese or English, whichever {@code locale} is; English for anything else. */
    public static Locale supported(Locale locale) {
        return com.kaeru.ui.BundleI18NProvider.supported(locale);
    }

    /** The first of the browser's languages the portal speaks, if any. */
    public static Optional<Locale> firstSupported(List<Locale> browserLocales) {
        return browserLocales.stream()
                .filter(l -> "ja".equals(l.getLanguage()) || "en".equals(l.getLanguage()))
                .findFirst()
                .map(Languages::supported);
    }

    /**
     * The language to show: an explicit choice wins, then the browser's preference, then the
     * shop's default.
     */
    public static Locale choose(Optional<Locale> explicit, List<Locale> browserLocales, String shopDefault) {
        return explicit.or(() -> firstSupported(browserLocales))
                .orElseGet(() -> supported(Locale.forLanguageTag(shopDefault)));
    }
}
